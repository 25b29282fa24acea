// The scorer on a fixture deck whose checks are known: points in one short bullet, empty sections, must-nots, sizes.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGold, type Gold } from '../../scripts/eval/gold.js';
import { viewDeck } from '../../scripts/eval/deck-view.js';
import { scoreDeck, type CheckResult } from '../../scripts/eval/score.js';

const dir = fileURLToPath(new URL('./fixtures/scored-deck/', import.meta.url));
const deckText = readFileSync(`${dir}01-deck.md`, 'utf8');

function gold(): Gold {
  const parsed = parseGold(readFileSync(`${dir}gold.yaml`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.gold;
}

const score = (text: string) => scoreDeck(gold(), viewDeck([{ name: '01-deck.md', text }]));
const byName = (checks: CheckResult[], name: string): CheckResult => {
  const found = checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check named ${name}`);
  return found;
};

describe('scoreDeck on the fixture deck', () => {
  const result = score(deckText);

  it('passes a point whose term groups all match inside one bullet', () => {
    expect(byName(result.checks, 'carried in one short bullet')).toMatchObject({ passed: true, where: 'bottom-line' });
    expect(byName(result.checks, 'acronym and emphasis').passed).toBe(true);
    expect(byName(result.checks, 'a dated event').passed).toBe(true);
  });

  it('fails a point found only in a bullet longer than 25 words, or split across two bullets', () => {
    expect(byName(result.checks, 'only in the pasted paragraph (too long to count)').passed).toBe(false);
    const split = byName(result.checks, 'split across two bullets');
    expect(split.passed).toBe(false);
    expect(split.detail).toMatch(/^closest \(1\/2 term groups\)/);
  });

  it('matches acronyms in capitals only: "us" is not the US', () => {
    expect(byName(result.checks, 'the acronym US is not the pronoun us').passed).toBe(false);
  });

  it('reads diagram edges as units and keeps hyphenated names whole', () => {
    expect(byName(result.checks, 'the mediator brokered').passed).toBe(true);
    expect(byName(result.checks, 'a dashed edge reads as reported').passed).toBe(true);
    expect(byName(result.checks, 'half of a hyphenated name').passed).toBe(true);
  });

  it('passes an empty section that says so and has no bullets', () => {
    expect(byName(result.checks, 'recommendations is said to be empty').passed).toBe(true);
  });

  it('fails the bullet-size check on a fragment and on a pasted paragraph, naming both', () => {
    const size = byName(result.checks, 'bullets have 3–25 words');
    expect(size.passed).toBe(false);
    expect(size.detail).toContain('1 words: Lots.');
    expect(size.detail).toContain('31 words: This bullet pastes');
  });

  it('detects visible junk but not text in speaker notes; unless-any excuses a unit', () => {
    expect(byName(result.checks, 'Fixture briefing')).toMatchObject({ passed: false, detail: 'Fixture briefing' });
    expect(byName(result.checks, 'Skip to main content').passed).toBe(true);
    expect(byName(result.checks, 'a bare pronoun phrase').passed).toBe(true);
  });

  it('counts checks passed over checks', () => {
    expect(result.total).toBe(15);
    expect(result.passed).toBe(10);
  });

  it('fails an expected-empty section that lists bullets or has no slide', () => {
    const filled = score(deckText.replace('The article makes no recommendation.', '- Donors should pay more [@p2]'));
    expect(byName(filled.checks, 'recommendations is said to be empty')).toMatchObject({ passed: false, detail: '1 bullet(s), e.g. Donors should pay more' });
    const silent = score(deckText.replace('The article makes no recommendation.', 'Recommendations follow.'));
    expect(byName(silent.checks, 'recommendations is said to be empty').passed).toBe(false);
    const missing = score(deckText.replace('section: recommendations', 'section: context'));
    expect(byName(missing.checks, 'recommendations is said to be empty').detail).toMatch(/no slide has this section/);
  });

  it('checks the publication date: none invented when the article states none, the stated one otherwise', () => {
    expect(byName(result.checks, 'no publication date invented').passed).toBe(true);
    const invented = score(deckText.replace('subtitle: A deck whose checks are known', 'subtitle: A deck whose checks are known\nsource-published: 2027-03-12'));
    expect(byName(invented.checks, 'no publication date invented')).toMatchObject({ passed: false, detail: 'the headmatter says 2027-03-12' });
    const dated = scoreDeck({ ...gold(), published: '2027-03-12' }, viewDeck([{ name: '01-deck.md', text: deckText.replace('subtitle: A deck whose checks are known', 'subtitle: x\ndate: 2027-03-12') }]));
    expect(byName(dated.checks, 'publication date 2027-03-12').passed).toBe(true);
  });

  it('lets an in-slides point be carried by the slide title, and only then', () => {
    const withPoint = (inSlides: boolean): Gold => {
      const g = gold();
      return { ...g, sections: { ...g.sections, firsts: { expectEmpty: false, points: [{ name: 'title point', all: [['Firsts']], inSlides }] } } };
    };
    const view = viewDeck([{ name: '01-deck.md', text: deckText }]);
    expect(byName(scoreDeck(withPoint(true), view).checks, 'title point')).toMatchObject({ passed: true, detail: 'Firsts' });
    expect(byName(scoreDeck(withPoint(false), view).checks, 'title point').passed).toBe(false);
  });

  it('fails a must-not on half a hyphenated name once it is drawn alone', () => {
    const half = score(deckText.replace('hl["Amira Haddad-Lowe<br/>mediator"]', 'hl["Lowe<br/>mediator"]'));
    expect(byName(half.checks, 'half of a hyphenated name')).toMatchObject({ passed: false, detail: 'Lowe mediator' });
  });
});

describe('parseGold', () => {
  it('names what is wrong in a checklist', () => {
    expect(parseGold('sections:\n  firsts:\n    points:\n      - name: x\n        all: [first]\n')).toEqual({ ok: false, message: 'sections.firsts point 1 "x": term group 1 must be a non-empty list of alternatives' });
    expect(parseGold('sections:\n  findings: {expect-empty: true}\n')).toMatchObject({ ok: false, message: expect.stringContaining('unknown section "findings"') });
    expect(parseGold('sections:\n  firsts: {}\n')).toMatchObject({ ok: false, message: expect.stringContaining('list at least one point') });
    expect(parseGold('must-not-appear:\n  - text: x\n    in: footer\nsections: {}\n')).toMatchObject({ ok: false, message: expect.stringContaining('"in" must be one of') });
    expect(parseGold('sections: [\n')).toMatchObject({ ok: false, message: expect.stringMatching(/^line \d+: /) });
  });

  it('reads every corpus checklist', async () => {
    const { loadCorpus } = await import('../../scripts/eval/corpus.js');
    const corpus = await loadCorpus(fileURLToPath(new URL('./corpus/', import.meta.url)), fileURLToPath(new URL('../../', import.meta.url)));
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThanOrEqual(10);
  });
});
