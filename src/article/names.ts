// Runs of capitalised words in a sentence (candidate names), with the word lists that tell names apart.

import { isMonthWord } from './dates.js';
import { FUNCTION_WORDS } from './text.js';

/** Last words that make a capitalised run an institution. */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  `Department Ministry Party Congress Parliament Assembly Senate Council Committee Commission Agency Bureau Office House
  Endowment Institute Institution Foundation University College Center Centre Bank Fund Organization Organisation Court
  Army Navy Command Corps Post Times Journal Review Herald Tribune Gazette News Service Administration Cabinet Authority
  Board Federation Association Coalition Forum Programme Program Initiative Group Company Corporation Guard Secretariat
  Directorate Chamber Treasury Pentagon Kremlin Union League Alliance Network Club Nations`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words of places and events, never actors: "… War", "… Sea". */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set(
  `War Wars Sea Ocean River Mountains Peninsula Strait Gulf Bay Island Islands Desert Treaty Accord Accords Agreement
  Declaration Summit Games Cup Olympics Crisis Revolution Day Week Street Avenue Square Hall Airport Station`
    .split(/\s+/)
    .filter(Boolean),
);

/** First words of multi-word state names. */
export const STATE_PREFIXES: ReadonlySet<string> = new Set(
  `North South East West Northern Southern Eastern Western Central United Republic Kingdom People’s People's Democratic Federal Islamic Federated`
    .split(/\s+/)
    .filter(Boolean),
);

const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export interface Run {
  text: string;
  start: number;
  end: number;
  words: string[];
  /** Followed by a possessive `’s`. */
  possessive: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|\p{Lu}(?:['’]\p{Lu})?[\p{L}\p{M}]*(?:-\p{Ll}[\p{L}\p{M}]*)*|\d+/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Words that never begin or belong to a name. */
function isNameWord(w: string): boolean {
  return !/^\d+$/.test(w) && w !== 'I' && !isMonthWord(w) && !WEEKDAYS.has(w) && /^\p{Lu}/u.test(w);
}

/**
 * Capitalised runs of a sentence: "Lindqvist Institute", "People’s Party of Ardenia", "U.S.".
 * Connectors (of, of the, and, for) and an inner possessive stay only when the run names an institution.
 * A sentence's first word is dropped when it is a common word (`vocabulary` holds words the text writes in lower case).
 */
export function capitalizedRuns(sentence: string, vocabulary: ReadonlySet<string> = new Set()): Run[] {
  const words: Word[] = [];
  for (const m of sentence.matchAll(WORD)) words.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const runs: { parts: Word[]; joins: string[] }[] = [];
  let current: { parts: Word[]; joins: string[] } | undefined;
  let prev: Word | undefined;
  for (const w of words) {
    if (!isNameWord(w.text)) {
      current = undefined;
      prev = undefined;
      continue;
    }
    const gap = prev ? sentence.slice(prev.end, w.start) : '';
    const joinable = prev && current && /^(?: |['’]s | of | of the | and | for | on | de )$/.test(gap);
    if (joinable && current) {
      current.parts.push(w);
      current.joins.push(gap);
    } else {
      current = { parts: [w], joins: [] };
      runs.push(current);
    }
    prev = w;
  }
  const out: Run[] = [];
  for (const run of runs) {
    const isInstitution = run.parts.some((p) => INSTITUTION_HEADS.has(p.text));
    // Split at connectors and inner possessives unless the whole run is an institution's name.
    let pieces: Word[][] = [[run.parts[0]!]];
    run.joins.forEach((gap, i) => {
      if (gap === ' ' || isInstitution) pieces[pieces.length - 1]!.push(run.parts[i + 1]!);
      else pieces.push([run.parts[i + 1]!]);
    });
    pieces = pieces.map((piece) => trimLeading(piece, sentence, vocabulary)).filter((p) => p.length > 0);
    for (const piece of pieces) {
      const start = piece[0]!.start;
      const end = piece[piece.length - 1]!.end;
      out.push({ text: sentence.slice(start, end), start, end, words: piece.map((p) => p.text), possessive: /^['’]s\b/.test(sentence.slice(end)) });
    }
  }
  return out;
}

/** Drops a sentence-initial common word ("However", "Several") and a leading article "The". */
function trimLeading(piece: Word[], sentence: string, vocabulary: ReadonlySet<string>): Word[] {
  const first = piece[0]!;
  const atSentenceStart = /(?:^|["“‘(])\s*$/.test(sentence.slice(0, first.start));
  const lower = first.text.toLowerCase();
  if (atSentenceStart && FUNCTION_WORDS.has(lower)) return piece.slice(1);
  if (atSentenceStart && piece.length === 1 && vocabulary.has(lower)) return [];
  if (first.text === 'The' && atSentenceStart) return piece.slice(1);
  return piece;
}

/** The head word decides what kind of thing a run names. */
export function runHeadKind(words: readonly string[]): 'institution' | 'non-actor' | undefined {
  const last = words[words.length - 1] ?? '';
  if (NON_ACTOR_HEADS.has(last)) return 'non-actor';
  if (words.some((w) => INSTITUTION_HEADS.has(w))) return 'institution';
  return undefined;
}
