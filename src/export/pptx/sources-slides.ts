// The closing "Sources" slides: the source line (linked when the headmatter has a URL) and the text of every
// paragraph the exported slides cite, in the article's order, over as many slides as it needs, all at one size. Pure.

import type { ArticleParagraph } from '../../model/article.js';
import { fitText, measureParagraphs as measure } from './fit.js';
import type { Frame } from './geometry.js';
import type { Palette } from './palette.js';
import type { PlannedSlide, TextParagraph } from './shapes.js';

export interface SourcesInput {
  /** Paragraph ids in order of first citation. */
  cited: readonly string[];
  /** The article's paragraphs, when the deck names one that could be read. */
  paragraphs?: ReadonlyMap<string, ArticleParagraph>;
  source?: string;
  sourceUrl?: string;
}

export interface SourcesSlides {
  slides: PlannedSlide[];
  /** Index (into `slides`) of the slide that lists each cited paragraph. */
  slideOf: Map<string, number>;
  /** Paragraphs too long for a slide of their own even at the smallest size: they run past the slide's body. */
  overflowing: string[];
}

const BASE_PT = 15;
const MIN_PT = 12;

export const SOURCES_SLIDE_ID = 'pptx-sources';

export function planSourcesSlides(input: SourcesInput, frame: Frame, palette: Palette): SourcesSlides {
  const slideOf = new Map<string, number>();
  if (input.cited.length === 0) return { slides: [], slideOf, overflowing: [] };
  const lead: TextParagraph[] = [];
  if (input.source) {
    lead.push({ runs: [{ text: 'Source: ' }, { text: input.source, ...(input.sourceUrl ? { link: input.sourceUrl, color: palette.link } : {}) }], color: palette.muted });
  } else if (input.sourceUrl) {
    lead.push({ runs: [{ text: 'Source: ' }, { text: input.sourceUrl, link: input.sourceUrl, color: palette.link }], color: palette.muted });
  }
  if (!input.paragraphs) lead.push({ runs: [{ text: 'The deck names no source article (headmatter article:), so only the paragraph numbers are listed.' }], color: palette.muted, italic: true });
  const entries: { id: string; paragraph: TextParagraph }[] = articleOrder(input.cited, input.paragraphs).map((id) => {
    const found = input.paragraphs?.get(id);
    const text = found ? found.text : input.paragraphs ? 'not found in the article' : '';
    return { id, paragraph: { runs: [{ text: id, bold: true, color: palette.accent }, ...(text ? [{ text: `  ${text}`, ...(found ? {} : { italic: true }) }] : [])], spaceBefore: 0.55 } };
  });
  const box = frame.body.content;
  const room = { width: box.w - 0.2, height: box.h - 0.1 };
  // One size for every Sources slide: the largest that needs no more slides than the smallest size does.
  const bySize = sizesFrom(BASE_PT, MIN_PT).map((fontPt) => ({ fontPt, pages: paginate(lead, entries, room, fontPt) }));
  const fewest = Math.min(...bySize.map((b) => b.pages.length));
  const { fontPt, pages } = bySize.find((b) => b.pages.length === fewest)!;
  const slides = pages.map((page, index): PlannedSlide => {
    for (const id of page.ids) slideOf.set(id, index);
    const title = pages.length === 1 ? 'Sources: the cited paragraphs' : `Sources: the cited paragraphs (${index + 1} of ${pages.length})`;
    return {
      id: index === 0 ? SOURCES_SLIDE_ID : `${SOURCES_SLIDE_ID}-${index + 1}`,
      master: 'content',
      citations: [],
      section: 'sources',
      notes: ['The text of every article paragraph the slides cite, so the provenance travels with the slides.'],
      shapes: [
        { kind: 'text', name: 'Title', box: frame.title.content, placeholder: 'title', paragraphs: [{ runs: [{ text: title }] }], fontPt: 32, color: palette.heading, valign: 'top' },
        { kind: 'text', name: 'Cited paragraphs', box, placeholder: 'body', paragraphs: page.paragraphs, fontPt, color: palette.text, valign: 'top' },
      ],
    };
  });
  const overflowing = pages.filter((page) => !fitText(measure(page.paragraphs), room, fontPt, fontPt).fits).flatMap((page) => page.ids);
  return { slides, slideOf, overflowing };
}

interface Page {
  paragraphs: TextParagraph[];
  ids: string[];
}

/** The entries over as many pages as they need at `fontPt`, the lead on the first; an entry too long for a page gets one to itself. */
function paginate(lead: readonly TextParagraph[], entries: readonly { id: string; paragraph: TextParagraph }[], room: { width: number; height: number }, fontPt: number): Page[] {
  const pages: Page[] = [];
  let current: Page = { paragraphs: [...lead], ids: [] };
  for (const entry of entries) {
    const candidate = [...current.paragraphs, entry.paragraph];
    if (current.ids.length === 0 || fitText(measure(candidate), room, fontPt, fontPt).fits) {
      current = { paragraphs: candidate, ids: [...current.ids, entry.id] };
    } else {
      pages.push(current);
      current = { paragraphs: [{ ...entry.paragraph, spaceBefore: 0 }], ids: [entry.id] };
    }
  }
  pages.push(current);
  return pages;
}

/** Cited ids in the article's order (the order of its paragraphs); ids it lacks, or every id when there is no article, in order of citation after them. */
function articleOrder(cited: readonly string[], paragraphs: ReadonlyMap<string, ArticleParagraph> | undefined): string[] {
  const position = new Map([...(paragraphs?.keys() ?? [])].map((id, index) => [id, index]));
  const rank = (id: string): number => position.get(id) ?? position.size + cited.indexOf(id);
  return [...cited].sort((a, b) => rank(a) - rank(b));
}

/** `from`, `from - 0.5`, … down to `to`, in points. */
function sizesFrom(from: number, to: number): number[] {
  return Array.from({ length: Math.round((from - to) * 2) + 1 }, (_, i) => from - i / 2);
}
