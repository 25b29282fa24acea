// `--range 1,3-5` for exports: the slide-selection language (briefing/selection.ts) with bare numbers as slide numbers, kept in deck order. Pure.

import { parseSelection, slidesPicked, type SelectableSlide, type Selector } from '../briefing/selection.js';

/** A range the user wrote that cannot be used; the message names the bad part. */
export class SlideRangeError extends Error {
  override name = 'SlideRangeError';
}

/** One `a` or `a-b` part of a range, 1-based and inclusive. */
export interface RangePart {
  text: string;
  start: number;
  end: number;
}

/** Every part of a `--range` as a selector (numbers, ids, sections, tags, FROM..TO, *); throws for the first bad part. */
export function parseRangeSelectors(text: string): { text: string; selector: Selector }[] {
  const parts = parseSelection(text, 'positions');
  if (parts.length === 0) throw new SlideRangeError('the range is empty; give slide numbers such as 1,3-5');
  return parts.map((part) => {
    if ('problem' in part) throw new SlideRangeError(part.problem.includes('empty part') ? `${part.problem}; give slide numbers such as 1,3-5` : part.problem);
    return part;
  });
}

/** Checks a range of slide numbers alone (no total needed): every part must be `a` or `a-b`. */
export function parseRangeSpec(text: string): RangePart[] {
  return parseRangeSelectors(text).map(({ text: part, selector }) => {
    if (selector.kind !== 'position') throw new SlideRangeError(`"${part}" is not a slide number or a range such as 3-5`);
    return { text: part, start: selector.from, end: selector.to };
  });
}

/** The slide numbers a range selects, ascending and without repeats; a part beyond `total` is an error. */
export function resolveRange(parts: readonly RangePart[], total: number): number[] {
  const slides = Array.from({ length: total }, (_slide, index) => ({ id: '', number: index + 1 }));
  return pickInDeckOrder(parts.map((part) => ({ text: part.text, selector: { kind: 'position', from: part.start, to: part.end } as const })), slides).map((slide) => slide.number);
}

/** `parseRange('1,3-5', 10)` → `[1, 3, 4, 5]`. Throws SlideRangeError for `0`, `5-3`, `x` or numbers beyond `total`. */
export function parseRange(text: string, total: number): number[] {
  return resolveRange(parseRangeSpec(text), total);
}

/** The slides a `--range` selects (all when no range is given) in deck order, keeping their deck numbers: `1,3-5`, `intro,section:risks`, … */
export function selectSlides<T extends SelectableSlide & { number: number }>(slides: readonly T[], range: string | undefined): T[] {
  if (slides.length === 0) throw new Error('the deck has no slides to export');
  if (range === undefined) return [...slides];
  return pickInDeckOrder(parseRangeSelectors(range), slides);
}

function pickInDeckOrder<T extends SelectableSlide>(parts: readonly { text: string; selector: Selector }[], slides: readonly T[]): T[] {
  const wanted = new Set<number>();
  for (const { selector } of parts) {
    const picked = slidesPicked(selector, slides);
    if (!Array.isArray(picked)) throw new SlideRangeError(picked.problem);
    for (const index of picked) wanted.add(index);
  }
  return slides.filter((_slide, index) => wanted.has(index));
}
