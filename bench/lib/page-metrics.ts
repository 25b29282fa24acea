// Page load metrics in headless Chromium: navigation → first slide painted, → Reveal ready flag, and the bytes transferred until ready.

import type { Browser, Page, Request } from 'playwright-core';
import { gzipSize, resourceKind } from './bytes.js';
import { figure, unavailable, type FigureResult } from './figures.js';

/** The binding the page calls once it has both marks (see loadOnce). */
export const MARKS_BINDING = '__briefdeckBenchReport';

/**
 * Injected before any page script. Times are `performance.now()`, i.e. ms since navigation start.
 * - slidePainted: the first requestAnimationFrame callback after a frame in which a slide (a section without
 *   child sections: reveal.js's present one, or the first one the page's CSS lays out before reveal.js runs)
 *   had a non-empty box and was displayed, visible and not transparent — so that frame has been drawn
 *   (rAF granularity: one frame, ~16.7 ms).
 * - ready: `<html data-deck-ready="true">` appeared (reveal.js initialized, diagrams placed, fonts loaded).
 * `readMarks` adds the browser's first-contentful-paint (its presentation time), and defines
 * first slide visible = max(slidePainted, fcp): the slide has been drawn and a frame with content is on screen
 * (the theme's fonts use font-display: block, so text reaches the screen only when its font has loaded).
 */
export const PAGE_METRICS_SCRIPT = `(() => {
  if (window.__briefdeckBench) return;
  const marks = {};
  Object.defineProperty(window, '__briefdeckBench', { value: marks, configurable: true });
  const shown = (section) => {
    const box = section.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    const style = getComputedStyle(section);
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
  };
  const slideVisible = () => {
    const present = document.querySelector('.reveal .slides section.present:not(.stack)');
    if (present) return shown(present);
    const first = document.querySelector('.reveal .slides > section:first-child');
    const leaf = first && (first.querySelector(':scope > section') || first);
    return leaf ? shown(leaf) : false;
  };
  // Tells the bench once both marks are in, so it need not poll the page (its polling would run on the page's main thread).
  const report = () => {
    if (marks.slidePainted === undefined || marks.ready === undefined || marks.reported) return;
    marks.reported = true;
    if (typeof window.${MARKS_BINDING} === 'function') window.${MARKS_BINDING}();
  };
  const watch = () => {
    if (slideVisible()) {
      marks.slideLaidOut = performance.now();
      requestAnimationFrame(() => { marks.slidePainted = performance.now(); report(); });
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const readyCheck = () => {
    const root = document.documentElement;
    if (marks.ready === undefined && root && root.dataset.deckReady === 'true') {
      marks.ready = performance.now();
      report();
    }
  };
  new MutationObserver(readyCheck).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-deck-ready'] });
})();`;

export interface PageMarks {
  /** max(slidePainted, fcp). */
  firstSlide: number;
  slidePainted: number;
  ready: number;
  fcp?: number;
  /** performance.timeOrigin of the page (epoch ms), to compare with request timings. */
  timeOrigin: number;
}

export type ByteKind = ReturnType<typeof resourceKind>;

export interface LoadedBytes {
  raw: number;
  gzip: number;
  requests: number;
  byKind: Partial<Record<ByteKind, number>>;
  /** Per request: path and gzip size, largest first. */
  largest: { url: string; gzip: number }[];
}

export interface PageLoad {
  marks: PageMarks;
  /** Every request started by the ready flag. */
  bytes: LoadedBytes;
  /** What the first slide's paint needs, started by then: the page, its stylesheets and fonts (scripts run after). */
  firstSlideBytes: LoadedBytes;
}

/** The kinds a first paint from HTML and CSS can wait for. */
const FIRST_PAINT_KINDS: readonly ByteKind[] = ['html', 'css', 'font', 'image'];

const MARKS_READY = 'window.__briefdeckBench !== undefined && window.__briefdeckBench.ready !== undefined && window.__briefdeckBench.slidePainted !== undefined';
const FCP_REPORTED = "performance.getEntriesByName('first-contentful-paint').length > 0";

function toMarks(value: unknown): PageMarks {
  if (typeof value !== 'object' || value === null) throw new Error('the page reported no timing marks');
  const { slidePainted, ready, fcp, timeOrigin }: { slidePainted?: unknown; ready?: unknown; fcp?: unknown; timeOrigin?: unknown } = value;
  if (typeof slidePainted !== 'number' || typeof ready !== 'number' || typeof timeOrigin !== 'number') throw new Error('the page reported incomplete timing marks');
  const firstSlide = typeof fcp === 'number' ? Math.max(slidePainted, fcp) : slidePainted;
  return { firstSlide, slidePainted, ready, timeOrigin, ...(typeof fcp === 'number' ? { fcp } : {}) };
}

/** Waits until the page has both marks (and its first-contentful-paint entry, up to 5 s more) and returns them. */
export async function readMarks(page: Page, timeoutMs = 60_000): Promise<PageMarks> {
  await page.waitForFunction(MARKS_READY, null, { timeout: timeoutMs });
  await page.waitForFunction(FCP_REPORTED, null, { timeout: 5000 }).catch(() => undefined);
  return toMarks(
    await page.evaluate(`(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { ...window.__briefdeckBench, fcp: paint ? paint.startTime : undefined, timeOrigin: performance.timeOrigin };
    })()`),
  );
}

/** Page clock minus Node clock (both epoch ms), from the tightest of three round trips. */
export async function pageClockOffset(page: Page): Promise<number> {
  let best = { spread: Number.POSITIVE_INFINITY, offset: 0 };
  for (let i = 0; i < 3; i++) {
    const before = performance.timeOrigin + performance.now();
    const pageNow = Number(await page.evaluate('performance.timeOrigin + performance.now()'));
    const after = performance.timeOrigin + performance.now();
    if (after - before < best.spread) best = { spread: after - before, offset: pageNow - (before + after) / 2 };
  }
  return best.offset;
}

/** Sums the bodies of the http(s) requests the page made by `cutoff` (epoch ms), gzipped here. */
async function bytesUntil(requests: readonly Request[], cutoff: number, kinds?: readonly ByteKind[]): Promise<LoadedBytes> {
  const result: LoadedBytes = { raw: 0, gzip: 0, requests: 0, byKind: {}, largest: [] };
  for (const request of requests) {
    if (!/^https?:/.test(request.url())) continue;
    const response = await request.response();
    if (request.timing().startTime > cutoff) continue;
    if (!response) continue;
    const body = await response.body().catch(() => undefined);
    if (!body) continue;
    const gzip = gzipSize(body);
    const kind = resourceKind(request.url(), response.headers()['content-type'] ?? '');
    if (kinds && !kinds.includes(kind)) continue;
    result.raw += body.length;
    result.gzip += gzip;
    result.requests++;
    result.byKind[kind] = (result.byKind[kind] ?? 0) + gzip;
    result.largest.push({ url: new URL(request.url()).pathname, gzip });
  }
  result.largest.sort((a, b) => b.gzip - a.gzip);
  result.largest = result.largest.slice(0, 8);
  return result;
}

/**
 * Opens `url` in `page` with the metrics script and returns its marks once the page reports them. The page reports
 * through a binding: polling it with waitForFunction from the start would run Playwright's injected script (~20 ms)
 * and a predicate every frame on the main thread the first slide needs. Falls back to polling after 60 s.
 */
export async function openMeasured(page: Page, url: string): Promise<PageMarks> {
  let markReport: () => void = () => undefined;
  const reported = new Promise<void>((resolve) => (markReport = resolve));
  await page.exposeBinding(MARKS_BINDING, () => markReport());
  await page.addInitScript({ content: PAGE_METRICS_SCRIPT });
  await page.goto(url, { waitUntil: 'commit' });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([reported, new Promise((resolve) => (timer = setTimeout(resolve, 60_000)))]);
  clearTimeout(timer);
  return readMarks(page);
}

/**
 * One load in a fresh browser context (empty HTTP cache) of a warm browser. The context bypasses the page's
 * Content-Security-Policy: the built page forbids eval, which Playwright's string predicates need.
 */
export async function loadOnce(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    const requested: Request[] = [];
    page.on('request', (request) => requested.push(request));
    const marks = await openMeasured(page, url);
    // Requests the page started by the ready flag (5 ms of slack for the two clocks); their bodies are awaited.
    const bytes = await bytesUntil(requested, marks.timeOrigin + marks.ready + 5);
    const firstSlideBytes = await bytesUntil(requested, marks.timeOrigin + marks.firstSlide + 5, FIRST_PAINT_KINDS);
    return { marks, bytes, firstSlideBytes };
  } finally {
    await context.close();
  }
}

/** One warm-up load (not counted), then `runs` measured loads. */
export async function measurePageLoads(browser: Browser, url: string, runs: number, log: (line: string) => void): Promise<{ loads: PageLoad[]; failures: string[] }> {
  const loads: PageLoad[] = [];
  const failures: string[] = [];
  await loadOnce(browser, url).catch((error: unknown) => failures.push(`warm-up: ${error instanceof Error ? error.message : String(error)}`));
  for (let i = 0; i < runs; i++) {
    try {
      const load = await loadOnce(browser, url);
      loads.push(load);
      log(`    first slide ${load.marks.firstSlide.toFixed(0)} ms (${(load.firstSlideBytes.gzip / 1024).toFixed(1)} KB gzip before it), ready ${load.marks.ready.toFixed(0)} ms, ${(load.bytes.gzip / 1024).toFixed(1)} KB gzip in ${load.bytes.requests} requests`);
    } catch (error) {
      failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    }
  }
  return { loads, failures };
}

export function pageFigures(deck: string, deckLabel: string, loads: readonly PageLoad[], failures: readonly string[]): FigureResult[] {
  if (loads.length === 0) {
    const reason = failures[0] ?? 'no run';
    return [
      unavailable(`page.${deck}.bytesBeforeFirstSlide`, `bytes before first slide (gzip, HTML+CSS+fonts) — ${deckLabel}`, 'bytes', reason),
      unavailable(`page.${deck}.bytesBeforeReady`, `bytes before ready (gzip, all) — ${deckLabel}`, 'bytes', reason),
      unavailable(`page.${deck}.firstSlide`, `load → first slide visible — ${deckLabel}`, 'ms', reason),
      unavailable(`page.${deck}.ready`, `load → Reveal ready — ${deckLabel}`, 'ms', reason),
    ];
  }
  return [
    figure(`page.${deck}.bytesBeforeFirstSlide`, `bytes before first slide (gzip, HTML+CSS+fonts) — ${deckLabel}`, 'bytes', loads.map((l) => l.firstSlideBytes.gzip)),
    figure(`page.${deck}.bytesBeforeReady`, `bytes before ready (gzip, all) — ${deckLabel}`, 'bytes', loads.map((l) => l.bytes.gzip)),
    figure(`page.${deck}.firstSlide`, `load → first slide visible — ${deckLabel}`, 'ms', loads.map((l) => l.marks.firstSlide)),
    figure(`page.${deck}.ready`, `load → Reveal ready — ${deckLabel}`, 'ms', loads.map((l) => l.marks.ready)),
  ];
}
