// Relations from symmetric and passive forms, hedged relations drawn dashed, and titled people joined by "and".
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';
import { findPersons } from '../../src/article/persons.js';

const article = [
  'Border Talks at the Lake',
  'Governor Ilsa Brandt of Norland and Mayor Tomas Quell of Ostmark met at the lake on Friday.',
  'Governor Ilsa Brandt was briefed by Ambassador Rui Tavar before the talks.',
  'Brandt and Quell also held a private dinner, reportedly at the mayor’s request.',
  'Both offices say a second meeting is possible before the winter.',
].join('\n\n');

describe('relations in symmetric, passive and hedged forms', () => {
  it('stops a title’s affiliation before "and <Title> <Name>"', () => {
    const facts = findPersons('Governor Ilsa Brandt of Norland and Mayor Tomas Quell of Ostmark met.', () => false);
    expect(facts.map((f) => [f.name, f.affiliation])).toEqual([['Ilsa Brandt', 'Norland'], ['Tomas Quell', 'Ostmark']]);
  });

  const result = generate(article, { fileName: 'lake.txt' });
  const relations = result.outline!.relations.map((r) => `${r.from} ${r.hedge ? `${r.hedge} ` : ''}${r.verb}${r.detail ? ` (${r.detail})` : ''} ${r.to}`);

  it('reads "A was briefed by B" as B briefed A, and "A and B held a dinner" as a hedged meeting', () => {
    expect(relations).toContain('Rui Tavar briefed Ilsa Brandt');
    expect(relations).toContain('Ilsa Brandt reportedly met (held a private dinner) Tomas Quell');
  });

  it('draws the hedged relation dashed and labelled with its hedge', () => {
    const actors = result.files.find((f) => f.name.endsWith('actors.md'))!.text;
    expect(actors).toMatch(/-\.->\|reportedly held a private dinner with\|/);
    expect(actors).toMatch(/ -->\|briefed\| /);
  });
});

describe('named parties', () => {
  it('names the person, not the title: "Prime Minister Elena Marsh" is Elena Marsh, and "Supreme Leader" alone names nobody', async () => {
    const { nameRuns } = await import('../../src/article/named.js');
    const names = nameRuns('The Supreme Leader spoke first. Later, Prime Minister Elena Marsh of Ostmark answered him.').map((r) => r.name);
    expect(names).toContain('Elena Marsh');
    expect(names.some((n) => /Supreme|Prime|Minister/.test(n))).toBe(false);
  });
});
