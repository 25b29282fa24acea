// Handout PDFs: one portrait page per slide, the slide itself (vector, from the print view) above its speaker notes;
// or two, three (with lines for notes) or six slides per page.
//
// The notes page is HTML printed by Chromium (selectable, styled notes text in the deck's font); the slide
// is the matching page of the slides PDF, embedded with pdf-lib into the frame left for it — so slide text
// stays selectable too, and no screenshots are needed.

import type { Page } from 'playwright-core';
import { PDFDocument, PDFName } from './pdf-lib.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { printPdf } from './print-pdf.js';
import { openPrintView } from './deck-page.js';
import { gridHandoutHtml, gridLayout, gridPlacements, type Box, type SlidesPerPage } from './handout-grid.js';
import { FRAME_MM, handoutHtml, handoutLayout, type HandoutPaper, type HandoutSheet } from './handout-page.js';
import { PX_PER_MM, PT_PER_PX } from './page-size.js';
import { pdfMetadata, printSlides, savePdf, type PdfOptions, type PrintedSlides } from './pdf.js';
import { slideBookmarks } from './pdf-metadata.js';
import type { ExportContext, Exporter } from './types.js';
import { notesOverflowDiagnostic, verifyPdfPageCount } from './verify.js';

const PT_PER_MM = PX_PER_MM * PT_PER_PX;

/**
 * Speaker notes (HTML) of the given slides, the deck's `@font-face` rules (absolute URLs) and its main font. Links
 * into the deck's own site (a citation's source paragraph, another slide) lead nowhere from a printed handout, whose
 * pages come from the export's temporary server: they become their text.
 */
export async function readNotesAndFonts(page: Page, ids: readonly string[]): Promise<{ notes: Record<string, string>; fontFaces: string; fontFamily: string; lang: string }> {
  return page.evaluate(
    (wanted) => {
      const withoutSiteLinks = (html: string): string => {
        const holder = document.createElement('template');
        holder.innerHTML = html;
        for (const link of Array.from(holder.content.querySelectorAll('a[href]'))) {
          if (new URL(link.getAttribute('href') ?? '', document.baseURI).origin === location.origin) link.replaceWith(...Array.from(link.childNodes));
        }
        return holder.innerHTML;
      };
      const notes: Record<string, string> = {};
      for (const id of wanted) {
        const section = document.getElementById(id);
        if (!section) continue;
        notes[id] = withoutSiteLinks(section.getAttribute('data-notes') ?? Array.from(section.querySelectorAll('aside.notes')).map((aside) => aside.innerHTML).join('\n'));
      }
      const faces: string[] = [];
      for (const sheet of Array.from(document.styleSheets)) {
        let rules: CSSRule[];
        try {
          rules = Array.from(sheet.cssRules);
        } catch {
          continue;
        }
        const base = sheet.href ?? document.baseURI;
        for (const rule of rules) {
          if (rule instanceof CSSFontFaceRule) {
            faces.push(rule.cssText.replace(/url\((["']?)([^"')]+)\1\)/g, (_match, _quote: string, url: string) => `url("${new URL(url, base).href}")`));
          }
        }
      }
      const fontFamily = getComputedStyle(document.querySelector('.reveal') ?? document.body).fontFamily || 'sans-serif';
      return { notes, fontFaces: faces.join('\n'), fontFamily, lang: document.documentElement.lang || 'en' };
    },
    [...ids],
  );
}

/**
 * Draws slide page `i` of `slidesPdf` into `placements[i]` (its handout page and frame), just inside the frame line.
 * A drawn page keeps no links, so the slides' link annotations are dropped before embedding: copied along with the
 * page, they would sit in the handout unused, pointing at the export's temporary server (a new port each run).
 */
async function composeHandout(handoutPdf: Uint8Array, slidesPdf: Uint8Array, placements: readonly { sheet: number; box: Box }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(handoutPdf);
  const slides = await PDFDocument.load(slidesPdf, { updateMetadata: false });
  for (const page of slides.getPages()) page.node.delete(PDFName.of('Annots'));
  const embedded = await doc.embedPdf(slides, [...Array(slides.getPageCount()).keys()]);
  const pages = doc.getPages();
  embedded.forEach((slide, index) => {
    const placement = placements[index];
    const page = placement ? pages[placement.sheet] : undefined;
    if (!placement || !page) return;
    const { box } = placement;
    const width = (box.width - 2 * FRAME_MM) * PT_PER_MM;
    const height = (box.height - 2 * FRAME_MM) * PT_PER_MM;
    page.drawPage(slide, {
      x: (box.left + FRAME_MM) * PT_PER_MM,
      y: page.getHeight() - (box.top + FRAME_MM) * PT_PER_MM - height,
      width,
      height,
    });
  });
  return doc.save();
}

/** Notes that do not fit their box on the handout page: the slide ids. */
async function overflowingHandoutNotes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.sheet'))
      .filter((sheet) => {
        const notes = sheet.querySelector<HTMLElement>('.notes');
        return notes !== null && notes.scrollHeight > notes.clientHeight + 1;
      })
      .map((sheet) => sheet.dataset.slide ?? ''),
  );
}

export function handoutPaper(size: PdfOptions['size']): HandoutPaper {
  if (size === 'a4' || size === 'letter') return size;
  throw new Error(`handout pages are portrait A4 or Letter; --size ${size} is for slide pages (use --size a4 or --size letter)`);
}

/** The selected slides printed at 16:9 (checked), with their notes and the deck's fonts. */
async function printSlidesWithNotes(context: ExportContext, range: string | undefined): Promise<{ printed: PrintedSlides; extras: Awaited<ReturnType<typeof readNotesAndFonts>> }> {
  const page = await openPrintView(context.pages ?? context.browser, context.url, { fragments: false, notes: false });
  try {
    const printed = await printSlides(page, { ...(range !== undefined ? { range } : {}), deckFolder: context.deckFolder, fragments: false, notes: false, size: '16:9' }, context.progress);
    await verifyPdfPageCount(printed.pdf, printed.expected, printed.expectedWhat);
    const extras = await readNotesAndFonts(page, printed.selected.map((slide) => slide.id));
    return { printed, extras };
  } finally {
    await page.close();
  }
}

/** Prints the handout HTML (header, empty slide frame, notes) and reports notes that do not fit. */
async function printHandoutPages(context: ExportContext, html: string, slides: PrintedSlides['selected']): Promise<{ pdf: Uint8Array; warnings: Diagnostic[] }> {
  const page = await context.browser.newPage();
  try {
    // Fonts load in CORS mode: the handout must share the deck server's origin to use the deck's font files,
    // so it is written into a (404) page of that origin rather than about:blank.
    await page.goto(new URL('briefdeck-handout', context.url).href);
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const warnings = (await overflowingHandoutNotes(page)).map((id) => notesOverflowDiagnostic(id, slides, 'under the slide on its handout page', 'shorten the notes on this slide'));
    return { pdf: await printPdf(page), warnings };
  } finally {
    await page.close();
  }
}

/** `briefdeck export pdf --notes handout`. */
export const handoutExporter: Exporter<PdfOptions> = {
  format: 'pdf',
  async run(context: ExportContext, options: PdfOptions) {
    const layout = handoutLayout(handoutPaper(options.size));
    context.progress('laying out slides for the handout …');
    const { printed, extras } = await printSlidesWithNotes(context, options.range);
    const sheets: HandoutSheet[] = printed.selected.map((slide) => ({ number: slide.number, id: slide.id, title: slide.title, notesHtml: extras.notes[slide.id] ?? '' }));
    const html = handoutHtml({ title: printed.deck.title, lang: extras.lang, sheets, fontFaces: extras.fontFaces, fontFamily: extras.fontFamily }, layout);
    context.progress(`printing ${sheets.length} handout page${sheets.length === 1 ? '' : 's'} …`);
    const handout = await printHandoutPages(context, html, printed.selected);
    // Printed: the browser closes while the handout is put together.
    context.releaseBrowser?.();
    const count = await savePdf(await composeHandout(handout.pdf, printed.pdf, sheets.map((_, index) => ({ sheet: index, box: layout.slide }))), {
      out: options.out,
      metadata: pdfMetadata(printed.deck),
      bookmarks: slideBookmarks(printed.selected, (number) => Math.max(0, printed.selected.findIndex((slide) => slide.number === number))),
      expected: sheets.length,
      expectedWhat: `${sheets.length} slide${sheets.length === 1 ? '' : 's'} (one handout page each)`,
    });
    const paper = layout.paper === 'a4' ? 'A4' : 'Letter';
    return { files: [options.out], count, warnings: [...printed.warnings, ...handout.warnings], summary: `${count} handout page${count === 1 ? '' : 's'}, ${paper} portrait` };
  },
};

export interface GridHandoutOptions extends PdfOptions {
  perPage: SlidesPerPage;
}

/** `briefdeck export pdf --handout 2|3|6`: the slides small, several to a page, for a reader to keep. */
export const gridHandoutExporter: Exporter<GridHandoutOptions> = {
  format: 'pdf',
  async run(context: ExportContext, options: GridHandoutOptions) {
    const layout = gridLayout(handoutPaper(options.size), options.perPage);
    context.progress(`laying out slides for a ${options.perPage}-per-page handout …`);
    const { printed, extras } = await printSlidesWithNotes(context, options.range);
    const slides = printed.selected.map((slide) => ({ number: slide.number, id: slide.id, title: slide.title }));
    const sheets = Math.ceil(slides.length / options.perPage);
    const html = gridHandoutHtml({ title: printed.deck.title, lang: extras.lang, slides, fontFaces: extras.fontFaces, fontFamily: extras.fontFamily }, layout);
    context.progress(`printing ${sheets} handout page${sheets === 1 ? '' : 's'} …`);
    const handout = await printHandoutPages(context, html, printed.selected);
    // Printed: the browser closes while the handout is put together.
    context.releaseBrowser?.();
    const count = await savePdf(await composeHandout(handout.pdf, printed.pdf, gridPlacements(layout, slides.length)), {
      out: options.out,
      metadata: pdfMetadata(printed.deck),
      bookmarks: slideBookmarks(printed.selected, (number) => Math.floor(Math.max(0, printed.selected.findIndex((slide) => slide.number === number)) / options.perPage)),
      expected: sheets,
      expectedWhat: `${slides.length} slide${slides.length === 1 ? '' : 's'}, ${options.perPage} to a page`,
    });
    const paper = layout.paper === 'a4' ? 'A4' : 'Letter';
    return { files: [options.out], count, warnings: printed.warnings, summary: `${count} handout page${count === 1 ? '' : 's'} (${options.perPage} slides per page), ${paper} portrait` };
  },
};
