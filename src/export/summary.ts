// `briefdeck export pdf --summary`: one portrait page a reader keeps — the bottom line, key points, questions, what to watch and the source.

import type { Page } from 'playwright-core';
import type { Diagnostic } from '../model/diagnostic.js';
import { openImageView, readDeckInfo } from './deck-page.js';
import { handoutPaper, readNotesAndFonts } from './handout.js';
import { pdfMetadata, savePdf, type PdfOptions } from './pdf.js';
import { printPdf } from './print-pdf.js';
import { summaryContent, summaryHtml, withoutOneItem, type SummaryContent, type SummarySlide, type SummarySource, type SummaryStyle } from './summary-page.js';
import type { ExportContext, Exporter } from './types.js';

/** Body sizes tried, largest first, before points are left out to fit the page. */
const FONT_SIZES_PT = [11, 10.5, 10, 9.5, 9];

/** Every slide's text as a reader sees it: notes left out, each citation written `[p3]`. */
async function readSummarySlides(page: Page): Promise<{ slides: SummarySlide[]; source: SummarySource }> {
  return page.evaluate(async () => {
    const textOf = (element: Element): string => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('aside.notes, ul, ol').forEach((nested) => nested !== copy && nested.remove());
      copy.querySelectorAll('sup.cite').forEach((cite) => cite.replaceWith(` [${(cite.getAttribute('data-cite') ?? '').split(' ').join(', ')}]`));
      return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/\s+([.,;:])/g, '$1').trim();
    };
    const slides = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')).map((section) => {
      const own = (selector: string): Element[] => Array.from(section.querySelectorAll(selector)).filter((element) => !element.closest('aside.notes, figure') && element.closest('section') === section);
      return {
        id: section.id,
        section: section.dataset.section ?? '',
        layout: /(?:^|\s)layout-([\w-]+)/.exec(section.className)?.[1] ?? '',
        title: textOf(section.querySelector('h1, h2') ?? document.createElement('span')),
        paragraphs: own('p').filter((p) => !p.closest('li')).map(textOf).filter(Boolean),
        items: own('li').filter((li) => !li.parentElement?.closest('li')).map(textOf).filter(Boolean),
      };
    });
    // The article's head: from the copy a stand-alone page carries, else from the source page beside the deck.
    const data = window.briefdeck?.source;
    let embedded: ParentNode | null = document.getElementById('bd-source');
    if (!embedded && data) {
      const response = await fetch(new URL(data.page, location.href));
      if (response.ok) embedded = new DOMParser().parseFromString(await response.text(), 'text/html');
    }
    const source = {
      ...(document.querySelector('.bd-footer-source[title]') ? { citedAs: document.querySelector('.bd-footer-source[title]')!.getAttribute('title')! } : {}),
      ...(embedded?.querySelector('h1') ? { article: embedded.querySelector('h1')!.textContent!.trim() } : {}),
      ...(embedded?.querySelector('.bd-source-facts') ? { facts: embedded.querySelector('.bd-source-facts')!.textContent!.trim() } : {}),
      ...(embedded ? { paragraphs: embedded.querySelectorAll('.bd-paragraph').length } : {}),
    };
    return { slides, source };
  });
}

/** Lays the summary out on one page: the largest text size that fits, else points left out from the longest part. */
async function fitOnePage(page: Page, content: SummaryContent, style: Omit<SummaryStyle, 'fontPt'>): Promise<{ content: SummaryContent; fontPt: number; dropped: number }> {
  const overflows = async (candidate: SummaryContent, fontPt: number): Promise<boolean> => {
    await page.setContent(summaryHtml(candidate, { ...style, fontPt }), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page.evaluate(() => {
      const main = document.querySelector('main')!;
      return main.scrollHeight > main.clientHeight + 1;
    });
  };
  for (const fontPt of FONT_SIZES_PT) {
    if (!(await overflows(content, fontPt))) return { content, fontPt, dropped: 0 };
  }
  const smallest = FONT_SIZES_PT.at(-1)!;
  let current = content;
  let dropped = 0;
  for (let next = withoutOneItem(current); next; next = withoutOneItem(current)) {
    current = next;
    dropped += 1;
    if (!(await overflows(current, smallest))) break;
  }
  return { content: current, fontPt: smallest, dropped };
}

/** `briefdeck export pdf --summary`. */
export const summaryExporter: Exporter<PdfOptions> = {
  format: 'pdf',
  async run(context: ExportContext, options: PdfOptions) {
    const paper = handoutPaper(options.size);
    context.progress('reading the deck for its summary …');
    const deckPage = await openImageView(context.pages ?? context.browser, context.url, 1);
    let read: Awaited<ReturnType<typeof readSummarySlides>>;
    let deck: Awaited<ReturnType<typeof readDeckInfo>>;
    let fonts: Awaited<ReturnType<typeof readNotesAndFonts>>;
    try {
      [read, deck, fonts] = await Promise.all([readSummarySlides(deckPage), readDeckInfo(deckPage, context.deckFolder), readNotesAndFonts(deckPage, [])]);
    } finally {
      await deckPage.close();
    }
    const content = summaryContent(deck.title, read.slides, read.source);
    const page = await context.browser.newPage();
    const warnings: Diagnostic[] = [];
    try {
      // On the deck's origin, so the deck's font files load (see printHandoutPages).
      await page.goto(new URL('briefdeck-summary', context.url).href);
      const fitted = await fitOnePage(page, content, { paper, fontFaces: fonts.fontFaces, fontFamily: fonts.fontFamily, lang: fonts.lang });
      if (fitted.dropped > 0) {
        warnings.push({
          severity: 'warning', code: 'summary-too-long', file: deck.slides[0]?.source.split(':')[0] ?? '', line: 0, column: 0,
          message: `the summary left out ${fitted.dropped} point${fitted.dropped === 1 ? '' : 's'} to fit on one page`,
          hint: 'shorten the bullets of the bottom-line, key-judgements, open-questions or what-to-watch slides',
        });
      }
      context.progress('printing the one-page summary …');
      const pdf = await printPdf(page);
      const count = await savePdf(pdf, { out: options.out, metadata: pdfMetadata(deck), bookmarks: [], expected: 1, expectedWhat: 'a one-page summary' });
      const parts = fitted.content.parts.map((part) => part.heading.toLowerCase()).join(', ');
      return { files: [options.out], count, warnings, summary: `a one-page summary (${parts}${fitted.content.source.length > 0 ? ', source' : ''}), ${paper === 'a4' ? 'A4' : 'Letter'} portrait, ${fitted.fontPt} pt` };
    } finally {
      await page.close();
    }
  },
};
