// Actors: people (with titles, roles, affiliations), states and institutions, and where the text mentions them.

import type { Actor, ActorKind, Article } from '../model/article.js';
import { isMonthWord } from './dates.js';
import { capitalizedRuns, runHeadKind, STATE_PREFIXES, type Run } from './names.js';
import { findPersons, HONORIFICS, TITLE_PATTERN, TITLES, type PersonFact } from './persons.js';
import { findStates } from './states.js';
import { escapeRegExp, FUNCTION_WORDS, lowercaseVocabulary } from './text.js';

export interface Mention {
  actor: string;
  /** The name as written ("Olund", "U.S."). */
  form: string;
  kind: ActorKind;
  start: number;
  end: number;
}

export interface ActorIndex {
  actors: Actor[];
  /** Actor mentions in a text, in order; a person's span includes the title before the name (spans may overlap). */
  mentions(text: string): Mention[];
}

interface Source {
  text: string;
  paragraphId?: string;
}

interface PersonDraft {
  forms: Map<string, number>;
  roles: string[];
  affiliations: string[];
  order: number;
}

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/\s+/)));

export const personKey = (name: string): string => name.toLowerCase().replace(/[-\s]+/g, ' ').trim();

/** Drops leading words that cannot start a name ("As Helena …" -> "Helena …"). */
function cleanName(name: string): string {
  const parts = name.split(' ');
  while (parts.length > 0 && (FUNCTION_WORDS.has(parts[0]!.toLowerCase()) || isMonthWord(parts[0]!))) parts.shift();
  return parts.join(' ');
}

function addUnique(list: string[], value: string): void {
  if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
}

function countIn(texts: readonly string[], form: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(form)}(?![\\p{L}\\p{M}])`, 'gu');
  return texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
}

/** Finds the actors of an article and returns them with a mention finder. */
export function extractActors(article: Article): ActorIndex {
  const vocabulary = lowercaseVocabulary(article);
  const sources: Source[] = [
    ...article.paragraphs.flatMap((p) => p.sentences.map((text) => ({ text, paragraphId: p.id }))),
    ...(article.caption ? [{ text: article.caption }] : []),
    ...(article.dek ? [{ text: article.dek }] : []),
  ];
  const bodyTexts = article.paragraphs.map((p) => p.text);
  const runs: Run[][] = sources.map((s) => capitalizedRuns(s.text, vocabulary));

  // Institutions: runs with an institution's head word, plus organisations named as someone's affiliation.
  const institutions = new Set<string>();
  for (const list of runs) for (const r of list) if (runHeadKind(r.words) === 'institution') institutions.add(r.text);
  for (const name of [...institutions]) if (name.startsWith('The ') && institutions.has(name.slice(4))) institutions.delete(name);
  const isInstitution = (org: string): boolean => runHeadKind(org.split(/\s+/)) === 'institution';

  // People.
  const facts: (PersonFact & { source: Source })[] = [];
  for (const source of sources) {
    for (const fact of findPersons(source.text, isInstitution)) {
      const name = cleanName(fact.name);
      const tokens = name.split(' ').filter(Boolean);
      if (tokens.length === 0 || (fact.pattern !== 'title' && tokens.length < 2)) continue;
      if (runHeadKind(tokens) !== undefined || STATE_PREFIXES.has(tokens[0]!) || tokens.every((t) => TITLE_WORDS.has(t))) continue;
      facts.push({ ...fact, name, source });
      if (fact.pattern === 'org-possessive' && fact.affiliation) institutions.add(fact.affiliation);
      if (fact.affiliation && isInstitution(fact.affiliation)) institutions.add(fact.affiliation);
    }
  }
  const drafts = new Map<string, PersonDraft>();
  const draftFor = (name: string): PersonDraft => {
    const key = personKey(name);
    let d = drafts.get(key);
    if (!d) {
      d = { forms: new Map(), roles: [], affiliations: [], order: drafts.size };
      drafts.set(key, d);
    }
    d.forms.set(name, countIn(bodyTexts, name));
    return d;
  };
  const strong = facts.filter((f) => f.pattern !== 'reporting' && f.name.includes(' '));
  for (const f of strong) draftFor(f.name);
  const tokenOwner = (): Map<string, string> => {
    const owner = new Map<string, { key: string; weight: number }>();
    for (const [key, d] of drafts) {
      const weight = [...d.forms.values()].reduce((a, b) => a + b, 0);
      for (const form of d.forms.keys()) {
        const tokens = form.split(' ');
        for (const token of [tokens[0]!, tokens[tokens.length - 1]!]) {
          if (token.length < 3 || token.includes('.')) continue;
          const current = owner.get(token);
          if (!current || current.weight < weight) owner.set(token, { key, weight });
        }
      }
    }
    return new Map([...owner].map(([t, o]) => [t, o.key]));
  };
  let owners = tokenOwner();
  const blockedForStates = (name: string): boolean =>
    drafts.has(personKey(name)) ||
    owners.has(name) ||
    institutions.has(name) ||
    FUNCTION_WORDS.has(name.toLowerCase()) ||
    TITLE_WORDS.has(name) ||
    isMonthWord(name);
  // "Prime Minister X of Y": Y is the state the leader belongs to.
  const seeds = facts.filter((f) => f.pattern === 'title' && f.affiliation && !isInstitution(f.affiliation)).map((f) => f.affiliation!);
  const { states, demonyms } = findStates(sources.map((s) => s.text), runs, blockedForStates, seeds);
  const stateNames = new Set([...states.keys(), ...[...states.values()].flatMap((a) => [...a])]);

  // Weaker person facts: single names after a title, people who "said" something; never a state.
  for (const f of facts) {
    if (strong.includes(f)) continue;
    if (stateNames.has(f.name) || institutions.has(f.name)) continue;
    if (!f.name.includes(' ') && owners.has(f.name)) continue;
    draftFor(f.name);
  }
  owners = tokenOwner();
  const resolvePerson = (name: string): PersonDraft | undefined =>
    name.includes(' ') ? drafts.get(personKey(name)) : drafts.get(owners.get(name) ?? '') ?? drafts.get(personKey(name));
  const isStateWord = (raw: string): boolean => demonyms.has(raw) || states.has(raw);
  for (const f of facts) {
    const d = resolvePerson(f.name);
    if (!d) continue;
    // "South Ardenian President": a state; "Fisheries Minister": part of the title.
    const before = f.beforeTitle;
    const titlePart = before && !isStateWord(before) && !FUNCTION_WORDS.has(before.toLowerCase()) && before.split(' ').length <= 2;
    const role = f.role && titlePart ? `${before} ${f.role}` : f.role;
    if (role && !HONORIFICS.has(role)) addUnique(d.roles, role);
    if (f.affiliation) d.affiliations.push(f.affiliation);
    if (before && isStateWord(before)) d.affiliations.push(before);
  }

  const resolveAffiliation = (raw: string): string | undefined => {
    const name = raw.replace(/^The\s+(?=\p{Lu})/u, (m) => (institutions.has(raw) ? m : ''));
    if (demonyms.has(raw)) return demonyms.get(raw);
    if (states.has(name)) return name;
    for (const [state, aliases] of states) if (aliases.has(name)) return state;
    if (institutions.has(raw) || isInstitution(raw)) return raw;
    return undefined;
  };

  // The mention finder.
  const entries: { form: string; actor: string; kind: ActorKind }[] = [];
  const persons: { name: string; d: PersonDraft }[] = [];
  for (const d of drafts.values()) {
    const display = [...d.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    persons.push({ name: display, d });
    for (const form of d.forms.keys()) entries.push({ form, actor: display, kind: 'person' });
  }
  owners = tokenOwner();
  for (const [token, key] of owners) {
    const p = persons.find((x) => x.d === drafts.get(key));
    if (p && !stateNames.has(token) && !institutions.has(token)) entries.push({ form: token, actor: p.name, kind: 'person' });
  }
  for (const [name, aliases] of states) {
    entries.push({ form: name, actor: name, kind: 'state' });
    for (const a of aliases) entries.push({ form: a, actor: name, kind: 'state' });
  }
  for (const name of institutions) entries.push({ form: name, actor: name, kind: 'institution' });
  const mentions = mentionFinder(entries);

  // Actors with the paragraphs that mention them.
  const seen = new Map<string, { paragraphIds: string[]; aliases: Set<string> }>();
  for (const p of article.paragraphs) {
    for (const m of mentions(p.text)) {
      const s = seen.get(m.actor) ?? { paragraphIds: [], aliases: new Set<string>() };
      if (!s.paragraphIds.includes(p.id)) s.paragraphIds.push(p.id);
      if (m.form !== m.actor) s.aliases.add(m.form);
      seen.set(m.actor, s);
    }
  }
  const usedForms = (actor: string): string[] => [...(seen.get(actor)?.aliases ?? [])];
  const actors: Actor[] = [];
  for (const { name, d } of persons.sort((a, b) => a.d.order - b.d.order)) {
    const s = seen.get(name);
    if (!s) continue;
    const affiliation = d.affiliations.map(resolveAffiliation).find((a): a is string => a !== undefined);
    actors.push({ name, kind: 'person', aliases: usedForms(name), roles: d.roles, ...(affiliation ? { affiliation } : {}), paragraphIds: s.paragraphIds });
  }
  for (const name of states.keys()) {
    const s = seen.get(name);
    if (s) actors.push({ name, kind: 'state', aliases: usedForms(name), roles: [], paragraphIds: s.paragraphIds });
  }
  for (const name of institutions) {
    const s = seen.get(name);
    if (!s) continue;
    // "U.S. Congress", "East Ardenian Foreign Ministry": an acronym or demonym in front names the state.
    const prefix = [...demonyms.keys()].find((d) => name.startsWith(`${d} `));
    const affiliation = prefix ? demonyms.get(prefix) : undefined;
    actors.push({ name, kind: 'institution', aliases: [], roles: [], ...(affiliation ? { affiliation } : {}), paragraphIds: s.paragraphIds });
  }
  const firstParagraph = (a: Actor): number => Number((a.paragraphIds[0] ?? 'p0').slice(1));
  const kindOrder: Record<ActorKind, number> = { person: 0, state: 1, institution: 2 };
  actors.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || firstParagraph(a) - firstParagraph(b));
  return { actors, mentions };
}

const TITLE_BEFORE = new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}\p{M}.-]*\s){0,2}\p{Lu}[\p{L}\p{M}.-]*?(?:['’]s)?\s)?(?:${TITLE_PATTERN})\s$`, 'u');

/** Builds the scanner over actor names: longest form first, whole words only. */
function mentionFinder(entries: { form: string; actor: string; kind: ActorKind }[]): (text: string) => Mention[] {
  const sorted = [...entries].sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map(sorted.map((e) => [e.form, e]));
  if (sorted.length === 0) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{M}.])(?:${sorted.map((e) => escapeRegExp(e.form)).join('|')})(?![\\p{L}\\p{M}]|\\.\\p{L})`, 'gu');
  return (text) => {
    const found: Mention[] = [];
    for (const m of text.matchAll(re)) {
      const e = byForm.get(m[0]);
      if (!e) continue;
      let start = m.index ?? 0;
      if (e.kind === 'person') {
        const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
        if (title) start -= title[0].length;
      }
      found.push({ actor: e.actor, form: m[0], kind: e.kind, start, end: (m.index ?? 0) + m[0].length });
    }
    return found;
  };
}
