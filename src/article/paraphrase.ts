// Extractive paraphrase: trims a source sentence to its main clause, keeping its own words and its quotes intact.

import { capitalizeFirst, normalizeSpace, wordCount } from './text.js';

/** Connectives that only link to the sentence before; dropping them changes no claim. */
const LEADING_CONNECTIVES =
  /^(?:(?:However|Moreover|Furthermore|In addition|Additionally|Also|Indeed|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Next|Lastly|Finally|For instance|For example|In this respect|In other words|Put simply|Still|Yet|Thus|Hence|Therefore|Meanwhile|Of course|After all|In short|In sum|To be sure|Then|Pragmatically),|(?:And|Or|But|So),?)\s+/;

/** "the key point is that X" -> "X" */
const FRAMING = /^(?:the )?(?:key|main|central|real|important) (?:point|issue|lesson|question) (?:here )?is that\s+/i;

/** The author's references to their own earlier writing: "as I examined in …,". */
const SELF_REFERENCE = /(^|,\s*)as (?:I|we) (?:have )?(?:examined|argued|noted|wrote|written|explained|discussed|suggested)\b[^,]*,\s*/i;

/** Non-restrictive clauses that can go: ", which …,", ", namely …", ", as both sides announced,". */
const INSERTIONS: RegExp[] = [
  /,\s+(?:which|who)\s+[^,;“”"]*?,\s+/g,
  /,\s+that is,(?=\s+)/g,
  /,\s+(?:in fact|rather|if not [^,]*|either [^,]*),\s+/g,
  /,\s+as (?![A-Z])[^,“”"]*?\b(?:announced|reported|expected|noted|said|put it|suggested)\s*,\s+/g,
];

const SUBORDINATOR = /^(?:If|When|Whenever|Although|Though|While|Because|Since|Unless|After|Before|Once|Until|Even if)\b/;

/**
 * Removes an insertion. The comma stays when it closes a fronted subordinate clause
 * ("If talks fail, which is possible, that …" -> "If talks fail, that …"), otherwise it goes
 * ("The plan, which began early, was …" -> "The plan was …", "If, as both said, a summit …" -> "If a summit …").
 */
function removeInsertions(text: string, insertion: RegExp): string {
  return text.replace(insertion, (m: string, offset: number) => {
    if (/that is,$/.test(m)) return ',';
    const before = text.slice(0, offset);
    const closesClause = SUBORDINATOR.test(before) && !before.includes(',') && /\s/.test(before);
    return closesClause ? ', ' : ' ';
  });
}

/** Clause boundaries where an over-long sentence may be cut, best first. */
const CUTS: RegExp[] = [/,\s+namely\b/, /,\s+which\b/, /;\s+/, /,\s+whereas\b/, /,\s+(?:and|but)\s+(?=\p{Ll})/u, /\s+—\s+/, /,\s+(?:while|although|though)\b/];

export function quotesBalanced(text: string): boolean {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  return opens === closes && (text.match(/"/g) ?? []).length % 2 === 0;
}

/** Applies a step only when it keeps quotations whole and leaves a real sentence. */
function step(text: string, f: (s: string) => string, minWords = 5): string {
  const next = normalizeSpace(f(text));
  if (next === text || !quotesBalanced(next) || wordCount(next) < minWords) return text;
  return next;
}

export function stripParentheticals(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) out = out.replace(/\s*\([^()]*\)/g, '');
  return out.replace(/\s+([,.;:?!])/g, '$1');
}

export function stripLeadingConnectives(text: string): string {
  let out = text.replace(/^\d{1,3}[.)]\s+/, '');
  for (let i = 0; i < 3; i++) {
    const next = out.replace(LEADING_CONNECTIVES, '');
    if (next === out) break;
    out = next;
  }
  return capitalizeFirst(out.replace(FRAMING, ''));
}

function terminal(original: string, text: string): string {
  const end = /[.?!…]["”’)]*$/.test(text) ? '' : /\?["”’)]*$/.test(original) ? '?' : '.';
  return text.replace(/[,;:]$/, '') + end;
}

/**
 * A short extractive paraphrase of a sentence: parentheticals, leading connectives, self-references
 * and non-restrictive clauses go; an over-long remainder is cut at a clause boundary.
 */
export function paraphrase(sentence: string, maxWords = 25): string {
  let text = normalizeSpace(sentence);
  text = step(text, stripParentheticals);
  text = step(text, (s) => s.replace(SELF_REFERENCE, '$1'));
  text = step(text, stripLeadingConnectives, 3);
  for (const insertion of INSERTIONS) text = step(text, (s) => removeInsertions(s, insertion));
  for (const cut of CUTS) {
    if (wordCount(text) <= maxWords) break;
    text = step(text, (s) => {
      const m = cut.exec(s);
      return m && wordCount(s.slice(0, m.index)) >= 8 ? s.slice(0, m.index) : s;
    }, 8);
  }
  return terminal(sentence, capitalizeFirst(text));
}

/** Starts with a word that points back to the sentence before ("This was …", "If so, …"). */
export function isAnaphoric(text: string): boolean {
  return /^(?:This|That|These|Those|It|They|Such|He|She|If so|Them)\b/.test(text);
}
