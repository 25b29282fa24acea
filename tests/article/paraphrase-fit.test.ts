// Over-long clauses that no ordinary cut shortens still end up slide-sized, keeping the clause that holds the point.

import { describe, expect, it } from 'vitest';
import { sentenceBullets } from '../../src/article/bullets.js';
import { paraphrase } from '../../src/article/paraphrase.js';
import { wordCount } from '../../src/article/text.js';
import type { RoledSentence } from '../../src/model/article.js';

const roled = (sentence: string, evidence?: string): RoledSentence => ({
  paragraphId: 'p1', index: 0, sentence, role: 'concern', rule: 'skeptic-cue', evidence: evidence ?? '', speaker: { kind: 'author' },
});

describe('last-resort cuts', () => {
  it('cuts a restrictive relative clause with its own verb', () => {
    const s = 'Whether the lenders put any real money on the table by then is the open question that will decide whether the accord is remembered as a beginning or as a promise nobody kept.';
    const out = paraphrase(s, 20);
    expect(out).toBe('Whether the lenders put any real money on the table by then is the open question.');
  });

  it('cuts a comparison that has no comma', () => {
    const s = 'The spring round was the first time in more than a decade that the two ministries discussed fishing quotas in a dedicated bilateral format rather than in the crowded annual commission meeting.';
    const out = paraphrase(s, 20);
    expect(out).toMatch(/bilateral format\.$/);
    expect(wordCount(out)).toBeLessThanOrEqual(25);
  });

  it('keeps the closing quote with the first clause and the second clause when it holds the point', () => {
    const s = 'The governor leads a coalition that has sworn never to give up "a single hectare of the valley," and the minister faces a vote in the autumn in which his rivals already call the accord a surrender.';
    expect(paraphrase(s, 20)).toBe('The governor leads a coalition that has sworn never to give up "a single hectare of the valley".');
    expect(paraphrase(s, 20, 'faces a vote')).toMatch(/^The minister faces a vote/);
  });

  it('drops a long fronted time clause only when nothing else fits', () => {
    const s = 'When the harbour commissioner, Ana Ruiz, and the river authority chair, Tomas Berg, signed the letter in the capital yesterday, both sides called the meeting a turning point.';
    expect(paraphrase(s, 20)).toBe('Both sides called the meeting a turning point.');
    expect(paraphrase('When the two chairs met, both sides called the meeting a turning point.', 20)).toBe('When the two chairs met, both sides called the meeting a turning point.');
  });

  it('re-adds a closing attribution without its relative clause', () => {
    const s = 'Ministers agreed early on Monday to extend the freeze on port fees for two more years, after the largest importer dropped its threat to walk out, according to three delegates who attended the closed session.';
    const [bullet] = sentenceBullets(roled(s));
    expect(bullet!.text).toMatch(/, according to three delegates\.$/);
    expect(wordCount(bullet!.text)).toBeLessThanOrEqual(25);
  });
});

describe('a second clause cut loose', () => {
  it('takes the first clause’s subject in place of its “they”', () => {
    const s = 'The northern banks and two pension funds hold about a third of the harbour debt, and they have not said whether they will accept the same terms as the bondholders.';
    expect(paraphrase(s, 20, 'have not said whether')).toBe('The northern banks and two pension funds have not said whether they will accept the same terms as the bondholders.');
  });

  it('keeps “they” when the first clause opens with a pronoun', () => {
    const s = 'We hold about a third of the harbour debt in our own funds, and they have not said whether they will accept the same terms as the bondholders.';
    expect(paraphrase(s, 20, 'have not said whether')).toMatch(/^They have not said/);
  });
});
