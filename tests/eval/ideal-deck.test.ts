// Hand-written briefings of corpus articles meet their whole checklists: the gold describes decks one can write.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../scripts/eval/gold.js';
import { viewDeck } from '../../scripts/eval/deck-view.js';
import { scoreDeck } from '../../scripts/eval/score.js';

const read = (relative: string): string => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');

interface IdealCase {
  slug: string;
  fixture: string;
  /** An edit that spoils the deck, and the checks it must then fail. */
  spoil: { what: string; edit: (deck: string) => string; fails: string[] };
}

const CASES: IdealCase[] = [
  {
    slug: 'tarsk-ceasefire-questions',
    fixture: 'ideal-tarsk',
    spoil: {
      what: 'the hedges and the monitor removed',
      edit: (deck) => deck
        .replace('Marovia reportedly agreed', 'Marovia agreed')
        .replace('defense ministry seemingly uses', 'defense ministry uses')
        .replace('- It is the first agreement between the two governments that names an outside monitor: 120 UN observers [@p1]\n', ''),
      fails: ['first agreement with an outside monitor', 'the second corridor is reported, not in the text', 'Marovia seemingly uses the truce to rotate units'],
    },
  },
  {
    slug: 'lake-varen-summit-subheadings',
    fixture: 'ideal-lake-varen',
    spoil: {
      what: 'the reported dinner drawn as a plain, solid edge',
      edit: (deck) => deck.replace('voss -.-|private dinner, reportedly| milo', 'voss ---|private dinner| milo'),
      fails: ['the private dinner drawn as reported'],
    },
  },
];

for (const c of CASES) {
  describe(`the ideal briefing of ${c.slug}`, () => {
    const gold = parseGold(read(`./corpus/${c.slug}/gold.yaml`));
    if (!gold.ok) throw new Error(gold.message);
    const deck = read(`./fixtures/${c.fixture}/01-briefing.md`);
    const failed = (text: string) => scoreDeck(gold.gold, viewDeck([{ name: '01-briefing.md', text }])).checks.filter((check) => !check.passed);

    it('passes every check of the article’s gold checklist', () => {
      expect(failed(deck).map((check) => `${check.where} ${check.name}: ${check.detail}`)).toEqual([]);
    });

    it(`loses exactly the points it drops: ${c.spoil.what}`, () => {
      expect(failed(c.spoil.edit(deck)).map((check) => check.name)).toEqual(c.spoil.fails);
    });
  });
}
