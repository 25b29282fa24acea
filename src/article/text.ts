// Small text helpers shared by the readers, the outline rules and the provenance check.

import type { Article } from '../model/article.js';

/** Words the article writes in lower case somewhere (so a capitalised one at a sentence start is no name). */
export function lowercaseVocabulary(article: Article): Set<string> {
  const vocabulary = new Set<string>();
  for (const p of article.paragraphs) for (const w of words(p.text)) if (/^\p{Ll}/u.test(w)) vocabulary.add(w);
  return vocabulary;
}

/** Words the article capitalises inside a sentence (names, mostly), possessive `’s` removed. */
export function nameVocabulary(article: Article): Set<string> {
  const names = new Set<string>();
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) {
      words(sentence)
        .slice(1)
        .filter((w) => /^\p{Lu}/u.test(w))
        .forEach((w) => names.add(w.replace(/['’]s$/, '').replace(/[.,]$/, '')));
    }
  }
  return names;
}

/** Whitespace normalizeSpace would change: any space but the plain one, a zero-width space, two spaces, a space at an end. */
const NEEDS_SPACING = /[^\S ]|\u200b| {2}|^ | $/;

/** Collapses whitespace runs (non-breaking spaces included) to one space and trims. */
export function normalizeSpace(text: string): string {
  // Most texts are normalised already (single plain spaces, none at the ends): they come back as they are, unrebuilt.
  if (!NEEDS_SPACING.test(text)) return text;
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** Straightens curly quotes and apostrophes, so `“x”` and `"x"` compare equal. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/** The form quotations are compared in: straight quotes, single spaces. */
export function normalizeForMatch(text: string): string {
  return normalizeSpace(straightenQuotes(text));
}

/** Words of a text (letters, digits, inner apostrophes, hyphens and dots). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True for a code point `words` may start a word with: a letter or a digit of any script. */
function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** True for a code point inside a word: a letter, a digit, an apostrophe, a dot or a hyphen. */
function isInWord(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || isLetterOrDigit(code);
}

/** How many `words` the text has, counted in one pass without building them. */
export function wordCount(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    let code = text.codePointAt(i)!;
    if (!isLetterOrDigit(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    do {
      i += code > 0xffff ? 2 : 1;
      code = i < text.length ? text.codePointAt(i)! : -1;
    } while (code >= 0 && isInWord(code));
  }
  return count;
}

/** True when the text ends like a sentence (period, question or exclamation mark, maybe quoted). */
export function endsLikeSentence(text: string): boolean {
  return /[.?!…]["'”’)\]]*$/.test(text.trim());
}

/** Share of the longer words that start with a capital letter (1 for a headline in title case). */
export function capitalizedShare(text: string): number {
  const long = words(text).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  if (long.length === 0) return words(text).every((w) => /^\p{Lu}/u.test(w)) ? 1 : 0;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length;
}

/** A headline-like line: short, no final period, mostly capitalised words. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  const n = wordCount(t);
  return n >= 1 && n <= 20 && !/[.;,:]$/.test(t) && capitalizedShare(t) >= 0.6;
}

/** Upper-cases the first letter. */
export function capitalizeFirst(text: string): string {
  return text.replace(/^(["“‘'(]*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Common function words: never names, never theme keywords. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those it its it's they them their there here he him his she her we us our
  you your i me my and or but nor so yet for of in on at by to from with without into onto over under
  about above below after before between through during until since as than then if when while where
  whether because although though even also too very more most less least much many some any each every
  all both either neither no not none only just such what which who whom whose why how is are was were be
  been being am do does did done have has had having will would shall should can could may might must
  ought let one ones other another same own once again still already now however moreover furthermore
  indeed instead rather perhaps quite almost often never always ever first second third next last lastly
  finally recently reportedly put simply like up down out off far well among within upon via per yes`
    .split(/\s+/)
    .filter(Boolean),
);

/** Double quotes become single ones: a text that is no paragraph's (a headline) quotes nothing a check could verify. */
export function singleQuoted(text: string): string {
  return text.replace(/“([^”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, '‘$1’');
}
