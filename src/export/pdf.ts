// PDF export of the slides through reveal.js's print view: one page per slide (or fragment step, or notes page).

import type { Page } from 'playwright-core';
import type { Diagnostic } from '../model/diagnostic.js';
import { writeFileAtomic } from './atomic-write.js';
import { printPdf } from './print-pdf.js';
import { addSourceAppendix } from './source-appendix.js';
import { openPrintView, readDeckInfo, type DeckInfo } from './deck-page.js';
import { finishPdf, slideBookmarks, type Bookmark, type PdfMetadata } from './pdf-metadata.js';
import { PT_PER_PX, pageGeometry, type PdfSize } from './page-size.js';
import { applyPageGeometry, expectedPageCount, hideFlowChrome, keepThemeLayout, selectPrintPages, type PrintPage } from './print-view.js';
import { selectSlides } from './range.js';
import type { ExportContext, Exporter, SlideRef } from './types.js';
import type { NotesMode } from './notes-mode.js';
import { findOverflowingNotes, findOverflowingSlides, findPendingDiagrams, notesOverflowDiagnostic, overflowDiagnostics, splitSource, checkPageCount } from './verify.js';

export interface PdfOptions {
  /** Absolute path of the PDF to write. */
  out: string;
  /** `1,3-5`: 1-based slide numbers in deck order; all slides when absent. */
  range?: string;
  fragments: boolean;
  notes: NotesMode;
  size: PdfSize;
}

export interface PrintRequest {
  range?: string;
  /** The deck folder as seen from where the command ran (see ExportContext). */
  deckFolder: string;
  fragments: boolean;
  /** A notes page after each slide with notes. */
  notes: boolean;
  size: PdfSize;
  /** Pages quoting the cited source paragraphs after the slides, the citations linking to them. */
  appendix?: boolean;
}

/** Slides printed by the print view, with what each page shows and what was wrong on the way. */
export interface PrintedSlides {
  pdf: Uint8Array;
  deck: DeckInfo;
  selected: SlideRef[];
  pages: PrintPage[];
  /** Page count computed independently from the DOM, and how it was counted. */
  expected: number;
  expectedWhat: string;
  warnings: Diagnostic[];
}

/** Lays out the deck in `page` (already in print view), selects, checks and sizes the pages, and prints them. */
export async function printSlides(page: Page, request: PrintRequest, progress: (line: string) => void): Promise<PrintedSlides> {
  const deck = await readDeckInfo(page, request.deckFolder);
  const selected = selectSlides(deck.slides, request.range);
  const ids = selected.map((slide) => slide.id);
  const geometry = pageGeometry(request.size);
  await keepThemeLayout(page, geometry.slide.height);
  const overflowing = (await findOverflowingSlides(page, request.deckFolder)).filter((slide) => ids.includes(slide.id));
  const warnings = [...overflowDiagnostics(overflowing, 'warning'), ...(await findPendingDiagrams(page, request.deckFolder, ids))];
  for (const chrome of await hideFlowChrome(page)) warnings.push(chromeNotPrinted(chrome, deck.slides[0]?.source ?? ''));
  const notesLabels = Object.fromEntries(selected.map((slide) => [slide.id, `${slide.number} · ${slide.title || slide.id}`]));
  const pages = await selectPrintPages(page, { keep: ids, notesLabels });
  const appendix = request.appendix ? await addSourceAppendix(page, Object.fromEntries(selected.map((slide) => [slide.id, slide.number]))) : undefined;
  for (let index = 0; index < (appendix?.pages ?? 0); index++) pages.push({ kind: 'appendix', slideId: '' });
  const expected = (await expectedPageCount(page, ids, { fragments: request.fragments, notes: request.notes })) + (appendix?.pages ?? 0);
  await applyPageGeometry(page, geometry);
  if (request.notes) {
    for (const id of await findOverflowingNotes(page)) warnings.push(notesOverflowDiagnostic(id, selected, 'on one notes page', 'shorten the notes, or export a handout (--notes handout)'));
  }
  progress(`printing ${pages.length} page${pages.length === 1 ? '' : 's'} (${selected.length} slide${selected.length === 1 ? '' : 's'}) …`);
  const pdf = await printPdf(page);
  return { pdf, deck, selected, pages, expected, expectedWhat: describeCount(selected.length, expected, request, appendix?.pages ?? 0), warnings };
}

function chromeNotPrinted(chrome: string, firstSlideSource: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'chrome-not-printed',
    file: splitSource(firstSlideSource).file,
    line: 0,
    column: 0,
    message: `the deck's <${chrome}> around the slides is not printed: in print it would add a page of its own`,
    hint: 'deck chrome needs print styles before the export can repeat it on every page (see src/export/print-view.ts)',
  };
}

function describeCount(slides: number, expected: number, request: PrintRequest, appendixPages: number): string {
  const extras = [request.fragments ? 'fragment steps' : '', request.notes ? 'notes pages' : ''].filter(Boolean).join(' and ');
  const plural = slides === 1 ? 'slide' : 'slides';
  const counted = extras && expected - appendixPages !== slides ? `${slides} ${plural} with their ${extras}` : `${slides} ${plural}`;
  return appendixPages > 0 ? `${counted} and ${appendixPages} source page${appendixPages === 1 ? '' : 's'}` : counted;
}

/** Document info for an exported deck: the page's own meta tags first, then the facts its build data carries. */
export function pdfMetadata(deck: DeckInfo): PdfMetadata {
  const { facts } = deck;
  const author = deck.author || facts.author;
  const subject = deck.description || facts.subject;
  return {
    title: deck.title,
    ...(author ? { author } : {}),
    ...(subject ? { subject } : {}),
    ...(facts.keywords ? { keywords: facts.keywords } : {}),
    ...(facts.source ? { source: facts.source } : {}),
  };
}

export interface SaveRequest {
  out: string;
  metadata: PdfMetadata;
  bookmarks: readonly Bookmark[];
  expected: number;
  expectedWhat: string;
}

/** Checks the page count, adds metadata and bookmarks, and writes the PDF next to the target, then renames it into place. */
export async function savePdf(pdf: Uint8Array, request: SaveRequest): Promise<number> {
  let pages = 0;
  const finished = await finishPdf(pdf, request.metadata, request.bookmarks, (doc) => {
    pages = checkPageCount(doc.getPageCount(), request.expected, request.expectedWhat);
  });
  await writeFileAtomic(request.out, finished);
  return pages;
}

/** The first PDF page showing each slide (0-based), for bookmarks. */
export function firstPages(pages: readonly PrintPage[], slides: readonly SlideRef[]): (slideNumber: number) => number {
  return (slideNumber) => {
    const id = slides.find((slide) => slide.number === slideNumber)?.id;
    return Math.max(0, pages.findIndex((page) => page.kind === 'slide' && page.slideId === id));
  };
}

export function describeSize(size: PdfSize, pages: number): string {
  const g = pageGeometry(size);
  const pt = (px: number): number => Math.round(px * PT_PER_PX * 10) / 10;
  return `${pages} page${pages === 1 ? '' : 's'}, ${size} (${pt(g.pageWidth)} × ${pt(g.pageHeight)} pt)`;
}

/** `briefdeck export pdf` without handouts: slides, optional fragment steps and notes pages. */
export const pdfExporter: Exporter<PdfOptions> = {
  format: 'pdf',
  async run(context: ExportContext, options: PdfOptions) {
    if (options.notes === 'handout') throw new Error('handouts are made by handoutExporter');
    context.progress('laying out slides for print …');
    const page = await openPrintView(context.pages ?? context.browser, context.url, { fragments: options.fragments, notes: options.notes === 'separate' });
    let printed: PrintedSlides;
    try {
      printed = await printSlides(page, { ...(options.range !== undefined ? { range: options.range } : {}), deckFolder: context.deckFolder, fragments: options.fragments, notes: options.notes === 'separate', size: options.size, appendix: true }, context.progress);
    } finally {
      await page.close();
    }
    // Printed: the browser closes while the PDF gets its metadata and bookmarks.
    context.releaseBrowser?.();
    const appendixPage = printed.pages.findIndex((printedPage) => printedPage.kind === 'appendix');
    const count = await savePdf(printed.pdf, {
      out: options.out,
      metadata: pdfMetadata(printed.deck),
      bookmarks: [
        ...slideBookmarks(printed.selected, firstPages(printed.pages, printed.selected)),
        ...(appendixPage >= 0 ? [{ title: 'Source paragraphs', pageIndex: appendixPage, children: [] }] : []),
      ],
      expected: printed.expected,
      expectedWhat: printed.expectedWhat,
    });
    return { files: [options.out], count, warnings: printed.warnings, summary: describeSize(options.size, count) };
  },
};
