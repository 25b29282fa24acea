// Extractive paraphrase: trims a source sentence to its main clause, keeping its own words and its quotes intact.

import { hasVerb, tagsOf } from './nlp.js';
import { capitalizeFirst, normalizeSpace, wordCount } from './text.js';

/** Connectives that only link to the sentence before; dropping them changes no claim. */
const LEADING_CONNECTIVES =
  /^(?:(?:However|Moreover|Furthermore|In addition|Additionally|Also|Indeed|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Next|Lastly|Finally|For instance|For example|In this respect|In other words|Put simply|Still|Yet|Thus|Hence|Therefore|Meanwhile|Of course|After all|In short|In sum|To be sure|Then|Pragmatically|From this perspective|In this instance|In this respect),|(?:And|Or|But)\b,?|So,|So(?=\s+(?:I|we|he|she|they|it|the|this|that)\b))\s+/;

/** "the key point is that X" -> "X" */
const FRAMING = /^(?:the )?(?:key|main|central|real|important) (?:point|issue|lesson|question) (?:here )?is that\s+/i;

/** The author's references to their own earlier writing: "as I examined in …,". */
const SELF_REFERENCE = /(^|,\s*)as (?:I|we) (?:have )?(?:examined|argued|noted|wrote|written|explained|discussed|suggested)\b[^,]*,\s*/i;

/** Non-restrictive clauses that can go: ", which …,", ", namely …", ", as both sides announced,". */
const INSERTIONS: RegExp[] = [
  /,\s+(?:which|who)\s+[^,;“”"]*?,\s+/g,
  /,\s+that is,(?=\s+)/g,
  /,\s+(?:in fact|rather|if not [^,]*|either [^,]*|despite [^,]*),\s+/g,
  /,\s+(?:underpinned|backed|led|supported|driven|followed|joined|flanked|accompanied|chaired|hosted|brokered)\s+by\s+[^,;“”"]*,\s+/g,
  /,\s+(?:particular(?:ly)?|especially|notably|including|such as|like)\s+[^,;“”"]*,\s+/g,
  /,\s+as (?![A-Z])[^,“”"]*?\b(?:announced|reported|expected|noted|said|put it|suggested)\s*,\s+/g,
];

const SUBORDINATOR = /^(?:If|When|Whenever|Although|Though|While|Because|Since|Unless|After|Before|Once|Until|Even if)\b/;

/**
 * Removes an insertion. The comma stays when it closes a fronted subordinate clause
 * ("If talks fail, which is possible, that …" -> "If talks fail, that …"), otherwise it goes
 * ("The plan, which began early, was …" -> "The plan was …", "If, as both said, a summit …" -> "If a summit …").
 */
function removeInsertions(text: string, insertion: RegExp, focus?: string): string {
  return text.replace(insertion, (m: string, offset: number) => {
    // An insertion that holds the sentence's point ("…, which leads before the March election, …") stays.
    if (focus && m.includes(focus)) return m;
    if (/that is,$/.test(m)) return ',';
    const before = text.slice(0, offset);
    const closesClause = SUBORDINATOR.test(before) && !before.includes(',') && /\s/.test(before);
    return closesClause ? ', ' : ' ';
  });
}

/** ", and Iran has …": a second main clause with its own named subject (checked for a verb before the cut is taken). */
const CLAUSE_AND = /,\s+(?:and|but|yet)\s+(?=\p{Lu})/u;

/** The text opens with a clause of its own: a verb within its first five words, before any comma. */
function opensClause(text: string): boolean {
  const tokens = tagsOf(text).slice(0, 6);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const comma = tokens.findIndex((t) => t.text === ',');
  return verb > 0 && (comma < 0 || verb < comma);
}

/** Clause boundaries where an over-long sentence may be cut, best first. */
const CUTS: RegExp[] = [/,\s+namely\b/, /,\s+(?:aside from|apart from|rather than|instead of)\b/, /,\s+which\b/, /;\s+/, /:\s+/, /,\s+(?:including|such as|especially|notably)\b/, /,\s+whereas\b/, /,\s+(?:and|but)\s+(?=\p{Ll})/u, CLAUSE_AND, /\s+—\s+/, /,\s+(?:starting|beginning|leaving|adding|making|citing|raising)\b/, /,\s+(?:while|although|though|because|as well as|after|before|with)\b/, /\s+(?:in order to|so that|because)\b/];

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
 * and non-restrictive clauses go; an over-long remainder is cut at a clause boundary, keeping the
 * clause that holds `focus` (the words that gave the sentence its role) when there is one.
 */
export function paraphrase(sentence: string, maxWords = 20, focus?: string): string {
  let text = normalizeSpace(sentence);
  // A parenthesis that holds the sentence's point ("(which is far from a safe assumption)") stays.
  if (!(focus && /\([^()]*\)/.test(text) && [...text.matchAll(/\([^()]*\)/g)].some((m) => m[0].includes(focus)))) text = step(text, stripParentheticals);
  text = step(text, (s) => s.replace(SELF_REFERENCE, '$1'));
  text = step(text, stripLeadingConnectives, 3);
  if (focus && wordCount(text) > maxWords) text = step(text, (s) => relativeAsClause(s, focus));
  for (const insertion of INSERTIONS) text = step(text, (s) => removeInsertions(s, insertion, focus));
  for (const cut of CUTS) {
    if (wordCount(text) <= maxWords) break;
    text = step(text, (s) => {
      const m = cut.exec(s);
      if (!m) return s;
      const head = s.slice(0, m.index);
      const tail = s.slice(m.index + m[0].length).replace(/^(?:and|but|while|whereas)\s+/, '');
      // Between two named clauses only, never inside a list of names ("Britain, France and Germany").
      if (cut === CLAUSE_AND && (head.replace(/“[^”]*”|"[^"]*"/g, '').includes(',') || !opensClause(tail))) return s;
      // A relative clause holding the point stays attached to what it describes.
      if (focus && /^,\s+which\b/.test(m[0]) && tail.includes(focus)) return s;
      // Keep the clause that carries the sentence's point when the point is in the second one.
      if (focus && !head.includes(focus) && tail.includes(focus) && wordCount(tail) >= 6) return withSubject(head, capitalizeFirst(tail));
      return wordCount(head) >= 8 ? head : s;
    }, 6);
  }
  if (wordCount(text) > maxWords) text = step(text, dropFrontedClause, 6);
  text = trimTail(text, maxWords + 5);
  if (wordCount(text) > maxWords + 5) text = step(text, (s) => lastResortCut(s, maxWords + 5, focus), 6);
  return terminal(sentence, capitalizeFirst(text));
}

/**
 * Boundaries tried only when every other cut left the text too long for a slide: a second clause after a closing
 * quote (", " and …"), a comparison without its comma ("… rather than …"), a restrictive relative clause with its own
 * verb ("the open question that will decide …"), a trailing time or reason clause without its comma ("… after the two sides met"), a fronted time clause ("When …, both sides …").
 */
const LAST_RESORT: RegExp[] = [/,(["”’]?)\s+(?:and|but|yet|while|whereas)\s+/, /\s+rather than\b/, /\s+(?:that|which|who)\s+(?=(?:will|would|could|may|might|can|has|have|had)\b)/, /\s+(?:after|before|because|until|once)\s+(?=\S+\s+\S+\s+\S+)/];

/** Cuts an over-long clause at the first last-resort boundary that leaves a clause of a slide's size, the one holding `focus` when it is the second. */
function lastResortCut(text: string, max: number, focus?: string): string {
  for (const boundary of LAST_RESORT) {
    const m = boundary.exec(text);
    if (!m) continue;
    const head = text.slice(0, m.index) + (m[1] ?? '');
    const tail = capitalizeFirst(text.slice(m.index + m[0].length));
    if (focus && !head.includes(focus) && tail.includes(focus) && wordCount(tail) >= 6 && wordCount(tail) <= max && opensClause(tail)) return tail;
    if (wordCount(head) >= 8 && wordCount(head) <= max && quotesBalanced(head) && hasVerb(tagsOf(head))) return head;
  }
  const rest = dropFrontedClause(text, /^When\b/);
  return focus && !rest.includes(focus) ? text : rest;
}

/**
 * "China and the Gulf states hold a third of the debt, and they have not said whether …": the second clause, cut
 * loose, takes the first clause's subject in place of its "they" (a short subject without commas only).
 */
function withSubject(head: string, tail: string): string {
  if (!/^They\b/.test(tail)) return tail;
  const tokens = tagsOf(head);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb <= 0) return tail;
  const subject = head.slice(0, tokens[verb]!.start).trim();
  if (wordCount(subject) > 8 || /[,“”"]/.test(subject) || !tokens.slice(0, verb).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') || tokens[0]!.pos === 'PRON') return tail;
  return `${subject}${tail.slice('They'.length)}`;
}

/** "The opposition, which leads … before the March election, has said …": when the point is in the relative clause, that clause with its subject. */
function relativeAsClause(text: string, focus: string): string {
  const m = /^([^,;“”"]{3,60}),\s+(?:which|who)\s+([^,;“”"]+),\s+/.exec(text);
  if (!m || !m[2]!.includes(focus)) return text;
  return `${m[1]} ${m[2]}.`;
}

const FRONTED_OPENER = /^(?:After|Before|While|Since|Although|Though|Despite|Following|Having|Only hours before|Hours after|Days after)\b/;

/** A long fronted clause of time or concession ("After traveling to …, X told …") that is not a condition. */
function dropFrontedClause(text: string, opener = FRONTED_OPENER): string {
  if (!opener.test(text)) return text;
  // The rest must open with its own clause: a verb before its first comma ("the envoy told …", not "Vice President X, and …").
  for (const m of text.matchAll(/,\s+/g)) {
    const head = text.slice(0, m.index);
    if (/[“”"]/.test(head) || wordCount(head) < 6) continue;
    const rest = text.slice((m.index ?? 0) + m[0].length);
    const tokens = tagsOf(rest);
    const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const comma = tokens.findIndex((t) => t.text === ',');
    if (verb > 0 && (comma < 0 || verb < comma) && tokens[0]!.pos !== 'CCONJ') return capitalizeFirst(rest);
  }
  return text;
}

/** Prepositions a short trailing phrase may start with ("since" is kept: it bounds a first). */
const TAIL = /\s+(?:during|through|across|between|among|regarding|despite|without|aside from|on|in|at|of|from|for|over)\s+/gu;

/** A trailing appositive: ", the official traditionally tasked with …". */
const APPOSITIVE = /,\s+(?:the|a|an)\s+\p{Ll}[^,;“”"]*$/u;

/** Past every clause cut, drops a trailing appositive, then short trailing phrases, until the text fits. */
function trimTail(text: string, max: number): string {
  let out = text;
  const appositive = APPOSITIVE.exec(out);
  // After a fronted phrase ("For the first time since …, the armies …") the part after the comma is the main clause.
  const fronted = appositive !== null && /^(?:For|Since|After|Before|When|While|If|Although|Though|Because|In|At|On|During|Despite|With|Without|Until|Once|As|By)\b/.test(out) && !out.slice(0, appositive.index).includes(',');
  if (wordCount(out) > max && appositive && !fronted && wordCount(out.slice(0, appositive.index)) >= 10) out = out.slice(0, appositive.index);
  while (wordCount(out) > max) {
    const cuts = [...out.matchAll(TAIL)].map((m) => m.index ?? 0).filter((i) => wordCount(out.slice(0, i)) >= 12 && wordCount(out.slice(i)) <= 6);
    const at = cuts[cuts.length - 1];
    if (at === undefined) break;
    const next = out.slice(0, at);
    // A cut that leaves a dangling "rather than" or "and" takes the words that open the comparison too.
    if (!quotesBalanced(next) || /\b(?:than|and|or|but|the|a|an|to|of|with)$/.test(next)) break;
    out = next;
  }
  return out;
}

/** Starts with a word that points back to the sentence before ("This was …", "If so, …"). */
export function isAnaphoric(text: string): boolean {
  return /^(?:This|That|These|Those|It|They|Such|He|She|If so|Them)\b/.test(text);
}
