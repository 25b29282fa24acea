// The shipped deck in a real browser: the footer, banner and slide number stay on the slide's edges at 16:9 and 4:3
// and in the image view; the briefing layouts take their shape; no slide runs into the footer, and the slides that
// once left their lower third empty now fill it; with transitions off, every slide's text is drawn sharp.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachSlide, waitForDeckReady } from '../../src/browser/deck-slides.js';
import { IMAGE_VIEW_QUERY } from '../../src/export/deck-page.js';
import { serveShippedDeck, type ServedDeck } from '../helpers/shipped-deck.js';

interface Box { top: number; bottom: number; left: number; right: number }

async function open(served: ServedDeck, viewport: { width: number; height: number }, query = ''): Promise<Page> {
  const page = await served.browser.newPage({ viewport, reducedMotion: 'reduce' });
  await page.goto(new URL(query, served.server.url).href);
  await waitForDeckReady(page);
  return page;
}

async function chrome(page: Page): Promise<{ slides: Box; footer: Box; banner: Box; number: Box; source: { clipped: boolean; text: string } }> {
  return page.evaluate(() => {
    const box = (selector: string): Box => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const source = document.querySelector<HTMLElement>('.bd-footer .bd-footer-source')!;
    return {
      slides: box('.reveal .slides'),
      footer: box('.reveal .bd-footer'),
      banner: box('.reveal .bd-banner-top'),
      number: box('.reveal .slide-number'),
      source: { clipped: source.scrollWidth > source.clientWidth + 1, text: source.textContent ?? '' },
    };
  });
}

/**
 * How steep the edges in a screenshot are: the mean step between neighbouring pixels, each step weighted by its own
 * size (Σd² / Σd over the red channel). Sharp text steps from background to ink in one or two pixels; text drawn
 * from a raster made at another scale and stretched takes three or four, and the figure drops by a third.
 */
async function edgeSteepness(meter: Page, png: Buffer): Promise<number> {
  return meter.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let squares = 0;
    let steps = 0;
    for (let y = 0; y < canvas.height; y++) {
      for (let x = 1; x < canvas.width; x++) {
        const at = (y * canvas.width + x) * 4;
        const step = Math.abs(pixels[at]! - pixels[at - 4]!);
        squares += step * step;
        steps += step;
      }
    }
    return steps === 0 ? 0 : Math.round(squares / steps);
  }, png.toString('base64'));
}

describe('the shipped deck’s chrome and layouts', () => {
  let served: ServedDeck;

  beforeAll(async () => {
    served = await serveShippedDeck();
  });

  afterAll(async () => {
    await served?.close();
  });

  it('keeps the footer and banner on the letterboxed slide at 1024×768, with the source line whole and the banner shown once', async () => {
    const page = await open(served, { width: 1024, height: 768 });
    try {
      const c = await chrome(page);
      expect(c.slides.bottom).toBeLessThan(700); // letterboxed: the slide ends well above the window's bottom
      expect(Math.abs(c.footer.bottom + 4 - c.slides.bottom)).toBeLessThan(2);
      expect(Math.abs(c.footer.left - c.slides.left)).toBeLessThan(2);
      expect(Math.abs(c.banner.top - c.slides.top)).toBeLessThan(2);
      expect(c.number.right).toBeLessThanOrEqual(c.slides.right);
      expect(c.source).toEqual({ clipped: false, text: 'Source: “A Trump-Kim Summit” (The Koreas)' });
      expect(await page.locator('.reveal .bd-banner').count()).toBe(1);
      expect(await page.locator('.reveal .bd-footer').textContent()).not.toMatch(/for discussion/i);
    } finally {
      await page.close();
    }
  });

  it('puts the slide number at the right margin in the image view (no controls), mirroring the footer’s left margin', async () => {
    const page = await open(served, { width: 1280, height: 720 }, IMAGE_VIEW_QUERY);
    try {
      const c = await chrome(page);
      const sourceLeft = await page.evaluate(() => document.querySelector('.bd-footer .bd-footer-source')!.getBoundingClientRect().left);
      expect(Math.abs((1280 - c.number.right) - sourceLeft)).toBeLessThan(2);
    } finally {
      await page.close();
    }
  });

  it('lays out the bottom line as large ruled statements, judgements as numbered bands and what to watch as a two-column grid', async () => {
    const page = await open(served, { width: 1280, height: 720 }, '#/what-to-watch');
    try {
      const shapes = await page.evaluate(() => {
        const style = (selector: string, pseudo?: string) => getComputedStyle(document.querySelector(selector)!, pseudo);
        return {
          bottomLine: style('#bottom-line > ul > li').borderLeftWidth,
          judgementNumber: style('#key-judgements > ol > li', '::before').content,
          watchColumns: new Set([...document.querySelectorAll('#what-to-watch > ul > li')].map((li) => Math.round(li.getBoundingClientRect().left))).size,
          watchWhen: style('#what-to-watch li > strong').display,
        };
      });
      expect(shapes).toEqual({ bottomLine: '6px', judgementNumber: 'counter(judgement)', watchColumns: 2, watchWhen: 'block' });
    } finally {
      await page.close();
    }
  });

  it('runs no slide into the footer, and fills the lower part of the offer and alliance slides', async () => {
    const page = await open(served, { width: 1280, height: 720 });
    const overlaps: string[] = [];
    const fill = new Map<string, number>();
    try {
      await forEachSlide(page, async ({ id }) => {
        const { contentBottom, footerTop, slideTop, slideHeight } = await page.evaluate(() => {
          const section = window.Reveal.getCurrentSlide()!;
          // Boxes that hold text or figures (a list's own box also holds its last item's bottom margin).
          const parts = [...section.querySelectorAll('h1, h2, h3, p, li, dt, dd, blockquote, figure, table')]
            .filter((el) => !el.closest('aside'));
          const slide = document.querySelector('.reveal .slides')!.getBoundingClientRect();
          return {
            contentBottom: Math.max(...parts.map((el) => el.getBoundingClientRect().bottom)),
            footerTop: document.querySelector('.reveal .bd-footer')!.getBoundingClientRect().top,
            slideTop: slide.top,
            slideHeight: slide.height,
          };
        });
        if (contentBottom > footerTop + 1) overlaps.push(`${id}: content ends at ${Math.round(contentBottom)} px, footer starts at ${Math.round(footerTop)} px`);
        fill.set(id, (contentBottom - slideTop) / slideHeight);
      });
    } finally {
      await page.close();
    }
    expect(overlaps).toEqual([]);
    expect(fill.get('shift')).toBeGreaterThan(0.75);
    expect(fill.get('open-questions-4')).toBeGreaterThan(0.75);
  });

  it('draws every slide’s text sharp with transitions off (reduced motion), none from a blurred, rescaled raster', async () => {
    const page = await open(served, { width: 1280, height: 720 });
    const meter = await served.browser.newPage();
    const steepness = new Map<string, number>();
    try {
      await forEachSlide(page, async ({ id }) => {
        steepness.set(id, await edgeSteepness(meter, await page.screenshot({ clip: { x: 80, y: 150, width: 1100, height: 450 } })));
      });
    } finally {
      await Promise.all([page.close(), meter.close()]);
    }
    const sharpest = Math.max(...steepness.values());
    expect(steepness.size).toBeGreaterThan(15);
    expect([...steepness].filter(([, value]) => value < 0.8 * sharpest).map(([id, value]) => `${id}: ${value} against ${sharpest}`)).toEqual([]);
  });
});
