// Splits a paragraph into sentences with wink-nlp's segmenter, rejoining spans cut inside a quotation or after an enumerator.

import { tagText } from './nlp.js';

/** True when a quotation opened in `text` is still open and closes later in `rest`. */
function quoteOpen(text: string, rest: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  if (opens > closes) return rest.includes('”');
  return (text.match(/"/g) ?? []).length % 2 === 1 && rest.includes('"');
}

/** The sentences of a paragraph, each an exact (trimmed) substring of it. */
export function splitSentences(text: string): string[] {
  const spans = tagText(text).map((s) => ({ start: s.start, end: s.start + s.text.length }));
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end);
      const enumerator = /^\d{1,3}[.)]$/.test(prevText.trim());
      const gap = text.slice(prev.end, span.start);
      const tail = /^["”’)\]]+$/.test(text.slice(span.start, span.end).trim());
      if (enumerator || tail || !/\s/.test(gap) || quoteOpen(prevText, text.slice(prev.end))) {
        prev.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  // "So far, no. Officials …": the segmenter reads "no." as the abbreviation of a number.
  return merged.flatMap((s) => text.slice(s.start, s.end).trim().split(/(?<=\b[Nn]o\.)\s+(?=["“]?\p{Lu})/u)).filter(Boolean);
}
