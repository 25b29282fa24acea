// Actors of an article, in staged pure steps: candidates -> people -> states -> people described -> mention finder -> actor list.

import type { Actor, Article } from '../model/article.js';
import { type ActorCandidates, findCandidates, isInstitutionName, TITLE_WORDS } from './actor-candidates.js';
import { listActors } from './actor-list.js';
import { isMonthWord } from './dates.js';
import { type FindMentions, type MentionEntry, mentionFinder } from './mention-finder.js';
import { addPeople, describePeople, isStrongFact, type Person, type PersonBook, personKey, tokenOwners } from './people.js';
import { findStates, type StateResult } from './states.js';
import { FUNCTION_WORDS } from './text.js';

export type { Mention } from './mention-finder.js';
export { personKey } from './people.js';

export interface ActorIndex {
  actors: Actor[];
  /** Actor mentions in a text, in order; a person's span includes the title before the name (spans may overlap). */
  mentions: FindMentions;
}

/** Offices only a state has: an acronym before one names a state ("US president"), not an organisation ("UN envoy"). */
const STATE_OFFICE = /\b(?:president|prime minister|premier|foreign minister|foreign secretary|trade representative|chancellor|defen[cs]e (?:minister|secretary))\b/i;

/** States, given the people already known: a run holding a person's name, a lone name a person owns, an institution or a run opened by a title word is never a state. */
function articleStates(candidates: ActorCandidates, people: PersonBook): StateResult {
  const owners = tokenOwners(people);
  const taken = (name: string): boolean =>
    people.has(personKey(name)) ||
    owners.has(name) ||
    candidates.institutions.has(name) ||
    FUNCTION_WORDS.has(name.toLowerCase()) ||
    TITLE_WORDS.has(name.split(' ')[0]!) ||
    [...people.keys()].some((key) => personKey(name).includes(key)) ||
    isMonthWord(name);
  // "Prime Minister X of Y": Y is the state the leader belongs to; so is an acronym before a state's office ("US president X").
  const seeds = [
    ...candidates.facts.filter((f) => f.pattern === 'title' && f.affiliation && !isInstitutionName(f.affiliation)).map((f) => f.affiliation!),
    ...candidates.facts
      .filter((f) => f.role !== undefined && STATE_OFFICE.test(f.role))
      .flatMap((f) => [f.beforeTitle, f.pattern === 'office' ? f.affiliation : undefined])
      .filter((a): a is string => a !== undefined && /^\p{Lu}{2,3}$/u.test(a)),
  ];
  return findStates(
    candidates.sources.map((s) => s.text),
    candidates.runs,
    taken,
    seeds,
  );
}

/** Weaker person facts (a single name after a title, someone who "said"), added unless the name is a state, an institution or owned. */
function withWeakPeople(candidates: ActorCandidates, people: PersonBook, stateNames: ReadonlySet<string>): PersonBook {
  const owners = tokenOwners(people);
  const weak = candidates.facts.filter(
    (f) =>
      !isStrongFact(f) &&
      !stateNames.has(f.name) &&
      !candidates.institutions.has(f.name) &&
      (f.name.includes(' ') || !owners.has(f.name)),
  );
  return addPeople(people, weak.map((f) => f.name), candidates.bodyTexts);
}

/** Every spelling of every actor: a person's forms and owned lone names, a state's aliases, institutions. */
function mentionEntries(people: readonly Person[], book: PersonBook, { states }: StateResult, stateNames: ReadonlySet<string>, institutions: ReadonlySet<string>): MentionEntry[] {
  const entries: MentionEntry[] = [];
  const byKey = new Map(people.map((p) => [p.key, p]));
  for (const p of people) for (const form of p.forms) entries.push({ form, actor: p.name, kind: 'person' });
  for (const [token, key] of tokenOwners(book)) {
    const p = byKey.get(key);
    if (p && !stateNames.has(token) && !institutions.has(token)) entries.push({ form: token, actor: p.name, kind: 'person' });
  }
  for (const [name, aliases] of states) {
    entries.push({ form: name, actor: name, kind: 'state' });
    for (const a of aliases) entries.push({ form: a, actor: name, kind: 'state' });
  }
  for (const name of institutions) entries.push({ form: name, actor: name, kind: 'institution' });
  return entries;
}

/** Finds the actors of an article and returns them with a mention finder. */
export function extractActors(article: Article): ActorIndex {
  const candidates = findCandidates(article);
  const strong = addPeople(new Map(), candidates.facts.filter(isStrongFact).map((f) => f.name), candidates.bodyTexts);
  const states = articleStates(candidates, strong);
  const stateNames = new Set([...states.states.keys(), ...[...states.states.values()].flatMap((a) => [...a])]);
  const book = withWeakPeople(candidates, strong, stateNames);
  const isStateWord = (word: string): boolean => states.demonyms.has(word) || states.states.has(word);
  const people = describePeople(book, candidates.facts, isStateWord);
  const mentions = mentionFinder(mentionEntries(people, book, states, stateNames, candidates.institutions));
  return { actors: listActors(article.paragraphs, mentions, people, states, candidates.institutions), mentions };
}
