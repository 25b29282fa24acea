// Hand-written briefings of corpus articles meet their whole checklists: the gold describes decks one can write.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../scripts/eval/gold.js';
import { viewDeck } from '../../scripts/eval/deck-view.js';
import { scoreDeck } from '../../scripts/eval/score.js';

const read = (relative: string): string => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

describe('the ideal briefing of the Tarsk ceasefire article', () => {
  const gold = parseGold(read('./corpus/tarsk-ceasefire-questions/gold.yaml'));
  if (!gold.ok) throw new Error(gold.message);
  const deck = read('./fixtures/ideal-tarsk/01-briefing.md');

  it('passes every check of the article’s gold checklist', () => {
    const score = scoreDeck(gold.gold, viewDeck([{ name: '01-briefing.md', text: deck }]));
    expect(score.checks.filter((c) => !c.passed).map((c) => `${c.where} ${c.name}: ${c.detail}`)).toEqual([]);
    expect(score.passed).toBe(score.total);
  });

  it('loses the points it drops: the same deck with the hedges and the monitor removed', () => {
    const worse = deck
      .replace('Marovia reportedly agreed', 'Marovia agreed')
      .replace('defense ministry seemingly uses', 'defense ministry uses')
      .replace('- It is the first agreement between the two governments that names an outside monitor: 120 UN observers [@p1]\n', '');
    const score = scoreDeck(gold.gold, viewDeck([{ name: '01-briefing.md', text: worse }]));
    expect(score.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual([
      'first agreement with an outside monitor',
      'the second corridor is reported, not in the text',
      'Marovia seemingly uses the truce to rotate units',
    ]);
  });
});

describe('the ideal briefing of the Lake Varen summit article', () => {
  const gold = parseGold(read('./corpus/lake-varen-summit-subheadings/gold.yaml'));
  if (!gold.ok) throw new Error(gold.message);
  const deck = read('./fixtures/ideal-lake-varen/01-briefing.md');

  it('passes every check: the empty recommendations said, the relations drawn symmetric, passive and dashed', () => {
    const score = scoreDeck(gold.gold, viewDeck([{ name: '01-briefing.md', text: deck }]));
    expect(score.checks.filter((c) => !c.passed).map((c) => `${c.where} ${c.name}: ${c.detail}`)).toEqual([]);
    expect(score.passed).toBe(score.total);
  });

  it('fails the reported-dinner point once the edge is drawn solid and unlabelled as reported', () => {
    const solid = deck.replace('voss -.-|private dinner, reportedly| milo', 'voss ---|private dinner| milo');
    const score = scoreDeck(gold.gold, viewDeck([{ name: '01-briefing.md', text: solid }]));
    expect(score.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(['the private dinner drawn as reported']);
  });
});
