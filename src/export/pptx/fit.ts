// How much room text takes in a PowerPoint box, and the largest font size within bounds at which it fits. Pure.
// Widths are estimated from an average glyph width (PowerPoint lays text out itself, with the fonts it has), so
// the estimate leans wide: a box that fits here fits with Source Sans 3 and with the usual sans-serif stand-ins.

import type { TextParagraph } from './shapes.js';

/** Average advance of a character, in ems: Source Sans 3 averages ~0.47, common stand-ins up to ~0.55. */
const CHAR_EM = 0.52;
const BOLD_FACTOR = 1.06;
/** PowerPoint's single line spacing, as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;
const POINTS_PER_INCH = 72;
/** Left indent of a bullet paragraph per level, inches. */
export const INDENT_PER_LEVEL = 0.38;

export interface MeasuredParagraph {
  text: string;
  /** Font size relative to the frame's size (1 = the frame's size). */
  scale: number;
  /** Left indent in inches (bullets, levels). */
  indent: number;
  /** Space before the paragraph, relative to the frame's font size (0.3 = 30% of a line). */
  spaceBefore: number;
  bold?: boolean;
}

export interface TextBox {
  /** Inches, inside the box's insets. */
  width: number;
  height: number;
}

/** Lines a paragraph wraps to at `fontPt` in `width` inches (greedy word wrap; a word longer than a line breaks). */
export function wrappedLines(text: string, width: number, fontPt: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width * POINTS_PER_INCH) / (fontPt * CHAR_EM * (bold ? BOLD_FACTOR : 1))));
  let lines = 0;
  for (const line of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of line.split(/\s+/).filter((w) => w !== '')) {
      const length = [...word].length;
      if (used === 0) {
        lines += Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      }
    }
  }
  return lines;
}

/** Height in inches the paragraphs take at `fontPt`. */
export function textHeight(paragraphs: readonly MeasuredParagraph[], width: number, fontPt: number): number {
  let points = 0;
  paragraphs.forEach((p, index) => {
    const size = fontPt * p.scale;
    if (index > 0) points += p.spaceBefore * fontPt;
    points += wrappedLines(p.text, Math.max(0.5, width - p.indent), size, p.bold) * size * LINE_HEIGHT;
  });
  return points / POINTS_PER_INCH;
}

export interface Fit {
  fontPt: number;
  /** False when even `minPt` overflows the box. */
  fits: boolean;
  /** Height at the chosen size, inches. */
  height: number;
}

/** The largest size from `basePt` down to `minPt` (half-point steps) at which the text fits `box`. */
export function fitText(paragraphs: readonly MeasuredParagraph[], box: TextBox, basePt: number, minPt: number): Fit {
  for (let size = basePt; size >= minPt; size -= 0.5) {
    const height = textHeight(paragraphs, box.width, size);
    if (height <= box.height) return { fontPt: size, fits: true, height };
  }
  return { fontPt: minPt, fits: false, height: textHeight(paragraphs, box.width, minPt) };
}

/** Planned paragraphs as the estimator sees them (a citation counts as its short superscript label). */
export function measureParagraphs(paragraphs: readonly TextParagraph[], bold = false): MeasuredParagraph[] {
  return paragraphs.map((p) => ({
    text: p.runs.map((r) => (r.breakBefore ? `\n${r.text}` : r.cite ? r.text.slice(0, 4) : r.text)).join(''),
    scale: p.scale ?? 1,
    indent: p.level !== undefined ? INDENT_PER_LEVEL * (p.level + 1) : 0,
    spaceBefore: p.spaceBefore ?? 0,
    bold: bold || p.bold === true,
  }));
}
