// CSS `unicode-range` values as sorted, merged code point ranges: parse, format, subtract, test membership. Pure.

/** Inclusive code point ranges, sorted and non-overlapping. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** Parses `U+0000-00FF,U+0131,U+02??`-style values (as fontsource writes them). */
export function parseUnicodeRange(value: string): CodePointRanges {
  const ranges = value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      if (part.includes('?')) return [Number.parseInt(part.replace(/\?/g, '0'), 16), Number.parseInt(part.replace(/\?/g, 'F'), 16)];
      const [start = '', end = start] = part.split('-');
      const range: [number, number] = [Number.parseInt(start, 16), Number.parseInt(end, 16)];
      if (range.some((n) => !Number.isInteger(n)) || range[0] > range[1]) throw new RangeError(`not a unicode-range part: "${part}"`);
      return range;
    });
  return normalize(ranges);
}

/** `U+20-7E, U+A0, …`: the shortest CSS form. */
export function formatUnicodeRange(ranges: CodePointRanges): string {
  const hex = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');
  return ranges.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(', ');
}

/** Sorts and merges touching or overlapping ranges. */
export function normalize(ranges: Iterable<readonly [number, number]>): CodePointRanges {
  const sorted = [...ranges].map(([a, b]): [number, number] => [a, b]).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** The code points of `from` that are not in `remove`. */
export function subtract(from: CodePointRanges, remove: CodePointRanges): CodePointRanges {
  const out: [number, number][] = [];
  for (const [start, end] of from) {
    let cursor = start;
    for (const [rs, re] of remove) {
      if (re < cursor || rs > end) continue;
      if (rs > cursor) out.push([cursor, rs - 1]);
      cursor = Math.max(cursor, re + 1);
      if (cursor > end) break;
    }
    if (cursor <= end) out.push([cursor, end]);
  }
  return normalize(out);
}

export function contains(ranges: CodePointRanges, codePoint: number): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** Every code point of the ranges, as a string (for a subsetter). */
export function rangesToText(ranges: CodePointRanges): string {
  let text = '';
  for (const [start, end] of ranges) for (let n = start; n <= end; n++) text += String.fromCodePoint(n);
  return text;
}
