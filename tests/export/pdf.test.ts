// PDF export of a built fixture deck in a real browser: pages, text, sizes, fragments, notes, handouts, metadata.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFName } from '../../src/export/pdf-lib.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoutExporter } from '../../src/export/handout.js';
import { readBookmarks } from '../../src/export/pdf-metadata.js';
import type { Page } from 'playwright-core';
import { openImageView, openPrintView } from '../../src/export/deck-page.js';
import { pageGeometry, PT_PER_PX } from '../../src/export/page-size.js';
import { keepThemeLayout } from '../../src/export/print-view.js';
import { pdfExporter, printSlides, type PdfOptions } from '../../src/export/pdf.js';
import { verifyPdfPageCount } from '../../src/export/verify.js';
import { tempDir } from '../helpers/build.js';
import { loadPdf, pagesText, pageWords, serveFixture, type ServedFixture } from './helpers.js';

const TITLES = ['Export fixture deck', 'Alpha slide', 'Beta slide', 'Gamma top', 'Gamma below', 'Closing slide'];

describe('briefdeck export pdf', () => {
  let fixture: ServedFixture;
  let out: string;
  const options = (overrides: Partial<PdfOptions>, name: string): PdfOptions => ({ out: path.join(out, name), fragments: false, notes: 'none', size: '16:9', ...overrides });

  beforeAll(async () => {
    fixture = await serveFixture('export-deck');
    out = tempDir('export-pdf');
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('prints one 16:9 page per slide, each holding its slide title, with no blank last page', async () => {
    const file = path.join(out, 'slides.pdf');
    const result = await pdfExporter.run(fixture.context, options({}, 'slides.pdf'));
    expect(result.count).toBe(TITLES.length);
    expect(result.warnings).toEqual([]);
    const pdf = await loadPdf(readFileSync(file));
    expect(pdf.getPageCount()).toBe(TITLES.length);
    for (const page of pdf.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([960, 540]);
    const texts = pagesText(file);
    expect(texts).toHaveLength(TITLES.length);
    TITLES.forEach((title, index) => expect(texts[index]).toContain(title));
    expect(texts.at(-1)).toContain('Thank you.');
    expect(fixture.progress.some((line) => line.startsWith('printing 6 pages'))).toBe(true);
  });

  it("hides mermaid's tooltip div and in-flow deck chrome, which would print as extra pages", async () => {
    const page = await openPrintView(fixture.browser, fixture.server.url, { fragments: false, notes: false });
    try {
      await page.evaluate(() => {
        const tooltip = document.createElement('div');
        tooltip.className = 'mermaidTooltip';
        tooltip.style.opacity = '0';
        tooltip.textContent = 'tooltip';
        document.body.append(tooltip);
        const chrome = document.createElement('footer');
        chrome.className = 'test-chrome';
        chrome.textContent = 'a footer without print styles';
        document.querySelector('.reveal')!.append(chrome);
      });
      const printed = await printSlides(page, { deckFolder: fixture.context.deckFolder, fragments: false, notes: false, size: '16:9' }, () => undefined);
      expect(printed.expected).toBe(TITLES.length);
      expect(printed.warnings).toEqual([expect.objectContaining({ code: 'chrome-not-printed', message: expect.stringContaining('<footer.test-chrome>') })]);
      await expect(verifyPdfPageCount(printed.pdf, printed.expected, 'the slides')).resolves.toBe(TITLES.length);
    } finally {
      await page.close();
    }
  });

  it('writes document info and one bookmark per slide, grouped by section', async () => {
    const pdf = await loadPdf(readFileSync(path.join(out, 'slides.pdf')));
    expect(pdf.getTitle()).toBe('Export fixture deck');
    expect(pdf.getAuthor()).toBe('Export desk');
    expect(pdf.getSubject()).toContain('Slides, fragments and notes for export tests');
    expect(pdf.getCreator()).toBe('briefdeck');
    // Tagged: a structure tree for assistive technology, kept through pdf-lib's rewrite, next to the bookmarks.
    const structure = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
    expect(structure?.lookup(PDFName.of('Type'))).toEqual(PDFName.of('StructTreeRoot'));
    expect(structure?.get(PDFName.of('K'))).toBeDefined();
    expect(pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(readBookmarks(pdf)).toEqual([
      { title: 'Export fixture deck', pageIndex: 0, children: [] },
      {
        title: 'First part',
        pageIndex: 1,
        children: [
          { title: 'Alpha slide', pageIndex: 1, children: [] },
          { title: 'Beta slide', pageIndex: 2, children: [] },
        ],
      },
      { title: 'Second part', pageIndex: 3, children: [{ title: 'Gamma top', pageIndex: 3, children: [] }] },
      // A vertical slide without its own `section` is not in the stack's section.
      { title: 'Gamma below', pageIndex: 4, children: [] },
      { title: 'Closing slide', pageIndex: 5, children: [] },
    ]);
  });

  it('prints only the slides in --range, in deck order, letterboxed on A4 pages with --size a4', async () => {
    const file = path.join(out, 'range.pdf');
    const result = await pdfExporter.run(fixture.context, options({ range: '4,2', size: 'a4' }, 'range.pdf'));
    expect(result.count).toBe(2);
    expect(result.summary).toBe('2 pages, a4 (841.9 × 595.3 pt)');
    const pdf = await loadPdf(readFileSync(file));
    for (const page of pdf.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([842, 595]);
    const [first, second] = pagesText(file);
    expect(first).toContain('Alpha slide');
    expect(second).toContain('Gamma top');
    expect(`${first}${second}`).not.toContain('Beta slide');
    expect(readBookmarks(pdf).flatMap((item) => [item.title, ...item.children.map((c) => c.title)])).toEqual(['First part', 'Alpha slide', 'Second part', 'Gamma top']);

    // Letterboxed: the 16:9 page's layout, scaled by the A4 scale and moved down by the band above the slide.
    const a4 = pageGeometry('a4');
    const onSlide = pageWords(path.join(out, 'slides.pdf'), 2).find((word) => word.text === 'Alpha')!;
    const onA4 = pageWords(file, 1).find((word) => word.text === 'Alpha')!;
    expect(onA4.x).toBeCloseTo(onSlide.x * a4.scale, 0);
    expect(onA4.y).toBeCloseTo(onSlide.y * a4.scale + a4.slideTop * a4.scale * PT_PER_PX, 0);
    expect(onA4.y - onSlide.y * a4.scale).toBeGreaterThan(50);
  });

  it("keeps the theme's slide padding and flex layouts in print, as on screen (reveal's print CSS drops them)", async () => {
    const read = (page: Page): Promise<string[]> =>
      page.evaluate(() => {
        const [alpha, cover] = ['alpha', 'cover'].map((id) => getComputedStyle(document.getElementById(id)!));
        return [alpha!.paddingTop, alpha!.paddingLeft, cover!.paddingLeft, cover!.display];
      });
    const screen = await openImageView(fixture.browser, fixture.server.url, 1);
    const print = await openPrintView(fixture.browser, fixture.server.url, { fragments: false, notes: false });
    try {
      await screen.evaluate(() => window.Reveal.slide(0, 0));
      const onScreen = await read(screen);
      expect(onScreen[1]).not.toBe('0px');
      expect(await read(print)).not.toEqual(onScreen);
      await keepThemeLayout(print, 720);
      expect(await read(print)).toEqual(onScreen);
    } finally {
      await Promise.all([screen.close(), print.close()]);
    }
  });

  it('prints a page per fragment step (--fragments), then the notes page (--notes separate)', async () => {
    const file = path.join(out, 'fragments.pdf');
    const result = await pdfExporter.run(fixture.context, options({ fragments: true, notes: 'separate' }, 'fragments.pdf'));
    // 6 slides; alpha has 2 fragment steps, beta 2 (index 1 holds two items); notes on cover, alpha, gamma-top, closing.
    expect(result.count).toBe(6 + 4 + 4);
    const texts = pagesText(file);
    expect(texts).toHaveLength(14);
    const kinds = texts.map((text) => (text.includes('Notes ·') ? 'notes' : (TITLES.find((title) => text.includes(title)) ?? '?')));
    expect(kinds).toEqual([
      'Export fixture deck', 'notes',
      'Alpha slide', 'Alpha slide', 'Alpha slide', 'notes',
      'Beta slide', 'Beta slide', 'Beta slide',
      'Gamma top', 'notes',
      'Gamma below',
      'Closing slide', 'notes',
    ]);
    const alpha = texts.slice(2, 5);
    expect(alpha.map((text) => text.includes('Alpha point two'))).toEqual([false, true, true]);
    expect(alpha.map((text) => text.includes('Alpha point three'))).toEqual([false, false, true]);
    const beta = texts.slice(6, 9);
    expect(beta.map((text) => text.includes('Beta one') && text.includes('Beta two'))).toEqual([false, true, true]);
    expect(beta.map((text) => text.includes('Beta three'))).toEqual([false, false, true]);
    expect(texts[1]).toContain('Cover notes: welcome the audience warmly.');
    expect(texts[5]).toContain('Alpha notes mention the orchard.');
    expect(texts[13]).toContain('Closing notes: questions are welcome.');
    expect(readBookmarks(await loadPdf(readFileSync(file))).find((item) => item.title === 'Second part')?.pageIndex).toBe(9);
  });

  it('lays out a handout: portrait A4 pages with the slide (as text, not an image) above its notes', async () => {
    const file = path.join(out, 'handout.pdf');
    const result = await handoutExporter.run(fixture.context, options({ notes: 'handout', size: 'a4', range: '1-4,6' }, 'handout.pdf'));
    expect(result.count).toBe(5);
    const pdf = await loadPdf(readFileSync(file));
    for (const page of pdf.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([595, 842]);
    const texts = pagesText(file);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toContain('Cover notes: welcome the audience warmly.');
    expect(texts[1]).toContain('Alpha notes mention the orchard.');
    expect(texts[1]).toContain('Alpha point three');
    // A slide without notes keeps its page, with nothing printed where notes would be.
    expect(texts[2]).toContain('Beta slide');
    expect(texts.join('')).not.toMatch(/no (speaker )?notes/i);
    expect(texts[3]).toContain('Gamma notes about the lighthouse.');
    expect(texts[4]).toContain('Closing notes: questions are welcome.');
    expect(texts.join('')).not.toContain('Gamma below');
    expect(readBookmarks(pdf).at(-1)).toEqual({ title: 'Closing slide', pageIndex: 4, children: [] });
  });
});
