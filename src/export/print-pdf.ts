// Prints a page to PDF the one way every export does: the page's own @page size, backgrounds, and tagged for assistive technology.

import type { Page } from 'playwright-core';

/**
 * `tagged` makes Chromium write a structure tree (headings, lists, paragraphs, links, alt text) and
 * `/MarkInfo`, so screen readers and reflow read the PDF in order. Bookmarks are added afterwards
 * from the deck's slides and sections (see pdf-metadata.ts), not from Chromium's heading outline.
 */
export function printPdf(page: Page): Promise<Uint8Array> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
}
