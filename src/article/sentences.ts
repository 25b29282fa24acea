// Splits a paragraph into sentences, surviving abbreviations (U.S., Dr., St.), initials and enumerators.

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr st jr sr prof gen sen rep gov lt col capt sgt adm cmdr mt no nos vs etc inc ltd co corp
  jan feb mar apr jun jul aug sep sept oct nov dec ft pres rev hon approx cf al fig vol ed eds est dept univ`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviations that often end a sentence: split after them when a sentence starter follows. */
const MAY_END_SENTENCE: ReadonlySet<string> = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'al']);

/** Capitalised words that usually start a sentence rather than continue a name. */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  `The This That These Those It Its He She They We I You There Here But And Or So Yet Still However
  Moreover Furthermore Indeed In On At As If When While After Before Although Though Because Since For
  Such Some Many Most A An No Not None Only Even Also Then Thus Hence Meanwhile Nevertheless What Why How
  Who Which Where Will Would Can Could Should Does Did Do Is Are Was Were Has Have Had`
    .split(/\s+/)
    .filter(Boolean),
);

const BOUNDARY = /([.?!…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** The sentences of a paragraph, each an exact (trimmed) substring of it. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    const punct = m[1] ?? '';
    const endOfSentence = at + punct.length + (m[2] ?? '').length;
    if (punct === '.' && !(m[2] ?? '') && !periodEnds(text, start, at, endOfSentence + (m[3] ?? '').length)) continue;
    if (insideQuote(text, start, endOfSentence)) continue;
    const sentence = text.slice(start, endOfSentence).trim();
    if (sentence) sentences.push(sentence);
    start = endOfSentence;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** True when `at` falls inside a quotation that closes later in the paragraph (“… experience. This is …”). */
function insideQuote(text: string, start: number, at: number): boolean {
  const before = text.slice(start, at);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  if (opens > closes) return text.indexOf('”', at) >= 0;
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 && text.indexOf('"', at) >= 0;
}

/** Decides whether a single period at `at` ends the sentence that began at `start`. */
function periodEnds(text: string, start: number, at: number, next: number): boolean {
  const before = text.slice(start, at);
  const token = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  const nextWord = /^["'“‘(\[]?([\p{L}\p{N}]+)/u.exec(text.slice(next))?.[1] ?? '';
  const startsSentence = SENTENCE_STARTERS.has(nextWord);
  if (/^\d+$/.test(token) && before.trim() === token) return false; // "1." enumerator
  if (/^\p{Lu}$/u.test(token)) return false; // an initial: "Helena T. Brandt"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return startsSentence; // "U.S", "H.R", "e.g"
  const lower = token.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return MAY_END_SENTENCE.has(lower) && startsSentence;
  return true;
}
