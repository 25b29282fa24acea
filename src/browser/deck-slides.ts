// Visits every slide of a deck open in a Playwright page (no transitions, fragments shown or not), for screenshots and checks.

import type { Page } from 'playwright-core';

export interface SlideVisit {
  /** 0-based position in the deck's reading order. */
  index: number;
  id: string;
  h: number;
  v: number;
  total: number;
}

export interface VisitOptions {
  /** Show every fragment of the slide before the visit (default true: the slide as it looks when done). */
  allFragments?: boolean;
}

/** Waits for the deck's ready flag (reveal.js ready, diagrams placed, fonts loaded). */
export async function waitForDeckReady(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout });
}

/** Calls `visit` with each slide shown in turn; returns how many slides were visited. */
export async function forEachSlide(page: Page, visit: (slide: SlideVisit) => Promise<void>, options: VisitOptions = {}): Promise<number> {
  const slides = await page.evaluate(() => {
    window.Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    return window.Reveal.getSlides().map((slide) => ({ id: slide.id, ...window.Reveal.getIndices(slide) }));
  });
  for (const [index, slide] of slides.entries()) {
    await page.evaluate(
      ({ h, v, allFragments }) => {
        window.Reveal.slide(h, v, allFragments ? Number.MAX_SAFE_INTEGER : -1);
        return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      },
      { h: slide.h, v: slide.v, allFragments: options.allFragments ?? true },
    );
    await visit({ index, id: slide.id, h: slide.h, v: slide.v, total: slides.length });
  }
  return slides.length;
}
