// People of an article: person facts merged into one record per person, the short forms each owns, roles and affiliations.

import type { SourcedPersonFact } from './actor-candidates.js';
import { HONORIFICS } from './persons.js';
import { escapeRegExp, FUNCTION_WORDS } from './text.js';

/** One person's spellings, each with how often the body writes it, and when the person was first found. */
export interface PersonRecord {
  forms: ReadonlyMap<string, number>;
  order: number;
}

/** People by key (`personKey`), in the order they were found. */
export type PersonBook = ReadonlyMap<string, PersonRecord>;

/** A resolved person: display name, every spelling, roles and affiliations as written. */
export interface Person {
  key: string;
  /** The form the body writes most (the longest among equals). */
  name: string;
  forms: string[];
  roles: string[];
  affiliations: string[];
  order: number;
}

export const personKey = (name: string): string => name.toLowerCase().replace(/[-\s]+/g, ' ').trim();

/** A fact that names a person on its own: a full name with a title, appositive, description or organisation. */
export const isStrongFact = (f: SourcedPersonFact): boolean => f.pattern !== 'reporting' && f.name.includes(' ');

function countIn(texts: readonly string[], form: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(form)}(?![\\p{L}\\p{M}])`, 'gu');
  return texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
}

/** The book with these names added (a known person gains the spelling; a new one is appended). */
export function addPeople(book: PersonBook, names: readonly string[], bodyTexts: readonly string[]): PersonBook {
  const next = new Map<string, { forms: Map<string, number>; order: number }>([...book].map(([k, r]) => [k, { forms: new Map(r.forms), order: r.order }]));
  for (const name of names) {
    const key = personKey(name);
    const record = next.get(key) ?? { forms: new Map<string, number>(), order: next.size };
    record.forms.set(name, countIn(bodyTexts, name));
    next.set(key, record);
  }
  return next;
}

/** Which person a lone first or last name stands for: the most-written person who uses it (3+ letters, no initials). */
export function tokenOwners(book: PersonBook): Map<string, string> {
  const owner = new Map<string, { key: string; weight: number }>();
  for (const [key, record] of book) {
    const weight = [...record.forms.values()].reduce((a, b) => a + b, 0);
    for (const form of record.forms.keys()) {
      const tokens = form.split(' ');
      for (const token of [tokens[0]!, tokens[tokens.length - 1]!]) {
        if (token.length < 3 || token.includes('.')) continue;
        const current = owner.get(token);
        if (!current || current.weight < weight) owner.set(token, { key, weight });
      }
    }
  }
  return new Map([...owner].map(([t, o]) => [t, o.key]));
}

/** The key of the person a name stands for: a full name by its key, a single word by its owner. */
export function personFor(book: PersonBook, owners: ReadonlyMap<string, string>, name: string): string | undefined {
  if (name.includes(' ')) return book.has(personKey(name)) ? personKey(name) : undefined;
  const owned = owners.get(name);
  if (owned !== undefined && book.has(owned)) return owned;
  return book.has(personKey(name)) ? personKey(name) : undefined;
}

function addUnique(list: string[], value: string): void {
  if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
}

/**
 * Each person with the roles and affiliations their facts state. `isStateWord` tells a state or demonym written before
 * a title ("South Ardenian President": an affiliation) from a part of the title ("Fisheries Minister").
 */
export function describePeople(
  book: PersonBook,
  facts: readonly SourcedPersonFact[],
  isStateWord: (word: string) => boolean,
): Person[] {
  const owners = tokenOwners(book);
  const people = new Map<string, Person>();
  for (const [key, record] of book) {
    const forms = [...record.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    people.set(key, { key, name: forms[0]![0], forms: [...record.forms.keys()], roles: [], affiliations: [], order: record.order });
  }
  for (const f of facts) {
    const key = personFor(book, owners, f.name);
    const person = key === undefined ? undefined : people.get(key);
    if (!person) continue;
    const before = f.beforeTitle;
    const titlePart = before && !isStateWord(before) && !FUNCTION_WORDS.has(before.toLowerCase()) && before.split(' ').length <= 2;
    const role = f.role && titlePart ? `${before} ${f.role}` : f.role;
    if (role && !HONORIFICS.has(role)) addUnique(person.roles, role);
    if (f.affiliation) person.affiliations.push(f.affiliation);
    if (before && isStateWord(before)) person.affiliations.push(before);
  }
  return [...people.values()];
}
