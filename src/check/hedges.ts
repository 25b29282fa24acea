// Hedge check: a bullet that cites [@pN] keeps the hedge or condition of the source sentences it rests on.

import type { Article } from '../model/article.js';
import type { SourceSlide, TextBlock } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { FUNCTION_WORDS, words } from '../article/text.js';

/** A kind of hedge: the words that raise it in a source sentence, and the words that keep it in a bullet. */
interface HedgeFamily {
  name: string;
  triggers: readonly string[];
  keepers: readonly string[];
}

const REPORT = ['reportedly', 'reported', 'allegedly', 'alleged', 'according to', 'unconfirmed', 'purportedly', 'purported', 'rumoured', 'rumored', 'said to'];
const APPEARANCE = ['apparent', 'apparently', 'seeming', 'seemingly', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'ostensibly'];
const POSSIBILITY = ['could', 'may', 'might', 'possibly', 'possible', 'perhaps', 'likely', 'unlikely', 'probably', 'probable', 'potential', 'potentially'];
const CONDITION = ['if', 'unless', 'provided that', 'assuming', 'in case'];

/** Kept if any word of the family is in the bullet; a condition is also kept by a conditional or planned mood ("would", "planned", "only once …"). */
export const HEDGE_FAMILIES: readonly HedgeFamily[] = [
  { name: 'report', triggers: REPORT, keepers: [...REPORT, 'report', 'reports', 'said', 'says', 'say', 'told', 'claim', 'claims', 'claimed'] },
  { name: 'appearance', triggers: APPEARANCE, keepers: APPEARANCE },
  { name: 'possibility', triggers: POSSIBILITY, keepers: POSSIBILITY },
  { name: 'condition', triggers: CONDITION, keepers: [...CONDITION, 'provided', 'would', 'planned', 'whether', 'expected', 'once', 'only'] },
];

/** Tokens of a text for hedge matching: lower case, except the month "May", which stays distinct from the modal. */
function hedgeTokens(text: string): string[] {
  return words(text).map((w) => {
    const bare = w.replace(/['’]s$/, '').replace(/[.,]+$/, '');
    return bare === 'May' ? 'May' : bare.toLowerCase();
  });
}

/** Where a term (one or more words) starts in the tokens, or -1. */
function findTerm(term: string, tokens: readonly string[]): number {
  const parts = term.split(' ');
  for (let i = 0; i + parts.length <= tokens.length; i++) if (parts.every((p, j) => tokens[i + j] === p)) return i;
  return -1;
}

/** One hedge of a sentence: its family, the words as written, and the clause it sits in. */
export interface Hedge {
  family: string;
  written: string;
  /** The clause (text between , ; : dashes and brackets) holding the hedge. */
  clause: string;
  /**
   * True when the hedge governs the whole sentence: it opens it ("Reportedly, …", "If the data arrive, …",
   * "According to officials, …", "And, if talks fall apart, …"), or it is a trailing attribution
   * ("…, according to two diplomats.").
   */
  governs: boolean;
}

/** Words that may precede an opening hedge without taking its place: "And, if …", "But reportedly …". */
const LEADING = new Set(['and', 'but', 'so', 'yet', 'still', 'even', 'then', 'or', 'also', 'now']);

/** The hedges a sentence carries, the first of each family. */
export function hedgesIn(sentence: string): Hedge[] {
  const clauses = sentence.split(/[,;:()\u2013\u2014]|\s-\s/).filter((c) => words(c).length > 0);
  const found: Hedge[] = [];
  let before = 0;
  const starts = clauses.map((c) => {
    const at = before;
    before += words(c).length;
    return at;
  });
  const leading = hedgeTokens(sentence).findIndex((t) => !LEADING.has(t));
  for (const family of HEDGE_FAMILIES) {
    clauses.some((clause, index) => {
      const tokens = hedgeTokens(clause);
      const written = words(clause);
      for (const term of family.triggers) {
        const at = findTerm(term, tokens);
        if (at < 0) continue;
        const opens = starts[index]! + at === Math.max(0, leading);
        const trails = family.name === 'report' && index > 0 && index === clauses.length - 1;
        found.push({ family: family.name, written: written.slice(at, at + term.split(' ').length).join(' ').replace(/[.,]+$/, ''), clause: clause.trim(), governs: opens || trails });
        return true;
      }
      return false;
    });
  }
  return found;
}

/**
 * Whether a hedge bears on what the bullet says: one that governs the sentence always does; any other only
 * when its clause has no content words of its own or shares at least two with the bullet. A hedge in a
 * clause the bullet leaves out ("…, which could take years"; "…, although it reportedly contains …") does not.
 */
function bearsOn(hedge: Hedge, bullet: Set<string>): boolean {
  if (hedge.governs) return true;
  const clause = contentStems(hedge.clause);
  return clause.size === 0 || [...clause].filter((s) => bullet.has(s)).length >= 2;
}

function keeps(family: string, text: string): boolean {
  const tokens = hedgeTokens(text);
  const keepers = HEDGE_FAMILIES.find((f) => f.name === family)?.keepers ?? [];
  return keepers.some((k) => findTerm(k, tokens) >= 0);
}

/** Content words for matching a bullet to sentences: lower case, function words out, a plural or tense ending cut. */
function contentStems(text: string, lowercaseOnly = false): Set<string> {
  const stems = new Set<string>();
  for (const w of words(text)) {
    if (lowercaseOnly && !/^\p{Ll}/u.test(w)) continue;
    const lower = w.toLowerCase().replace(/['’]s$/, '').replace(/[.,]+$/, '');
    if (lower.length < 3 || FUNCTION_WORDS.has(lower) || /^\d+$/.test(lower)) continue;
    stems.add(lower.replace(/(?:ing|ed|es|s)$/, (m) => (lower.length - m.length >= 4 ? '' : m)));
  }
  return stems;
}

interface Candidate {
  paragraphId: string;
  sentence: string;
  stems: Set<string>;
}

/**
 * The source sentences a bullet rests on: the best-matching cited sentence (at least two shared content
 * words), then, greedily, any further cited sentence that supplies two more of the bullet's content words,
 * or one written in lower case (a predicate, not a name shared by half the article): "the minister’s
 * invitation is accepted" rests on the invitation sentence and on "Reportedly, the president accepted …".
 */
export function matchingSentences(bullet: string, candidates: readonly Candidate[]): Candidate[] {
  const remaining = contentStems(bullet);
  const predicates = contentStems(bullet, true);
  const chosen: Candidate[] = [];
  const pool = [...candidates];
  for (;;) {
    let best: { candidate: Candidate; shared: number; predicate: boolean; index: number } | undefined;
    pool.forEach((candidate, index) => {
      const shared = [...candidate.stems].filter((s) => remaining.has(s));
      const predicate = shared.some((s) => predicates.has(s));
      if (!best || shared.length > best.shared || (shared.length === best.shared && predicate && !best.predicate)) best = { candidate, shared: shared.length, predicate, index };
    });
    const enough = chosen.length === 0 ? best !== undefined && best.shared >= 2 : best !== undefined && (best.shared >= 2 || (best.shared === 1 && best.predicate));
    if (!best || !enough) return chosen;
    chosen.push(best.candidate);
    for (const s of best.candidate.stems) remaining.delete(s);
    pool.splice(best.index, 1);
  }
}

const quote = (s: string): string => `“${s.length > 120 ? `${s.slice(0, 117)}…` : s}”`;

function bulletDiagnostics(bullet: TextBlock, article: Map<string, Candidate[]>, file: string): Diagnostic[] {
  const cited = bullet.citations.filter((c) => !c.malformed).flatMap((c) => c.ids);
  const candidates = [...new Set(cited)].flatMap((id) => article.get(id) ?? []);
  if (candidates.length === 0) return [];
  const scope = [bullet.text, ...bullet.context].join(' \n ');
  const stems = contentStems(bullet.text);
  const out: Diagnostic[] = [];
  for (const source of matchingSentences(bullet.text, candidates)) {
    const dropped = hedgesIn(source.sentence).filter((h) => bearsOn(h, stems) && !keeps(h.family, scope));
    if (dropped.length === 0) continue;
    const named = dropped.map((h) => `“${h.written}”`).join(' and ');
    out.push({
      severity: 'warning', code: 'hedge-dropped', file, line: bullet.line, column: 1,
      message: `bullet drops ${named} from its source sentence in ${source.paragraphId}: ${quote(source.sentence)}`,
      hint: `keep the hedge in the bullet (e.g. “${dropped[0]!.written.toLowerCase()} …”) or in the line that introduces the list, or cite the paragraph that states it without one`,
    });
  }
  return out;
}

/** Warnings for list items whose cited source sentences are hedged or conditional while the item is not. */
export function checkHedges(slides: readonly SourceSlide[], article: Article): Diagnostic[] {
  const sentences = new Map<string, Candidate[]>(
    article.paragraphs.map((p) => [p.id, p.sentences.map((sentence) => ({ paragraphId: p.id, sentence, stems: contentStems(sentence) }))]),
  );
  // A slide that makes no claims (`cite: none`, e.g. implied by the sources layout) has no hedges to keep.
  const claiming = slides.filter((slide) => slide.settings.cite !== 'none');
  return claiming.flatMap((slide) => slide.text.blocks.filter((b) => b.kind === 'list-item').flatMap((b) => bulletDiagnostics(b, sentences, slide.range.file)));
}
