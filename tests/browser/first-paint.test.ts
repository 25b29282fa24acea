// The first slide is laid out by the page's HTML and CSS alone, in the box reveal.js then gives it: nothing moves when it starts.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { buildFixture } from '../helpers/build.js';
import { startBrowser, waitForDeck } from '../helpers/browser.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1000, height: 900 },
  { width: 1920, height: 1080 },
];

/** reveal.js's own scale for a 1280×720 slide with margin 0.04 (see reveal-config.ts), rounded as it rounds. */
function revealScale(viewport: { width: number; height: number }): number {
  const scale = Math.min((viewport.width * 0.96) / 1280, (viewport.height * 0.96) / 720);
  return Math.round(Math.min(2, Math.max(0.2, scale)) * 100) / 100;
}

async function slideBox(page: Page, id: string): Promise<Box | null> {
  return page.evaluate((slideId) => {
    const section = document.getElementById(slideId);
    if (!section || getComputedStyle(section).display === 'none') return null;
    const { x, y, width, height } = section.getBoundingClientRect();
    return { x, y, width, height };
  }, id);
}

describe('first slide painted before reveal.js runs', () => {
  let browser: Browser;
  let server: StaticServer;
  let outDir: string;

  beforeAll(async () => {
    const [built, started] = await Promise.all([buildFixture('basic'), startBrowser()]);
    outDir = built;
    browser = started;
    server = await serveStatic(outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`shows the first slide at reveal.js's size and place with every script blocked (${viewport.width}×${viewport.height})`, async () => {
      const blocked = await browser.newPage({ viewport });
      await blocked.route(/\.m?js(\?|$)/, (route) => route.abort());
      await blocked.goto(server.url, { waitUntil: 'load' });
      expect(await blocked.evaluate(() => 'Reveal' in window)).toBe(false);
      const before = await slideBox(blocked, 'cover');
      // Only the first slide shows; the others wait for reveal.js.
      expect(await slideBox(blocked, 'points')).toBeNull();
      await blocked.close();

      const scale = revealScale(viewport);
      expect(before).not.toBeNull();
      expect(before!.width).toBeCloseTo(1280 * scale, 0);
      expect(before!.height).toBeCloseTo(720 * scale, 0);
      expect(before!.x).toBeCloseTo((viewport.width - 1280 * scale) / 2, 0);
      expect(before!.y).toBeCloseTo((viewport.height - 720 * scale) / 2, 0);

      const live = await browser.newPage({ viewport });
      await live.goto(server.url);
      await waitForDeck(live);
      const after = await slideBox(live, 'cover');
      await live.close();
      expect(after).not.toBeNull();
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(after![key]).toBeCloseTo(before![key], 0);
    });
  }

  it('puts the first slide on screen in its own faces before reveal.js starts, with no font file to wait for', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // Text waits for its font (font-display: block): the faces of the first slide come inside the page, so a slow font file cannot hold it.
    const fontFiles: string[] = [];
    await page.route(/\.woff2(\?|$)/, async (route) => {
      fontFiles.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    // When reveal.js begins initializing: it marks the page as a full-page deck first thing (observed from before the page exists).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.classList.contains('reveal-full-page')) return;
        (window as unknown as { revealStarted: number }).revealStarted = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.goto(server.url);
    await waitForDeck(page);
    const { painted, revealStarted, inDeckFont } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      revealStarted: (window as unknown as { revealStarted?: number }).revealStarted,
      inDeckFont: document.fonts.check('600 16px "Source Sans 3"', 'Cover') && document.fonts.check('16px "Source Sans 3"', 'Cover'),
    }));
    await page.close();
    expect(painted).toBeGreaterThan(0);
    expect(revealStarted).toBeGreaterThan(painted!);
    expect(inDeckFont).toBe(true);
    expect(fontFiles).toEqual([]);
  });

  it('requests reveal.js only once the first slide is on screen: before it comes one small entry script', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    await waitForDeck(page);
    const { painted, scripts } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance.getEntriesByType('resource')
        .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
        .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime, bytes: (entry as PerformanceResourceTiming).decodedBodySize })),
    }));
    await page.close();
    expect(painted).toBeGreaterThan(0);
    const early = scripts.filter((s) => s.start < painted!);
    expect(early.length, JSON.stringify(scripts)).toBe(1);
    expect(early[0]!.bytes, JSON.stringify(scripts)).toBeLessThan(10_000);
    // reveal.js and its plugins alone are over 100 KB.
    expect(scripts.some((s) => s.start > painted! && s.bytes > 100_000), JSON.stringify(scripts)).toBe(true);
  });

  it('leaves the remix view alone: it never starts reveal.js, and its thumbnails are not the deck', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto(`${server.url}remix/`, { waitUntil: 'load' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal')!).position)).not.toBe('fixed');
    expect(await slideBox(page, 'cover')).toBeNull();
    await page.close();
  });

  it('leaves the print view to reveal.js: every slide gets its own page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}?print-pdf`);
    await waitForDeck(page);
    // reveal.js lays the print pages out after it is ready (on the page's load event, over a few frames): wait for its pdf-ready step, as export does.
    await page.waitForFunction(() => document.querySelector('.pdf-page') !== null && !document.querySelector('.reveal-viewport.loading-scroll-mode'));
    const { pages, slides, transformed } = await page.evaluate(() => ({
      pages: document.querySelectorAll('.pdf-page').length,
      slides: window.Reveal.getTotalSlides(),
      transformed: getComputedStyle(document.querySelector('.reveal .slides')!).transform,
    }));
    await page.close();
    expect(pages).toBe(slides);
    expect(transformed).toBe('none');
  });
});
