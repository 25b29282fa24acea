// `1,3-5` slide ranges: parsed into 1-based slide numbers in deck order, with errors that say what is wrong. Pure.

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

const PART = /^(\d+)(?:\s*-\s*(\d+))?$/;

/** Checks the syntax of a range (no total needed), so a bad `--range` fails before any work is done. */
export function parseRangeSpec(text: string): RangePart[] {
  const parts = text.split(',').map((part) => part.trim());
  if (text.trim() === '') throw new SlideRangeError('the range is empty; give slide numbers such as 1,3-5');
  return parts.map((part) => {
    if (part === '') throw new SlideRangeError(`"${text}" has an empty part between commas; give slide numbers such as 1,3-5`);
    const match = PART.exec(part);
    if (!match) throw new SlideRangeError(`"${part}" is not a slide number or a range such as 3-5`);
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start === 0 || end === 0) throw new SlideRangeError(`"${part}": slides are numbered from 1`);
    if (end < start) throw new SlideRangeError(`"${part}" runs backwards; write ${end}-${start}`);
    return { text: part, start, end };
  });
}

/** The slide numbers a range selects, ascending and without repeats; a part beyond `total` is an error. */
export function resolveRange(parts: readonly RangePart[], total: number): number[] {
  const selected = new Set<number>();
  for (const part of parts) {
    if (part.end > total) {
      throw new SlideRangeError(`"${part.text}" is beyond the last slide: the deck has ${total} slide${total === 1 ? '' : 's'}`);
    }
    for (let n = part.start; n <= part.end; n++) selected.add(n);
  }
  return [...selected].sort((a, b) => a - b);
}

/** `parseRange('1,3-5', 10)` → `[1, 3, 4, 5]`. Throws SlideRangeError for `0`, `5-3`, `x` or numbers beyond `total`. */
export function parseRange(text: string, total: number): number[] {
  return resolveRange(parseRangeSpec(text), total);
}

/** The slides a `--range` selects (all when no range is given), keeping their deck numbers. */
export function selectSlides<T extends { number: number }>(slides: readonly T[], range: string | undefined): T[] {
  if (slides.length === 0) throw new Error('the deck has no slides to export');
  if (range === undefined) return [...slides];
  const wanted = new Set(parseRange(range, slides.length));
  return slides.filter((slide) => wanted.has(slide.number));
}
