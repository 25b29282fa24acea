// Turns a roled sentence into slide bullets: short extractive clauses with a verb, hedges and attributions kept.

import type { Bullet, RoledSentence } from '../model/article.js';
import { hasVerb, tagsOf, type Token } from './nlp.js';
import { isAnaphoric, paraphrase, quotesBalanced } from './paraphrase.js';
import { capitalizeFirst, wordCount } from './text.js';

/** Bullets longer than this are cut at a clause boundary. */
export const MAX_BULLET_WORDS = 20;

/** A leading attribution kept on every clause cut from the sentence: "According to Ardenian officials, ". */
const ATTRIBUTION = /^(?:According to [^,]{2,80},\s+|As [^,]{2,80}\b(?:notes?|noted|said|says|put it|argues?|argued|wrote|writes|reported),\s+|Reportedly,\s+)/;

/** Where a list of predicates sharing one subject splits: ", accepted …", ", and told …". */
function predicateStarts(tokens: readonly Token[], from: number): number[] {
  const starts: number[] = [];
  for (let k = from + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !/(?:ed|[^s]t|ew|ld|ok|id|ve)$/i.test(t.text)) continue;
    const prev = tokens[k - 1]!;
    const comma = prev.text === ',' || (prev.text === 'and' && tokens[k - 2]?.text === ',');
    if (comma) starts.push(prev.text === 'and' ? k - 2 : k - 1);
  }
  return starts;
}

/**
 * Splits "Olund expressed A, accepted B, and told them C" into one clause per predicate, each with the subject
 * (and any leading attribution) repeated, when the sentence has at least two such predicates after the first.
 */
export function splitPredicates(text: string): string[] {
  const lead = ATTRIBUTION.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const tokens = tagsOf(rest);
  const firstVerb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (firstVerb <= 0) return [text];
  const starts = predicateStarts(tokens, firstVerb);
  if (starts.length < 2) return [text];
  const subject = rest.slice(0, tokens[firstVerb]!.start).trim();
  if (wordCount(subject) > 6 || /,/.test(subject)) return [text];
  const cuts = [tokens[firstVerb]!.start, ...starts.map((k) => tokens[k]!.start), rest.length];
  const parts: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const piece = rest.slice(cuts[i], cuts[i + 1]).replace(/^[,\s]+(?:and\s+)?/, '').replace(/[,;.\s]+$/, '');
    parts.push(`${lead}${subject} ${piece}.`);
  }
  return parts.every((p) => quotesBalanced(p) && wordCount(p) >= 4) ? parts : [text];
}

/** "It is the first A, and the first in which B": the copula before the first "the first" and the second first's start. */
const SECOND_FIRST = /^(.{2,60}?\b(?:is|was|are|were|would be|will be|could be)\s+)(?:also\s+)?the first\b[^;]*?,\s+and\s+(?=the first\b)/;

/** Two firsts in one sentence become two clauses, the second with the subject and verb of the first ("It is also the first in which B."). */
export function splitFirsts(text: string): string[] {
  const m = SECOND_FIRST.exec(text);
  if (!m) return [text];
  const second = text.slice(m[0].length);
  const verb = m[1]!.replace(/\b(is|was|are|were|would|will|could)\s+(be\s+)?$/, (_, aux: string, be: string | undefined) => `${aux} also ${be ?? ''}`);
  return [`${text.slice(0, m[0].length).replace(/,\s+and\s+$/, '')}.`, `${verb}${second}`];
}

/** A subordinate clause standing alone: "Given that the leaders will need to meet." has no main clause. */
const SUBORDINATE_ONLY = /^(?:Given that|Because|Although|Though|Whereas|Even though|So that|In order to)\b[^,;:]*$/;

/** A bullet a slide can carry: a clause with a verb, four words or more, not a bare pointer back ("They came."). */
export function carriesClause(text: string): boolean {
  const n = wordCount(text);
  if (n < 4) return false;
  if (n < 5 && isAnaphoric(text)) return false;
  if (SUBORDINATE_ONLY.test(text)) return false;
  return hasVerb(tagsOf(text));
}

/** A predicate without its subject ("Allay the worries of …", cut from "… will lower tariffs and allay the worries of …"). */
function lacksSubject(text: string): boolean {
  const first = tagsOf(text)[0];
  return first !== undefined && first.pos === 'VERB' && !/(?:ing|ed)$/i.test(first.text) && !/^Let$/i.test(first.text);
}

/** The bullets for one sentence; questions stay whole questions. */
export function sentenceBullets(r: RoledSentence, paragraphIds: string[] = [r.paragraphId]): Bullet[] {
  const voice = r.speaker.kind === 'author' ? 'author' : 'reported';
  const base = { paragraphIds, sentence: r.sentence, voice, speaker: r.speaker } as const;
  if (r.role === 'question') return [{ ...base, text: paraphrase(r.sentence, MAX_BULLET_WORDS) }];
  if (r.role === 'first') {
    const firsts = splitFirsts(r.sentence);
    if (firsts.length > 1) return firsts.flatMap((sentence) => sentenceBullets({ ...r, sentence, evidence: 'the first' }, paragraphIds)).map((b) => ({ ...b, sentence: r.sentence }));
  }
  const focus = r.evidence && r.sentence.includes(r.evidence) ? r.evidence : undefined;
  const short = paraphrase(r.sentence, MAX_BULLET_WORDS, focus);
  const clauses = wordCount(short) > 14 ? splitPredicates(paraphrase(r.sentence, 60, focus)).map((c) => paraphrase(c, MAX_BULLET_WORDS, focus)) : [short];
  // A clause cut from inside the sentence that opens with a verb has lost its subject (an imperative opening the sentence has none to lose).
  const cutInside = (c: string): boolean => !r.sentence.trimStart().toLowerCase().startsWith(c.slice(0, 12).toLowerCase());
  return clauses
    .filter((c) => carriesClause(c) && (r.role === 'recommendation' || !(cutInside(c) && lacksSubject(c))))
    .map((text) => ({ ...base, text: keepTrailingAttribution(r.sentence, capitalizeFirst(text)) }));
}

/** A closing attribution (", according to three delegates.") the cut dropped comes back at the end of the clause. */
function keepTrailingAttribution(sentence: string, text: string): string {
  // "according to three delegates who attended the session": the source without its relative clause.
  const tail = /,\s+(according to [^,;.!?“”"]{2,60})[.!]?$/.exec(sentence.trim())?.[1]?.replace(/\s+(?:who|that|which)\s.*$/, '');
  if (!tail || /\baccording to\b/i.test(text)) return text;
  return `${text.replace(/[.!]$/, '')}, ${tail}.`;
}
