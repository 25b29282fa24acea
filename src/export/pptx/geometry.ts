// Slide sizes and the regions every master shares (banner, title, body, footer), in inches. Pure.

import type { Box, MasterName } from './shapes.js';

export const PPTX_SIZES = ['16:9', '4:3'] as const;
export type PptxSize = (typeof PPTX_SIZES)[number];

export function isPptxSize(value: string): value is PptxSize {
  return (PPTX_SIZES as readonly string[]).includes(value);
}

export interface Frame {
  size: PptxSize;
  width: number;
  height: number;
  margin: number;
  bannerTop?: Box;
  bannerBottom?: Box;
  footer: Box;
  slideNumber: Box;
  /** Title and body regions per master. */
  title: Record<MasterName, Box>;
  body: Record<MasterName, Box>;
}

/** A text frame's inner margins, inches. */
export interface Insets {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every text frame's margins: 0.1 in at the sides, 0.05 in above and below. */
export const TEXT_INSETS: Insets = { left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 };
/** A frame with a rule on its left edge and a tint (bottom line, quotations): room for the rule, and air inside the tint. */
export const RULED_INSETS: Insets = { left: 0.25, top: 0.1, right: 0.15, bottom: 0.1 };

const BANNER_HEIGHT = 0.3;
const FOOTER_HEIGHT = 0.32;

/** 16:9 is 13.33 × 7.5 in (the deck's 1280 × 720 px at 96 dpi); 4:3 is 10 × 7.5 in. */
export function frameFor(size: PptxSize, banner: boolean): Frame {
  const width = size === '16:9' ? 13.333 : 10;
  const height = 7.5;
  const margin = size === '16:9' ? 0.6 : 0.5;
  const top = banner ? BANNER_HEIGHT + 0.1 : 0.15;
  const bottomEdge = height - (banner ? BANNER_HEIGHT : 0);
  const footer: Box = { x: margin, y: bottomEdge - FOOTER_HEIGHT - 0.06, w: width - 2 * margin - 1.1, h: FOOTER_HEIGHT };
  const slideNumber: Box = { x: width - margin - 1, y: footer.y, w: 1, h: FOOTER_HEIGHT };
  const inner = width - 2 * margin;
  const contentTop = top + 0.3;
  const bodyBottom = footer.y - 0.12;
  const heading: Box = { x: margin, y: contentTop, w: inner, h: 1.05 };
  const bodyTop = heading.y + heading.h + 0.2;
  const body: Box = { x: margin, y: bodyTop, w: inner, h: bodyBottom - bodyTop };
  const gap = 0.45;
  const half = (inner - gap) / 2;
  const compactTitle: Box = { x: margin, y: contentTop - 0.1, w: inner, h: 0.75 };
  const compactTop = compactTitle.y + compactTitle.h + 0.12;
  const coverTitle: Box = { x: margin, y: height * 0.27, w: inner * 0.9, h: 1.9 };
  const coverBody: Box = { x: margin, y: coverTitle.y + coverTitle.h + 0.25, w: inner * 0.9, h: bodyBottom - (coverTitle.y + coverTitle.h + 0.25) };
  return {
    size,
    width,
    height,
    margin,
    ...(banner ? { bannerTop: { x: 0, y: 0, w: width, h: BANNER_HEIGHT }, bannerBottom: { x: 0, y: height - BANNER_HEIGHT, w: width, h: BANNER_HEIGHT } } : {}),
    footer,
    slideNumber,
    title: { title: coverTitle, section: coverTitle, content: heading, 'two-content': heading, 'title-only': heading, diagram: compactTitle },
    body: {
      title: coverBody,
      section: coverBody,
      content: body,
      'two-content': { ...body, w: half },
      'title-only': body,
      diagram: { x: margin, y: compactTop, w: inner, h: bodyBottom - compactTop },
    },
  };
}

/** The right-hand body of the two-content master. */
export function rightColumn(frame: Frame): Box {
  const left = frame.body['two-content'];
  return { ...left, x: frame.width - frame.margin - left.w };
}
