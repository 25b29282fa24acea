// Waits until the first slide, laid out by the page's HTML and CSS (first-paint.css), is on screen, so nothing the client does competes with that paint.

/** How long to wait for the browser's first-contentful-paint entry once a frame has been drawn (a slide with no text or image never reports one). */
export const PAINT_ENTRY_GRACE_MS = 250;

/** The first-contentful-paint entry (its time is when the frame reached the screen), or undefined after `graceMs` or where paint timing is not supported. */
function firstContentfulPaint(graceMs: number): Promise<PerformanceEntry | undefined> {
  const reported = performance.getEntriesByName('first-contentful-paint')[0];
  if (reported) return Promise.resolve(reported);
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const settle = (entry: PerformanceEntry | undefined): void => {
      clearTimeout(timer);
      observer.disconnect();
      resolve(entry);
    };
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) settle(entry);
    });
    const timer = setTimeout(() => settle(undefined), graceMs);
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** One frame drawn: a task after the next animation frame runs once that frame's rendering is done. */
function frameDrawn(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves once the first slide has been painted: its fonts have loaded (text waits for them), a frame has been
 * drawn since and the browser has reported that frame on screen (or `graceMs` has passed). A hidden page paints
 * nothing and waits for no frame (its frames would not come until it is shown).
 */
export async function afterFirstPaint(graceMs: number = PAINT_ENTRY_GRACE_MS): Promise<void> {
  await document.fonts.ready;
  if (document.visibilityState !== 'visible') return;
  await frameDrawn();
  await firstContentfulPaint(graceMs);
}
