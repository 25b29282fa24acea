// Actor candidates of an article: the texts that can name actors, their capitalised runs, institution names and person facts.

import type { Article } from '../model/article.js';
import { isMonthWord } from './dates.js';
import { capitalizedRuns, runHeadKind, STATE_PREFIXES, type Run } from './names.js';
import { findPersons, TITLES, type PersonFact } from './persons.js';
import { FUNCTION_WORDS, lowercaseVocabulary } from './text.js';

/** A text that can name actors: a body sentence (with its paragraph), the caption or the dek. */
export interface ActorSource {
  text: string;
  paragraphId?: string;
}

export interface SourcedPersonFact extends PersonFact {
  source: ActorSource;
}

export interface ActorCandidates {
  sources: ActorSource[];
  /** The capitalised runs of each source, in the same order. */
  runs: Run[][];
  /** Paragraph texts of the body: where forms are counted. */
  bodyTexts: string[];
  /** Institution names: runs with an institution's head word, and organisations named as someone's affiliation. */
  institutions: Set<string>;
  /** Person facts with a usable name, in source order. */
  facts: SourcedPersonFact[];
}

/** Single words of titles ("Prime", "Minister"): never a name on their own. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.split(/\s+/)));

/** An organisation whose head word makes it an institution ("Lindqvist Institute", "Ministry of Finance"). */
export const isInstitutionName = (org: string): boolean => runHeadKind(org.split(/\s+/)) === 'institution';

/** Drops leading words that cannot start a name ("As Helena …" -> "Helena …"). */
function cleanName(name: string): string {
  const parts = name.split(' ');
  while (parts.length > 0 && (FUNCTION_WORDS.has(parts[0]!.toLowerCase()) || isMonthWord(parts[0]!))) parts.shift();
  return parts.join(' ');
}

/** A name a person fact may carry: one word only after a title, never an institution, a state's prefix or title words alone. */
function usableName(name: string, pattern: string): boolean {
  const tokens = name.split(' ').filter(Boolean);
  if (tokens.length === 0 || (pattern !== 'title' && tokens.length < 2)) return false;
  return runHeadKind(tokens) === undefined && !STATE_PREFIXES.has(tokens[0]!) && !tokens.every((t) => TITLE_WORDS.has(t));
}

function institutionRuns(runs: readonly Run[][]): Set<string> {
  const institutions = new Set<string>();
  for (const list of runs) for (const r of list) if (runHeadKind(r.words) === 'institution') institutions.add(r.text);
  for (const name of [...institutions]) if (name.startsWith('The ') && institutions.has(name.slice(4))) institutions.delete(name);
  return institutions;
}

/** Finds what can name an actor: sources, runs, institutions and person facts. */
export function findCandidates(article: Article): ActorCandidates {
  const vocabulary = lowercaseVocabulary(article);
  const sources: ActorSource[] = [
    ...article.paragraphs.flatMap((p) => p.sentences.map((text) => ({ text, paragraphId: p.id }))),
    ...(article.caption ? [{ text: article.caption }] : []),
    ...(article.dek ? [{ text: article.dek }] : []),
  ];
  const runs = sources.map((s) => capitalizedRuns(s.text, vocabulary));
  const institutions = institutionRuns(runs);
  const facts: SourcedPersonFact[] = [];
  for (const source of sources) {
    for (const fact of findPersons(source.text, isInstitutionName)) {
      const name = cleanName(fact.name);
      if (!usableName(name, fact.pattern)) continue;
      facts.push({ ...fact, name, source });
      if (fact.pattern === 'org-possessive' && fact.affiliation) institutions.add(fact.affiliation);
      if (fact.affiliation && isInstitutionName(fact.affiliation)) institutions.add(fact.affiliation);
    }
  }
  return { sources, runs, bodyTexts: article.paragraphs.map((p) => p.text), institutions, facts };
}
