// Opens the built deck in a page (print view or normal view), waits until it is laid out, and reads its slides.

import type { BrowserContextOptions, Page } from 'playwright-core';
import type { DocumentFacts } from '../model/deck.js';
import { ensureNameShim } from './page-script.js';
import type { SlideRef } from './types.js';
import { shownSource } from './verify.js';

const READY_TIMEOUT_MS = 30_000;

export interface PrintViewOptions {
  /** One page per fragment step (reveal.js `pdfSeparateFragments`, via the deck's `?fragments` parameter). */
  fragments: boolean;
  /** A notes page after each slide with notes (reveal.js `showNotes: 'separate-page'`, via `?notes`). */
  notes: boolean;
}

/**
 * The query string for reveal.js's print view. reveal.js reads config from query parameters, so
 * `margin=0` makes a page exactly the slide size and `pdfMaxPagesPerSlide=1` keeps an overflowing slide
 * on one page (it is clipped and reported instead of spilling onto extra pages).
 */
export function printViewQuery(options: PrintViewOptions): string {
  const params = ['print-pdf', 'margin=0', 'pdfMaxPagesPerSlide=1'];
  if (options.fragments) params.push('fragments');
  if (options.notes) params.push('notes');
  return `?${params.join('&')}`;
}

/** The query string for the normal view used for images: no UI chrome, no transitions, slide at 100%. */
export const IMAGE_VIEW_QUERY = '?margin=0&controls=false&progress=false&transition=none&backgroundTransition=none';

/** Where an export's pages come from: the browser itself, or one holding a page it opened ahead (see session.ts). */
export interface PageSource {
  newPage(options: BrowserContextOptions): Promise<Page>;
}

/** The page the print view is laid out in: the slide size, as reveal.js lays out each print page. */
export function printViewPageOptions(): BrowserContextOptions {
  return { viewport: { width: 1280, height: 720 } };
}

/** The page images are taken in: the slide size, `deviceScaleFactor` pixels per CSS pixel. */
export function imageViewPageOptions(deviceScaleFactor: number): BrowserContextOptions {
  return { viewport: { width: 1280, height: 720 }, deviceScaleFactor };
}

/** Opens the print view and waits until reveal.js has laid out every page (its `pdf-ready` step). */
export async function openPrintView(browser: PageSource, url: string, options: PrintViewOptions): Promise<Page> {
  const page = await browser.newPage(printViewPageOptions());
  try {
    await gotoDeck(page, new URL(printViewQuery(options), url).href, true);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** Opens the normal (presenting) view at the slide size, for screenshots. */
export async function openImageView(browser: PageSource, url: string, deviceScaleFactor: number): Promise<Page> {
  const page = await browser.newPage(imageViewPageOptions(deviceScaleFactor));
  try {
    await gotoDeck(page, new URL(IMAGE_VIEW_QUERY, url).href, false);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

async function gotoDeck(page: Page, url: string, print: boolean): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  try {
    // The deck's flag says reveal.js and fonts are ready; the print view lays out pages after that and
    // removes `loading-scroll-mode` from the viewport when done.
    await page.waitForFunction(
      (printView) =>
        document.documentElement.dataset.deckReady === 'true' &&
        (!printView || (document.querySelector('.pdf-page') !== null && !document.querySelector('.reveal-viewport.loading-scroll-mode'))),
      print,
      { timeout: READY_TIMEOUT_MS },
    );
  } catch {
    const why = errors.length > 0 ? `; the page reported: ${errors.join('; ')}` : '';
    throw new Error(`the deck at ${url} did not become ready within ${READY_TIMEOUT_MS / 1000} s${why}`);
  }
  await ensureNameShim(page);
  await waitForImages(page);
}

/** Every image and slide background decoded, so a PDF page or PNG never catches one still loading (one that fails stays out, as in the browser). */
async function waitForImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const urls = new Set<string>();
    for (const image of Array.from(document.images)) if (image.currentSrc || image.src) urls.add(image.currentSrc || image.src);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('.slide-background-content'))) {
      const url = /url\(["']?([^"')]+)["']?\)/.exec(getComputedStyle(element).backgroundImage)?.[1];
      if (url) urls.add(url);
    }
    await Promise.all([...urls].map((url) => {
      const image = new Image();
      image.src = url;
      return image.decode().catch(() => undefined);
    }));
  });
}

export interface DeckInfo {
  /** The page title (the deck's `title`). */
  title: string;
  /** `<meta name="author">` / `<meta name="description">`, when the page has them. */
  author: string;
  description: string;
  /** Author, subject, keywords and source facts the build wrote into the page data (`window.briefdeck.facts`). */
  facts: DocumentFacts;
  slides: SlideRef[];
}

/**
 * The deck's title, document facts and slides in deck order, from `window.briefdeck` (its `slideIndex`) and each `<section data-source>`
 * (deck-relative; the slides' `source` names the file from `deckFolder`, where the command ran).
 */
export async function readDeckInfo(page: Page, deckFolder: string): Promise<DeckInfo> {
  const info = await page.evaluate(() => {
    const meta = (name: string): string => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
    const slideIndex = window.briefdeck?.slideIndex;
    if (!Array.isArray(slideIndex)) throw new Error('the page has no slide index (window.briefdeck.slideIndex): is it a deck built by briefdeck?');
    const slides = slideIndex
      .map((entry) => ({ entry, section: document.getElementById(entry.id) }))
      .filter(({ section }) => section !== null)
      .map(({ entry, section }, index) => ({
        number: index + 1,
        id: entry.id,
        h: entry.h,
        v: entry.v,
        title: entry.title,
        section: entry.section,
        tags: entry.tags,
        source: section?.getAttribute('data-source') ?? entry.source,
      }));
    return { title: document.title, author: meta('author'), description: meta('description'), facts: window.briefdeck.facts ?? {}, slides };
  });
  return { ...info, slides: info.slides.map((slide) => ({ ...slide, source: shownSource(slide.source, deckFolder) })) };
}
