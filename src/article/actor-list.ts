// The actor list: every person, state and institution the body mentions, with its paragraphs, spellings and affiliation.

import type { Actor, ActorKind, ArticleParagraph } from '../model/article.js';
import { isInstitutionName } from './actor-candidates.js';
import type { FindMentions } from './mention-finder.js';
import type { Person } from './people.js';
import { isDemonym, type StateResult } from './states.js';

interface Seen {
  paragraphIds: string[];
  aliases: Set<string>;
}

/** The state or institution an affiliation as written stands for ("Ardenian" -> "Ardenia"), if any. */
export function resolveAffiliation(raw: string, { states, demonyms }: StateResult, institutions: ReadonlySet<string>): string | undefined {
  const name = raw.replace(/^The\s+(?=\p{Lu})/u, (m) => (institutions.has(raw) ? m : ''));
  if (demonyms.has(raw)) return demonyms.get(raw);
  if (states.has(name)) return name;
  for (const [state, aliases] of states) if (aliases.has(name)) return state;
  if (institutions.has(raw) || isInstitutionName(raw)) return raw;
  // A demonym no state of the text matches still says where the person stands ("led the Ardenian delegation").
  if (/^\p{Lu}\p{Ll}+$/u.test(raw) && isDemonym(raw)) return raw;
  return undefined;
}

function mentionsByActor(paragraphs: readonly ArticleParagraph[], mentions: FindMentions): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const p of paragraphs) {
    for (const m of mentions(p.text)) {
      const s = seen.get(m.actor) ?? { paragraphIds: [], aliases: new Set<string>() };
      if (!s.paragraphIds.includes(p.id)) s.paragraphIds.push(p.id);
      if (m.form !== m.actor) s.aliases.add(m.form);
      seen.set(m.actor, s);
    }
  }
  return seen;
}

const KIND_ORDER: Record<ActorKind, number> = { person: 0, state: 1, institution: 2 };
const firstParagraph = (a: Actor): number => Number((a.paragraphIds[0] ?? 'p0').slice(1));

/** Actors the body mentions: people, then states, then institutions, each in order of first mention. */
export function listActors(
  paragraphs: readonly ArticleParagraph[],
  mentions: FindMentions,
  people: readonly Person[],
  states: StateResult,
  institutions: ReadonlySet<string>,
): Actor[] {
  const seen = mentionsByActor(paragraphs, mentions);
  const aliases = (name: string): string[] => [...(seen.get(name)?.aliases ?? [])];
  const actors: Actor[] = [];
  for (const person of [...people].sort((a, b) => a.order - b.order)) {
    const s = seen.get(person.name);
    if (!s) continue;
    const affiliation = person.affiliations.map((a) => resolveAffiliation(a, states, institutions)).find((a): a is string => a !== undefined);
    actors.push({ name: person.name, kind: 'person', aliases: aliases(person.name), roles: person.roles, ...(affiliation ? { affiliation } : {}), paragraphIds: s.paragraphIds });
  }
  for (const name of states.states.keys()) {
    const s = seen.get(name);
    if (s) actors.push({ name, kind: 'state', aliases: aliases(name), roles: [], paragraphIds: s.paragraphIds });
  }
  for (const name of institutions) {
    const s = seen.get(name);
    if (!s) continue;
    // "U.S. Congress", "East Ardenian Foreign Ministry": an acronym or demonym in front names the state.
    const prefix = [...states.demonyms.keys()].find((d) => name.startsWith(`${d} `));
    const affiliation = prefix ? states.demonyms.get(prefix) : undefined;
    actors.push({ name, kind: 'institution', aliases: [], roles: [], ...(affiliation ? { affiliation } : {}), paragraphIds: s.paragraphIds });
  }
  return actors.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || firstParagraph(a) - firstParagraph(b));
}
