// What the shipped deck costs before its first slide: bytes (gzip) until ready, the two core faces inside the page and no
// font file; and transitions that follow prefers-reduced-motion.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motionConfig } from '../../src/client/motion.js';
import { revealConfig } from '../../src/client/reveal-config.js';
import type { StaticServer } from '../../src/serve/static-server.js';
import { waitForDeck } from '../helpers/browser.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { bytesBeforeReady } from '../helpers/page-bytes.js';
import { serveShippedDeck, type ServedDeck } from '../helpers/shipped-deck.js';

/**
 * What the deck downloads until it is ready, ~93 KB; this guards that figure (the faces as base64 in the page and the
 * entry as a script of its own cost ~3 KB more than font files and one script, for one request before the first slide). The 40 KB goal (bench/budgets.json) is
 * for what comes before the first slide, all in the page's one response: its near slides (~3 KB), its style with the
 * first-paint and code rules (~16 KB) and the two core faces in it as data: URLs (~17 KB). After it come the entry
 * script (~2 KB), reveal.js with the citation popover (~36 KB of script) and the far slides with their diagram SVGs
 * and notes (~19 KB, a file of their own, which costs ~1.5 KB more than the same slides inside the page).
 */
const BUDGET = 96 * 1024;

describe('the shipped deck before its first slide', () => {
  let served: ServedDeck;
  let outDir: string;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    served = await serveShippedDeck();
    ({ outDir, browser, server } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  it(`downloads at most ${BUDGET / 1024} KB (gzip) and no font file: its text is in the core faces the page carries`, async () => {
    const { total, resources } = await bytesBeforeReady(browser, server.url);
    const summary = resources.map((r) => `${r.path} ${r.gzip}`).join('\n');
    expect(total, summary).toBeLessThanOrEqual(BUDGET);
    expect(resources.filter((r) => r.type === 'font').map((r) => r.path), summary).toEqual([]);
  });

  it('carries the regular and semibold core faces in its own style as data: URLs, with no preload or stylesheet to wait for', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<link rel="(?:preload|stylesheet)"/);
    const css = /<style data-page-style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const embedded = [...css.matchAll(/url\(data:font\/woff2;base64,([^)]+)\)/g)].map((m) => m[1]!);
    const core = (weight: number): string => readFileSync(path.join(KIT_ROOT, `themes/fonts/source-sans-3-core-${weight}.woff2`)).toString('base64');
    expect(embedded.sort()).toEqual([core(400), core(600)].sort());
    expect(/@font-face\s*{[^}]*font-style:\s*italic/.test(css), 'an italic face (italics are synthesised)').toBe(false);
  });

  it('turns transitions off for viewers who prefer reduced motion, and on for the others', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion });
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForDeck(page);
      const state = await page.evaluate(() => ({
        transition: window.Reveal.getConfig().transition,
        durations: [...document.querySelectorAll('.reveal .slides > section')].map((s) => getComputedStyle(s).transitionDuration),
      }));
      expect(state.transition).toBe(reducedMotion === 'reduce' ? 'none' : 'slide');
      expect(state.durations.every((d) => d.split(',').every((part) => part.trim() === '0s'))).toBe(reducedMotion === 'reduce');
      await context.close();
    }
  });

  it('follows the preference when it changes while presenting', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    await waitForDeck(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction(() => window.Reveal.getConfig().transition === 'none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.waitForFunction(() => window.Reveal.getConfig().transition === 'slide');
    await page.close();
  });
});

describe('reveal.js motion settings', () => {
  it('has no transitions or auto-animation when motion is reduced', () => {
    expect(motionConfig(true)).toEqual({ transition: 'none', backgroundTransition: 'none', autoAnimate: false });
    expect(revealConfig(new URLSearchParams(), { reducedMotion: true })).toMatchObject({ transition: 'none', backgroundTransition: 'none' });
    expect(revealConfig(new URLSearchParams())).toMatchObject({ transition: 'slide', backgroundTransition: 'fade', autoAnimate: true });
  });
});
