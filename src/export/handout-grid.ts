// N-up handout pages: two, three (with lines for notes) or six slides per portrait page, captioned, nothing else. Pure.

import { PAPER_MM, type HandoutPaper } from './handout-page.js';
import { escapeHtml } from '../render/escape-html.js';
import { mm, printDocumentHtml, sheetRules } from './print-document.js';

export type SlidesPerPage = 2 | 3 | 6;
export const SLIDES_PER_PAGE: readonly SlidesPerPage[] = [2, 3, 6];

/** A rectangle in millimetres from the page's top-left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface GridCell {
  /** Where the slide is drawn (16:9). */
  slide: Box;
  /** The slide's number and title, under it. */
  caption: Box;
  /** Ruled lines for the reader's notes (three per page only). */
  lines?: Box;
}

export interface GridLayout {
  paper: HandoutPaper;
  perPage: SlidesPerPage;
  width: number;
  height: number;
  margin: number;
  header: Box;
  footerBottom: number;
  cells: GridCell[];
}

const CAPTION_MM = 6;

/**
 * Two per page: stacked, as wide as the text column. Three: down the left half, ruled lines beside each.
 * Six: two columns of three. Cells share the height left between the header and the footer.
 */
export function gridLayout(paper: HandoutPaper, perPage: SlidesPerPage, aspect = 16 / 9): GridLayout {
  const { width, height } = PAPER_MM[paper];
  const margin = 14;
  const header: Box = { left: margin, top: margin, width: width - 2 * margin, height: 8 };
  const top = header.top + header.height + 6;
  const bottom = height - margin - 4;
  const columns = perPage === 6 ? 2 : 1;
  const rows = perPage === 2 ? 2 : 3;
  const gap = 6;
  const columnWidth = (width - 2 * margin - (columns - 1) * gap) / columns;
  const rowHeight = (bottom - top - (rows - 1) * gap) / rows;
  const slideWidthFor = perPage === 3 ? columnWidth * 0.52 : columnWidth;
  const slideWidth = Math.min(slideWidthFor, (rowHeight - CAPTION_MM) * aspect);
  const slideHeight = slideWidth / aspect;
  const cells: GridCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const left = margin + column * (columnWidth + gap) + (perPage === 3 ? 0 : (columnWidth - slideWidth) / 2);
      const cellTop = top + row * (rowHeight + gap) + (rowHeight - slideHeight - CAPTION_MM) / 2;
      const cell: GridCell = {
        slide: { left, top: cellTop, width: slideWidth, height: slideHeight },
        caption: { left, top: cellTop + slideHeight + 1, width: slideWidth, height: CAPTION_MM - 1 },
      };
      if (perPage === 3) {
        const linesLeft = left + slideWidth + 8;
        cell.lines = { left: linesLeft, top: cellTop, width: width - margin - linesLeft, height: slideHeight + CAPTION_MM };
      }
      cells.push(cell);
    }
  }
  return { paper, perPage, width, height, margin, header, footerBottom: 8, cells };
}

export interface GridSlide {
  number: number;
  id: string;
  title: string;
}

export interface GridDocument {
  title: string;
  lang: string;
  slides: readonly GridSlide[];
  fontFaces: string;
  fontFamily: string;
}

/** Where each slide goes: its sheet (0-based) and box. */
export function gridPlacements(layout: GridLayout, count: number): { sheet: number; box: Box }[] {
  return Array.from({ length: count }, (_, index) => ({ sheet: Math.floor(index / layout.perPage), box: layout.cells[index % layout.perPage]!.slide }));
}

const place = (b: Box): string => `left:${mm(b.left)};top:${mm(b.top)};width:${mm(b.width)};height:${mm(b.height)}`;

/** The sheets with empty frames where the slides are drawn afterwards (vector, from the slides PDF). */
export function gridHandoutHtml(doc: GridDocument, layout: GridLayout): string {
  const sheets: string[] = [];
  const total = Math.max(1, Math.ceil(doc.slides.length / layout.perPage));
  for (let sheet = 0; sheet < total; sheet++) {
    const slides = doc.slides.slice(sheet * layout.perPage, (sheet + 1) * layout.perPage);
    const cells = slides
      .map((slide, index) => {
        const cell = layout.cells[index]!;
        const lines = cell.lines ? `<div class="lines" style="${place(cell.lines)}" aria-hidden="true"></div>` : '';
        return `<div class="frame" style="${place(cell.slide)}"></div>
<p class="caption" style="${place(cell.caption)}"><span class="number">${slide.number}</span> ${escapeHtml(slide.title || slide.id)}</p>${lines}`;
      })
      .join('\n');
    sheets.push(`<section class="sheet">
<header class="head" style="${place(layout.header)}"><span>${escapeHtml(doc.title)}</span></header>
${cells}
<footer class="foot"><span>${sheet + 1} / ${total}</span></footer>
</section>`);
  }
  return printDocumentHtml({
    ...doc,
    width: layout.width,
    height: layout.height,
    css: `${sheetRules(layout.width, layout.height)}
.head { position: absolute; display: flex; align-items: baseline; border-bottom: 0.4mm solid #1d4e89; font-size: 11pt; font-weight: 600; color: #0b2545; }
.head span { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.frame { position: absolute; box-sizing: border-box; border: 0.3mm solid #9aa4ae; }
.caption { position: absolute; margin: 0; font-size: ${layout.perPage === 6 ? '8pt' : '9pt'}; line-height: 1.2; color: #3c4550; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.caption .number { font-weight: 600; color: #1d4e89; margin-right: 1.5mm; }
.lines { position: absolute; background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 7.6mm, #b7bfc8 7.6mm, #b7bfc8 7.9mm); }
.foot { position: absolute; right: ${mm(layout.margin)}; bottom: ${mm(layout.footerBottom)}; font-size: 8pt; color: #6b7480; }`,
    body: sheets.join('\n'),
  });
}
