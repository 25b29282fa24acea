// PDF page sizes and where the slide sits on each: 16:9 is the slide itself; 4:3, A4 and Letter letterbox it. Pure.

import { revealConfig } from '../client/reveal-config.js';

export type PdfSize = '16:9' | '4:3' | 'a4' | 'letter';
export const PDF_SIZES: readonly PdfSize[] = ['16:9', '4:3', 'a4', 'letter'];

export interface SlideSize {
  width: number;
  height: number;
}

/** The slide size the deck is laid out at (reveal.js `width`/`height`, 1280 × 720). */
export function deckSlideSize(): SlideSize {
  const config = revealConfig(new URLSearchParams());
  return { width: Number(config.width), height: Number(config.height) };
}

/** CSS pixels per millimetre and per inch (CSS fixes 96 px to the inch; a PDF point is 1/72 inch). */
export const PX_PER_MM = 96 / 25.4;
export const PX_PER_IN = 96;
export const PT_PER_PX = 72 / 96;

/**
 * How one PDF page is laid out. The slide keeps its own layout (1280 × 720 px) and is scaled by
 * `scale` to fit the page, centred: the bands above and below (or beside) it are the page margin.
 */
export interface PageGeometry {
  size: PdfSize;
  /** The `@page` size, e.g. `297mm 210mm`. */
  cssSize: string;
  /** Page size in CSS px (96 per inch). */
  pageWidth: number;
  pageHeight: number;
  /** Slide px → page px. */
  scale: number;
  /** The page measured in slide px (page size / scale): what each page element is sized to before scaling. */
  layoutWidth: number;
  layoutHeight: number;
  /** The slide's top-left corner on the page, in slide px. */
  slideLeft: number;
  slideTop: number;
  slide: SlideSize;
}

/** Paper sizes in CSS px, landscape for slides (portrait handouts swap them). */
export const PAPER: Record<'a4' | 'letter', { width: number; height: number; css: string }> = {
  a4: { width: 297 * PX_PER_MM, height: 210 * PX_PER_MM, css: '297mm 210mm' },
  letter: { width: 11 * PX_PER_IN, height: 8.5 * PX_PER_IN, css: '11in 8.5in' },
};

export function pageGeometry(size: PdfSize, slide: SlideSize = deckSlideSize()): PageGeometry {
  let pageWidth: number;
  let pageHeight: number;
  let cssSize: string;
  if (size === '16:9') {
    [pageWidth, pageHeight] = [slide.width, slide.width * (9 / 16)];
    cssSize = `${pageWidth}px ${pageHeight}px`;
  } else if (size === '4:3') {
    [pageWidth, pageHeight] = [slide.width, slide.width * (3 / 4)];
    cssSize = `${pageWidth}px ${pageHeight}px`;
  } else {
    ({ width: pageWidth, height: pageHeight, css: cssSize } = PAPER[size]);
  }
  const scale = Math.min(pageWidth / slide.width, pageHeight / slide.height);
  const layoutWidth = pageWidth / scale;
  const layoutHeight = pageHeight / scale;
  return {
    size,
    cssSize,
    pageWidth,
    pageHeight,
    scale,
    layoutWidth,
    layoutHeight,
    slideLeft: (layoutWidth - slide.width) / 2,
    slideTop: (layoutHeight - slide.height) / 2,
    slide,
  };
}

export function isPdfSize(value: string): value is PdfSize {
  return (PDF_SIZES as readonly string[]).includes(value);
}
