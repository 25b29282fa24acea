// A light and a dark reveal.js theme, built and presented: their background, their heading face from a bundled file,
// code in the deck's highlight.js style, and nothing loaded from outside the deck.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { highlightStyleFile } from '../../src/io/highlight-styles.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { parseColor } from '../../src/theme/contrast.js';
import { readCssVariables } from '../../src/theme/css-variables.js';
import { firstFontFamily } from '../../src/theme/reveal-themes.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { tempTree } from '../helpers/build.js';
import { isLoopback, openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';
import { remoteCssLoads } from '../helpers/remote-urls.js';

const CASES = [
  { theme: 'white', highlightTheme: 'monokai', style: 'monokai' },
  { theme: 'night', highlightTheme: undefined, style: 'github-dark' },
] as const;

function deckFiles(theme: string, highlightTheme: string | undefined): Record<string, string> {
  const head = ['---', 'title: Theme check', `theme: ${theme}`, ...(highlightTheme ? [`highlightTheme: ${highlightTheme}`] : []), '---'];
  return {
    'deck/01.md': [...head, '# Theme check', '', 'A cover line.', '', '---', '', '## Code on a slide', '', '```js', 'const answer = 42;', 'function ask() { return answer; }', '```', ''].join('\n'),
  };
}

/** `rgb(r, g, b)` of a CSS colour the checker reads. */
function rgb(colour: string): string {
  const [r, g, b] = parseColor(colour)!;
  return `rgb(${r}, ${g}, ${b})`;
}

/** The `background` a highlight.js style gives `.hljs`. */
function styleBackground(style: string): string {
  const css = readFileSync(highlightStyleFile(style), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const block = [...css.matchAll(/(^|})\s*\.hljs\s*{([^}]*)}/g)].map((m) => m[2]!).find((body) => /background(-color)?\s*:/.test(body))!;
  return /background(?:-color)?\s*:\s*([^;]+)/.exec(block)![1]!.trim();
}

describe("reveal.js's themes, presented", () => {
  let browser: Browser;
  const built = new Map<string, { outDir: string; server: StaticServer; warnings: string[] }>();

  beforeAll(async () => {
    browser = await startBrowser();
    for (const { theme, highlightTheme } of CASES) {
      const root = tempTree(`reveal-theme-${theme}`, deckFiles(theme, highlightTheme));
      const outDir = path.join(root, 'dist');
      const warnings: string[] = [];
      const logger = { ...createLogger('silent'), warn: (message: string) => void warnings.push(message), warnOnce: (message: string) => void warnings.push(message) };
      await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(root, 'deck'), outDir, base: './', logger });
      built.set(theme, { outDir, server: await serveStatic(outDir), warnings });
    }
  });

  afterAll(async () => {
    await browser?.close();
    for (const { server } of built.values()) await server.close();
  });

  it("warns from the build about reveal.js's own colour pairs below AA, naming the theme and the pair", () => {
    expect(built.get('white')!.warnings).toContainEqual(expect.stringMatching(/warning: theme "white": .*--r-link-color on --r-background-color: 4\.4\d:1/));
    expect(built.get('night')!.warnings.filter((warning) => warning.includes('theme "night"'))).toEqual([]);
  });

  for (const { theme, style } of CASES) {
    it(`${theme}: its background and heading face, code in ${style}, no request outside the deck, no base64 font`, async () => {
      const { outDir, server } = built.get(theme)!;
      const themeVariables = readCssVariables(readFileSync(path.join(KIT_ROOT, 'themes', `${theme}.css`), 'utf8'));
      const headingFamily = firstFontFamily(themeVariables.get('--r-heading-font')!);

      const css = readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.css')).map((name) => readFileSync(path.join(outDir, 'assets', name), 'utf8')).join('\n');
      expect(css).not.toMatch(/url\(\s*["']?data:(font|application\/(x-)?font)/);
      expect(remoteCssLoads(css)).toEqual([]);

      const { page, errors, requests } = await openRecordedPage(browser);
      await page.goto(server.url);
      await waitForDeck(page);
      const cover = await page.evaluate(async (family) => {
        const heading = document.querySelector('.reveal .slides section h1')!;
        await document.fonts.ready;
        return {
          background: getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor,
          headingFamily: getComputedStyle(heading).fontFamily,
          headingColour: getComputedStyle(heading).color,
          faceLoaded: [...document.fonts].some((face) => face.family.replace(/["']/g, '') === family && face.status === 'loaded'),
          spacing: ['--r-block-margin', '--r-heading-margin'].map((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim()),
        };
      }, headingFamily);
      expect(cover.background).toBe(rgb(themeVariables.get('--r-background-color')!));
      expect(firstFontFamily(cover.headingFamily)).toBe(headingFamily);
      expect(cover.headingColour).toBe(rgb(themeVariables.get('--r-heading-color')!));
      expect(cover.faceLoaded, `${headingFamily} loaded`).toBe(true);
      // The spacing the layouts are measured for comes from the shared rules, not from the theme file.
      expect(themeVariables.has('--r-block-margin')).toBe(false);
      expect(cover.spacing).toEqual(['18px', '0 0 18px 0']);
      // The face came from a font file of the build, served with the deck.
      const slug = headingFamily.toLowerCase().replace(/\s+/g, '-');
      const fontRequests = requests.filter((url) => new RegExp(`/assets/${slug}-[^/]*\\.woff2$`).test(url));
      expect(fontRequests.length).toBeGreaterThan(0);

      await page.evaluate(() => window.Reveal.slide(1));
      await page.waitForFunction(() => window.Reveal.getIndices().h === 1);
      const code = await page.evaluate(() => {
        const block = document.querySelector('.reveal section.present code.hljs')!;
        const keyword = block.querySelector('.hljs-keyword');
        return { background: getComputedStyle(block).backgroundColor, keyword: keyword ? getComputedStyle(keyword).color : undefined, text: getComputedStyle(block).color };
      });
      expect(code.background).toBe(rgb(styleBackground(style)));
      expect(code.keyword).toBeDefined();
      expect(code.keyword).not.toBe(code.text);

      expect(requests.filter((url) => !isLoopback(url))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
