// Key-term matching for gold checks: word tokens, phrase alternatives, prefixes (`negotiat*`), acronyms by case.

/** A word token: letters and digits with inner hyphens, apostrophes, dots or commas ("Haddad-Lowe", "2.1", "U.S"). */
const TOKEN = /[\p{L}\p{N}]+(?:[-'.,][\p{L}\p{N}]+)*/gu;

/** Word tokens of a text as written (case kept), curly apostrophes straightened and a possessive `'s` removed. */
export function tokensAsWritten(text: string): string[] {
  return (text.replace(/[\u2018\u2019\u02bc]/g, "'").match(TOKEN) ?? []).map((t) => t.replace(/'s$/i, ''));
}

export function wordCount(text: string): number {
  return tokensAsWritten(text).length;
}

/** An acronym ("US", "EU", "IAEA") matches only in capitals, so "US" is not the pronoun "us". */
const isAcronym = (token: string): boolean => /^[\p{Lu}\p{N}.]{2,}$/u.test(token) && /\p{Lu}.*\p{Lu}/u.test(token);

interface Term {
  tokens: string[];
  /** The last token matches as a prefix (`withdraw*` matches "withdrawal"). */
  prefix: boolean;
}

function compileTerm(term: string): Term {
  const prefix = term.trim().endsWith('*');
  return { tokens: tokensAsWritten(term.replace(/\*\s*$/, '')), prefix };
}

function tokenMatches(pattern: string, token: string, asPrefix: boolean): boolean {
  if (isAcronym(pattern)) return asPrefix ? token.startsWith(pattern) : token === pattern;
  const p = pattern.toLowerCase();
  const t = token.toLowerCase();
  return asPrefix ? t.startsWith(p) : t === p;
}

/** True when the term occurs in the tokens as a contiguous phrase. */
export function termOccurs(term: string, tokens: readonly string[]): boolean {
  const compiled = compileTerm(term);
  const n = compiled.tokens.length;
  if (n === 0) return false;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = tokenMatches(compiled.tokens[j]!, tokens[i + j]!, compiled.prefix && j === n - 1);
    if (ok) return true;
  }
  return false;
}

/** How many of the groups have an alternative in the text (all of them means the point is carried). */
export function groupsMatched(groups: readonly (readonly string[])[], text: string): number {
  const tokens = tokensAsWritten(text);
  return groups.filter((alternatives) => alternatives.some((term) => termOccurs(term, tokens))).length;
}

export function anyTermOccurs(terms: readonly string[], text: string): boolean {
  const tokens = tokensAsWritten(text);
  return terms.some((term) => termOccurs(term, tokens));
}

/** The form literal strings are compared in: straight quotes, single spaces, lower case. */
export function normalizeLiteral(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
