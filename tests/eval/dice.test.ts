// Content words, the Dice coefficient and the home figure's close-counterpart rule.

import { describe, expect, it } from 'vitest';
import { contentWords, counterparts, dice } from '../../scripts/eval/dice.js';
import { deckBullets, homeFigure } from '../../scripts/eval/home.js';

describe('contentWords', () => {
  it('drops stop words and one-letter tokens, lower-cases, keeps hyphenated names and numbers whole', () => {
    expect([...contentWords('The delegation, led by Chung Eui-yong, met Kim Jong-un’s aides on 5 March')]).toEqual(['delegation', 'led', 'chung', 'eui-yong', 'met', 'kim', 'jong-un', 'aides', 'march']);
  });
});

describe('dice', () => {
  it('is 2·shared / (|A| + |B|) over content-word sets', () => {
    expect(dice('Kim accepted the invitation', 'Kim accepted an invitation')).toBe(1);
    expect(dice('Talks collapsed in Geneva', 'Talks collapsed')).toBeCloseTo(0.8, 10);
    expect(dice('Sanctions relief first', 'Inspectors return')).toBe(0);
    expect(dice('the and of', 'a an')).toBe(0);
  });
});

describe('counterparts', () => {
  it('pairs each reference bullet with its closest generated one and applies the 0.6 threshold inclusively', () => {
    // {talks, resume, geneva, monday} vs {talks, resume, geneva} → 6/7 ≈ 0.857; vs {talks, end} → 2/6 ≈ 0.333
    const pairs = counterparts(['Talks resume in Geneva on Monday', 'Observers arrive late'], ['Talks resume in Geneva', 'Talks end']);
    expect(pairs[0]).toMatchObject({ best: 'Talks resume in Geneva', close: true });
    expect(pairs[0]!.score).toBeCloseTo(6 / 7, 10);
    expect(pairs[1]).toMatchObject({ close: false, score: 0 });
    // {a1, b1, c1} vs {a1, b1, d1, e1, f1... } exactly 0.6: 2·3 / (3 + 7) = 0.6
    const edge = counterparts(['alpha bravo charlie'], ['alpha bravo charlie delta echo foxtrot golf']);
    expect(edge[0]!.score).toBeCloseTo(0.6, 10);
    expect(edge[0]!.close).toBe(true);
  });
});

describe('homeFigure', () => {
  it('counts the reference list items (notes excluded) that have a close counterpart', () => {
    const reference = [{ name: 'ref.md', text: '## A\n\n- Kim accepted the invitation [@p3]\n- Observers monitor the line [@p1]\n\nNote:\n- a note bullet that is not counted\n' }];
    const generated = [{ name: 'gen.md', text: '## B\n\n- **March:** Kim accepted an invitation [@p3]\n' }];
    expect(deckBullets(reference)).toEqual(['Kim accepted the invitation', 'Observers monitor the line']);
    const figure = homeFigure(reference, generated);
    expect(figure).toMatchObject({ reference: 2, close: 1, share: 0.5 });
    expect(figure.pairs[0]!.best).toBe('March: Kim accepted an invitation');
  });
});
