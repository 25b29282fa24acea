// Actors in every form: lower-case offices, hyphenated surnames, lists of office holders, delegations, states ending like demonyms.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';
import { findPersons } from '../../src/article/persons.js';

const article = [
  'Harbour Talks Resume',
  'When the NR trade representative, Ilse Varga-Holm, and Tarvan’s economy minister, Ken Osaro, shook hands in Port Levin on Monday, both sides called it a start.',
  'The talks were prepared by the two foreign ministers, Ana Lind of Norrland and Piet Vask of Tarvan, who had met twice since March.',
  'Varga-Holm was briefed by Lind before the round. Tarvanese officials say Osaro wants a quota.',
  'NR president Mara Quint must approve any cut, and Tarvan has not said whether it will move.',
  'Deputy Minister Olga Sten led the Tarvanese delegation at the technical table.',
].join('\n\n');

describe('people found from lower-case offices and lists', () => {
  it('reads "<State>’s <office>, <Name>" and "the two <offices>, A of X and B of Y" as people with roles and states', () => {
    const facts = findPersons(article.split('\n\n')[2]!, () => false).map((f) => `${f.name} | ${f.role} | ${f.affiliation}`);
    expect(facts).toEqual(['Ana Lind | foreign minister | Norrland', 'Piet Vask | foreign minister | Tarvan']);
    const office = findPersons('When the NR trade representative, Ilse Varga-Holm, met them', () => false);
    expect(office.map((f) => [f.name, f.role, f.affiliation])).toEqual([['Ilse Varga-Holm', 'trade representative', 'NR']]);
    // Coordinated affiliations before a list of names are not handed out to the names in turn.
    const split = findPersons('They met Norrish and Tarvanese chief negotiators Ana Lind and Piet Vask on Monday.', () => false);
    expect(split.map((f) => [f.name, f.affiliation])).toEqual([['Ana Lind', undefined], ['Piet Vask', undefined]]);
  });
});

describe('actors and relations of an article written in those forms', () => {
  const { outline } = generate(article, { fileName: 'harbour.txt' });
  const people = new Map(outline!.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a]));
  const states = outline!.actors.filter((a) => a.kind === 'state').map((a) => a.name);

  it('keeps hyphenated surnames whole and groups people by their state', () => {
    expect(people.get('Ilse Varga-Holm')?.affiliation).toBe('NR');
    expect(people.get('Ken Osaro')?.affiliation).toBe('Tarvan');
    expect(people.get('Piet Vask')?.affiliation).toBe('Tarvan');
    expect(people.get('Olga Sten')?.affiliation).toBe('Tarvan');
  });

  it('finds a state whose name ends like a demonym beside its demonym, and an undotted acronym before a state’s office', () => {
    expect(states).toContain('Tarvan');
    expect(states).toContain('NR');
    expect(states.some((s) => /Lind|Vask|Minister/.test(s))).toBe(false);
  });

  it('reads "A, and B, shook hands" as a meeting and "A was briefed by B" as B briefed A', () => {
    const relations = outline!.relations.map((r) => `${r.from} ${r.verb} ${r.to}`);
    expect(relations).toContain('Ilse Varga-Holm met Ken Osaro');
    expect(relations).toContain('Ana Lind briefed Ilse Varga-Holm');
  });
});
