// The handout page: portrait paper with a header, a box where the slide is drawn, and the notes below. Pure.

import { mm, printDocumentHtml, sheetRules } from './print-document.js';
import { escapeHtml } from '../render/escape-html.js';

export type HandoutPaper = 'a4' | 'letter';

/** Positions on a handout page in millimetres from the top-left corner. */
export interface HandoutLayout {
  paper: HandoutPaper;
  width: number;
  height: number;
  margin: number;
  header: { top: number; height: number };
  /** Where the slide goes (16:9), inside a thin frame. */
  slide: { left: number; top: number; width: number; height: number };
  notes: { left: number; top: number; width: number; height: number };
  footer: { bottom: number };
}

export const PAPER_MM: Record<HandoutPaper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** A frame line width, so the slide is drawn inside it. */
export const FRAME_MM = 0.3;

export function handoutLayout(paper: HandoutPaper, slideAspect = 16 / 9): HandoutLayout {
  const { width, height } = PAPER_MM[paper];
  const margin = 16;
  const header = { top: margin, height: 9 };
  const slideWidth = width - 2 * margin;
  const slide = { left: margin, top: header.top + header.height + 4, width: slideWidth, height: slideWidth / slideAspect };
  const notesTop = slide.top + slide.height + 8;
  const footer = { bottom: 9 };
  return { paper, width, height, margin, header, slide, notes: { left: margin, top: notesTop, width: slideWidth, height: height - notesTop - margin - 2 }, footer };
}

export interface HandoutSheet {
  number: number;
  id: string;
  title: string;
  /** The slide's speaker notes as HTML (from the deck's own rendering); empty when none. */
  notesHtml: string;
}

export interface HandoutDocument {
  title: string;
  lang: string;
  sheets: readonly HandoutSheet[];
  /** `@font-face` rules of the deck, with absolute URLs, so notes use the deck's font. */
  fontFaces: string;
  /** The deck's main font stack (its `--r-main-font`). */
  fontFamily: string;
}

/** The handout as one HTML document, one `.sheet` per slide; the slide box is left empty for the slide to be drawn in. A slide without notes gets no notes box: nothing is printed in its place. */
export function handoutHtml(doc: HandoutDocument, layout: HandoutLayout): string {
  const box = (b: { left: number; top: number; width: number; height: number }): string => `left:${mm(b.left)};top:${mm(b.top)};width:${mm(b.width)};height:${mm(b.height)}`;
  const total = doc.sheets.length;
  const sheets = doc.sheets
    .map(
      (sheet, index) => `<section class="sheet" data-slide="${escapeHtml(sheet.id)}">
<header class="head"><span class="number">${sheet.number}</span><span class="title">${escapeHtml(sheet.title || sheet.id)}</span></header>
<div class="slide"></div>
${sheet.notesHtml.trim() ? `<div class="notes"><div class="notes-body">${sheet.notesHtml}</div></div>` : ''}
<footer class="foot"><span>${escapeHtml(doc.title)}</span><span>${index + 1} / ${total}</span></footer>
</section>`,
    )
    .join('\n');
  return printDocumentHtml({
    ...doc,
    width: layout.width,
    height: layout.height,
    css: `${sheetRules(layout.width, layout.height)}
.head { position: absolute; ${box({ left: layout.margin, top: layout.header.top, width: layout.width - 2 * layout.margin, height: layout.header.height })};
  display: flex; gap: 3mm; align-items: baseline; border-bottom: 0.4mm solid #1d4e89; font-size: 12pt; font-weight: 600; color: #0b2545; }
.head .number { color: #1d4e89; min-width: 6mm; }
.head .title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.slide { position: absolute; ${box(layout.slide)}; box-sizing: border-box; border: ${mm(FRAME_MM)} solid #9aa4ae; }
.notes { position: absolute; ${box(layout.notes)}; overflow: hidden; font-size: 11.5pt; line-height: 1.45; }
.notes p, .notes ul, .notes ol { margin: 0 0 2.5mm 0; }
.notes ul, .notes ol { padding-left: 5mm; }
.notes sup.cite { font-size: 0.75em; color: #4a5562; }
.notes sup.cite::before { content: '['; }
.notes sup.cite::after { content: ']'; }
.notes sup.cite a { color: inherit; text-decoration: none; }
.foot { position: absolute; left: ${mm(layout.margin)}; right: ${mm(layout.margin)}; bottom: ${mm(layout.footer.bottom)};
  display: flex; justify-content: space-between; font-size: 8pt; color: #6b7480; }`,
    body: sheets,
  });
}
