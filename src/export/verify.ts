// Checks on what an export made: PDF page count, PNG size, slides that overflow their box, diagrams never rendered.

import type { Page } from 'playwright-core';
import { PDFDocument } from './pdf-lib.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { shownFromDeck } from '../render/deck-relative.js';
import { deckSlideSize } from './page-size.js';
import { ensureNameShim } from './page-script.js';
import { keepThemeLayout } from './print-view.js';

/** A file whose content is not what the export promised; the CLI exits 1 and the file is not kept. */
export class ExportVerificationError extends Error {
  override name = 'ExportVerificationError';
}

/** Throws when the PDF does not have `expected` pages; `what` explains the count, e.g. `10 slides + 4 fragment steps`. */
export async function verifyPdfPageCount(pdf: Uint8Array, expected: number, what: string): Promise<number> {
  return checkPageCount((await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount(), expected, what);
}

/** `actual` when it is `expected`, else the ExportVerificationError of verifyPdfPageCount (for a PDF already loaded). */
export function checkPageCount(actual: number, expected: number, what: string): number {
  if (actual !== expected) {
    throw new ExportVerificationError(`the PDF has ${actual} page${actual === 1 ? '' : 's'}, but ${what} make${expected === 1 ? 's' : ''} ${expected}; nothing was written`);
  }
  return actual;
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23); undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function verifyPngSize(png: Uint8Array, width: number, height: number, name: string): void {
  const size = pngSize(png);
  if (!size) throw new ExportVerificationError(`${name} is not a PNG image`);
  if (size.width !== width || size.height !== height) {
    throw new ExportVerificationError(`${name} is ${size.width} × ${size.height} px, expected ${width} × ${height} px`);
  }
}

/** A slide whose content does not fit its 1280 × 720 box. */
export interface OverflowingSlide {
  id: string;
  /** `path:start-end` from the slide's `data-source`, the path shown from where the command ran. */
  source: string;
  file: string;
  line: number;
  /** How far content reaches past each edge of the slide box, in slide px (0 when it does not). */
  bottom: number;
  right: number;
  /** The element that reaches furthest out, e.g. `ul` or `pre`. */
  element: string;
}

/**
 * Slides whose content overflows the slide box (the `<section>`, 1280 × 720), so part of it is cut off:
 * an element's or a text's bounding box reaches outside the section's box. (The section's scrollHeight is
 * not used alone: it counts the bottom padding and the last margin, so a slide whose text only reaches
 * into its padding, fully visible, would be reported.) Needs the print view (`openPrintView`), where every
 * slide is laid out at once; speaker notes are ignored. `export` reports these as warnings, `check` as errors.
 */
export async function findOverflowingSlides(page: Page, deckFolder: string): Promise<OverflowingSlide[]> {
  const isPrintView = await page.evaluate(() => document.documentElement.classList.contains('reveal-print'));
  if (!isPrintView) throw new Error('findOverflowingSlides needs the deck in print view: open it with openPrintView() (URL ?print-pdf)');
  await ensureNameShim(page);
  await keepThemeLayout(page, deckSlideSize().height);
  const found = await page.evaluate(() => {
    const tolerance = 1;
    const seen = new Set<string>();
    const results: { id: string; source: string; bottom: number; right: number; element: string }[] = [];
    const range = document.createRange();
    for (const section of Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides section[data-source]'))) {
      if (seen.has(section.id) || section.querySelector('section') !== null) continue;
      seen.add(section.id);
      const box = section.getBoundingClientRect();
      if (box.width === 0 || section.offsetWidth === 0) continue;
      const scale = box.width / section.offsetWidth;
      let [bottom, right, worst, element] = [0, 0, 0, ''];
      // Elements and text, but not the notes, nor an SVG's inner shapes (the SVG's own box clips them and is checked).
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, (node) =>
        node.parentElement?.closest('aside.notes') || (node instanceof Element && node.closest('aside.notes')) || (node instanceof SVGElement && node.ownerSVGElement !== null)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
      );
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        let rect: DOMRect;
        if (node instanceof Element) rect = node.getBoundingClientRect();
        else {
          if (!node.textContent?.trim()) continue;
          range.selectNodeContents(node);
          rect = range.getBoundingClientRect();
        }
        if (rect.width === 0 && rect.height === 0) continue;
        const below = Math.max(0, (rect.bottom - box.bottom) / scale, (box.top - rect.top) / scale);
        const beside = Math.max(0, (rect.right - box.right) / scale, (box.left - rect.left) / scale);
        bottom = Math.max(bottom, below);
        right = Math.max(right, beside);
        if (Math.max(below, beside) > worst) {
          worst = Math.max(below, beside);
          element = node instanceof Element ? node.tagName.toLowerCase() : (node.parentElement?.tagName.toLowerCase() ?? '');
        }
      }
      if (bottom > tolerance || right > tolerance) {
        results.push({ id: section.id, source: section.getAttribute('data-source') ?? '', bottom: Math.round(bottom), right: Math.round(right), element });
      }
    }
    return results;
  });
  return found.map((slide) => {
    const source = shownSource(slide.source, deckFolder);
    return { ...slide, source, ...splitSource(source) };
  });
}

/** A `data-source` (`deck.md:12-30`, relative to the deck folder) with its path shown from where the command ran (`deckFolder`). */
export function shownSource(source: string, deckFolder: string): string {
  const { file } = splitSource(source);
  return source === '' ? '' : `${shownFromDeck(file, deckFolder)}${source.slice(file.length)}`;
}

/** `slides/deck.md:12-30` → file and first line. */
export function splitSource(source: string): { file: string; line: number } {
  const match = /^(.*):(\d+)(?:-\d+)?$/.exec(source);
  return match ? { file: match[1]!, line: Number(match[2]) } : { file: source, line: 0 };
}

export function overflowDiagnostics(slides: readonly OverflowingSlide[], severity: Severity): Diagnostic[] {
  return slides.map((slide) => {
    const edges = [slide.bottom > 1 ? `${slide.bottom} px past the bottom` : '', slide.right > 1 ? `${slide.right} px past the right edge` : ''].filter(Boolean).join(' and ');
    return {
      severity,
      code: 'slide-overflow',
      file: slide.file,
      line: slide.line,
      column: 0,
      message: `slide "${slide.id}" (${slide.source}) does not fit its box: content reaches ${edges}${slide.element ? ` (a <${slide.element}>)` : ''}, so it is cut off`,
      hint: 'shorten the slide, split it with ---, or move detail into the speaker notes',
    };
  });
}

/** Notes pages (`--notes separate`) whose notes do not fit the page: the ids of their slides. */
export async function findOverflowingNotes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.speaker-notes-pdf[data-briefdeck-slide]'))
      .filter((notes) => notes.scrollHeight > notes.clientHeight + 1)
      .map((notes) => notes.getAttribute('data-briefdeck-slide') ?? ''),
  );
}

/** A warning that a slide's notes are cut off `where` (e.g. `on one notes page`). */
export function notesOverflowDiagnostic(id: string, slides: readonly { id: string; source: string }[], where: string, hint: string): Diagnostic {
  const source = slides.find((slide) => slide.id === id)?.source ?? '';
  return { severity: 'warning', code: 'notes-overflow', ...splitSource(source), column: 0, message: `the notes of slide "${id}" do not fit ${where} and are cut off`, hint };
}

/** Diagrams still waiting to be rendered (`data-diagram-pending`): the export shows their placeholder. */
export async function findPendingDiagrams(page: Page, deckFolder: string, slideIds?: readonly string[]): Promise<Diagnostic[]> {
  const pending = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-diagram-pending]')).map((figure) => ({
      slideId: figure.closest('section')?.id ?? '',
      source: figure.getAttribute('data-source-line') ?? figure.closest('section')?.getAttribute('data-source') ?? '',
    })),
  );
  const wanted = slideIds ? new Set(slideIds) : undefined;
  const sources = pending.filter((diagram) => !wanted || wanted.has(diagram.slideId)).map((diagram) => diagram.source);
  return [...new Set(sources)].map((source): Diagnostic => ({
    severity: 'warning',
    code: 'diagram-not-rendered',
    ...splitSource(shownSource(source, deckFolder)),
    column: 0,
    message: 'this diagram was not rendered when the deck was built, so the export shows a placeholder',
    hint: 'build with diagrams enabled (a Chromium is needed at build time), then export again',
  }));
}
