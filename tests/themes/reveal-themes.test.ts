// reveal.js's own themes as kit themes: current with reveal.js, fonts bundled (no network, no base64), chrome legible on each.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeContrastDiagnostics } from '../../src/check/theme-contrast.js';
import { diagramFonts, sourceSans3FilesDir, sourceSans3FontCss } from '../../src/diagrams/assets.js';
import { diagramThemeFromCss } from '../../src/diagrams/theme-from-css.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { deriveChromeColours } from '../../src/theme/chrome-colours.js';
import { contrastRatio, parseColor } from '../../src/theme/contrast.js';
import { readCssVariables } from '../../src/theme/css-variables.js';
import { revealThemeCssFile } from '../../src/theme/reveal-theme-files.js';
import { firstFontFamily, REVEAL_FONTS, REVEAL_THEMES, revealThemeCss, sizesForFonts } from '../../src/theme/reveal-themes.js';
import { listThemes } from '../../src/io/list-themes.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';

const themeFile = (name: string): string => path.join(KIT_ROOT, 'themes', `${name}.css`);
const revealCss = (name: (typeof REVEAL_THEMES)[number]): string => readFileSync(revealThemeCssFile(name), 'utf8');

/** The theme compiled as a bundler does: every @import inlined, every url() a file beside the CSS. */
async function compileTheme(name: string, outdir: string): Promise<{ css: string; files: Map<string, number> }> {
  const result = await esbuild.build({
    entryPoints: [themeFile(name)], bundle: true, write: false, outdir, logLevel: 'silent',
    loader: { '.woff2': 'file', '.woff': 'file' },
  });
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))!.text;
  return { css, files: new Map(result.outputFiles.map((file) => [path.basename(file.path), file.contents.length])) };
}

describe("reveal.js's themes", () => {
  let outdir: string;
  beforeAll(async () => {
    outdir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-reveal-themes-'));
  });
  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  it('are kit themes by their reveal.js names, beside the kit’s own', async () => {
    const themes = listThemes(path.join(KIT_ROOT, 'themes'));
    expect(themes).toEqual(expect.arrayContaining(['briefing', 'dark', ...REVEAL_THEMES]));
    const parsed = parseDeck([{ file: 'deck.md', text: '---\ntheme: night\n---\n# Hello\n' }], { themes });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.meta.theme).toBe('night');
  });

  for (const name of REVEAL_THEMES) {
    it(`${name}: is what scripts/reveal-themes.ts makes from reveal.js (run it after upgrading reveal.js)`, () => {
      expect(readFileSync(themeFile(name), 'utf8')).toBe(revealThemeCss(name, revealCss(name)));
    });

    it(`${name}: compiles with its fonts as files, no base64 and no request outside the deck`, async () => {
      const { css, files } = await compileTheme(name, path.join(outdir, name));
      expect(css).not.toMatch(/base64|data:font|https?:\/\//);
      expect(css).not.toMatch(/@import/);
      const variables = readCssVariables(css);
      // The shared rules (themes/shared/base.css) come with every theme; the theme file holds its variables only.
      expect([variables.get('--r-block-margin'), variables.get('--r-heading-margin')]).toEqual(['18px', '0 0 18px 0']);
      expect(css).toContain('.layout-bottom-line');
      for (const variable of ['--r-main-font', '--r-heading-font']) {
        const family = firstFontFamily(variables.get(variable)!);
        if (!REVEAL_FONTS[family]) continue;
        const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).filter((face) => face.includes(`"${family}"`) || face.includes(`'${family}'`));
        expect(faces.length, `${name} ships ${family}`).toBeGreaterThan(0);
        for (const face of faces) {
          for (const [, url] of face.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
            expect(files.has(path.basename(url!)), `${url} is bundled`).toBe(true);
            expect(files.get(path.basename(url!))).toBeGreaterThan(0);
          }
        }
      }
    });

    it(`${name}: keeps reveal.js's colours and fonts, and the kit's chrome and diagrams reach WCAG AA on them`, () => {
      const css = readFileSync(themeFile(name), 'utf8');
      const ours = readCssVariables(css);
      const theirs = readCssVariables(revealCss(name));
      for (const variable of ['--r-background-color', '--r-main-color', '--r-heading-color', '--r-link-color', '--r-main-font', '--r-heading-font']) {
        expect(ours.get(variable), variable).toBe(theirs.get(variable));
      }
      // What a reveal.js theme itself picks may fall short (a warning); what the kit derives never does.
      const failing = themeContrastDiagnostics(css, `themes/${name}.css`).map((d) => d.message);
      expect(failing.filter((message) => message.includes('a diagram colour'))).toEqual([]);
      expect(failing.every((message) => message.startsWith(`theme "${name}"`))).toBe(true);
      expect(themeContrastDiagnostics(css, `themes/${name}.css`).every((d) => d.severity === 'warning' && d.hint.includes("reveal.js's"))).toBe(true);
      const failingPairs = failing.map((message) => /: (--[\w-]+) on (--[\w-]+):/.exec(message)!.slice(1));
      const kitOnly = failingPairs.filter(([foreground, background]) => !(theirs.has(foreground!) && (theirs.has(background!) || background === '--bd-surface')));
      expect(kitOnly).toEqual([]);
      expect(diagramThemeFromCss(css, name).dark).toBe(contrastRatio(parseColor(theirs.get('--r-background-color')!)!, [255, 255, 255]) > contrastRatio(parseColor(theirs.get('--r-background-color')!)!, [0, 0, 0]));
    });
  }

  it("warns about reveal.js's own pairs below AA, naming theme and pair, and is silent where a theme meets it", () => {
    const messages = (name: string): string[] => themeContrastDiagnostics(readFileSync(themeFile(name), 'utf8'), `themes/${name}.css`).map((d) => d.message);
    expect(messages('solarized')).toContainEqual(expect.stringMatching(/^theme "solarized": .*--r-main-color on --r-background-color: 4\.1\d:1, needs 4\.5:1 \(body text\)/));
    expect(messages('blood')).toContainEqual(expect.stringMatching(/^theme "blood": .*--r-link-color on --r-background-color/));
    expect(messages('black')).toEqual([]);
    expect(messages('night')).toEqual([]);
  });

  it('derives chrome colours that stay legible, moving a faint colour only as far as it must', () => {
    const derived = deriveChromeColours({ background: '#fdf6e3', text: '#657b83', heading: '#586e75', link: '#268bd2' });
    const background = parseColor('#fdf6e3')!;
    for (const name of ['--bd-accent', '--bd-muted', '--bd-danger', '--bd-diagram-text'] as const) {
      expect(contrastRatio(parseColor(derived[name])!, background), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(parseColor(derived['--bd-banner-color'])!, parseColor(derived['--bd-banner-background'])!)).toBeGreaterThanOrEqual(4.5);
    // A colour that already reads is kept as it is.
    expect(deriveChromeColours({ background: '#111111', text: '#ffffff', heading: '#ffffff', link: '#e7ad52' })['--bd-accent']).toBe('#e7ad52');
    expect(() => deriveChromeColours({ background: 'navy', text: '#fff', heading: '#fff', link: '#fff' })).toThrow(/background colour "navy"/);
  });

  it('sets a wider face smaller, so lines run as long as the layouts were measured for, and never sets a narrow one larger', () => {
    expect(sizesForFonts('Source Sans Pro', 'Source Sans Pro')).toEqual({ bodyPx: 34, headingScale: 1 });
    // Open Sans runs 13% wider than Source Sans 3, Montserrat bold 23% wider than its semibold.
    expect(sizesForFonts('Open Sans', 'Montserrat')).toEqual({ bodyPx: 30, headingScale: 0.92 });
    expect(sizesForFonts('Lato', 'League Gothic')).toEqual({ bodyPx: 33, headingScale: 1 });
    expect(sizesForFonts('Palatino Linotype', 'Palatino Linotype').bodyPx).toBeLessThan(34);
    expect(readFileSync(themeFile('night'), 'utf8')).toContain('--bd-heading-scale: 0.92;');
  });

  it("measures diagrams in the theme's own body face, each of its files there to serve", () => {
    const openSans = diagramFonts('"Open Sans", sans-serif');
    const families = new Set([...openSans.fontCss.matchAll(/font-family:\s*'([^']+)'/g)].map((m) => m[1]));
    expect([...families]).toEqual(['Open Sans']);
    const files = [...openSans.fontCss.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(existsSync(path.join(openSans.fontDir, file)), file).toBe(true);
    // The kit's own face, as before, for the kit's themes and for faces the kit does not ship.
    expect(diagramFonts("'Source Sans 3', sans-serif")).toEqual({ fontCss: sourceSans3FontCss([400, 600]), fontDir: sourceSans3FilesDir() });
    expect(diagramFonts('"Palatino Linotype", serif').fontDir).toBe(sourceSans3FilesDir());
  });

  it('ships the fontsource packages it names', () => {
    for (const font of Object.values(REVEAL_FONTS)) {
      for (const face of font.faces) {
        for (const subset of ['latin', 'latin-ext']) expect(existsSync(path.join(KIT_ROOT, 'node_modules', font.package, `${subset}-${face}.css`)), `${font.package}/${subset}-${face}.css`).toBe(true);
      }
    }
  });
});
