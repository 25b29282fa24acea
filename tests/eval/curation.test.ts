// The curation count: kept, edited, added and removed bullets between a curated deck and its generated draft.

import { describe, expect, it } from 'vitest';
import { curationCount, formatCuration } from '../../scripts/eval/curation.js';

const deck = (bullets: string[]): { name: string; text: string }[] => [{ name: 'deck.md', text: `## A\n\n${bullets.map((b) => `- ${b} [@p1]`).join('\n')}\n\nNote:\n- a note bullet is never counted\n` }];

describe('curationCount', () => {
  it('counts identical bullets as kept, close ones as edited, the rest as added (curated) or removed (generated)', () => {
    const curated = deck(['Kim accepted the invitation', 'Talks resume in Geneva on Monday', 'Observers arrive late']);
    const generated = deck(['Kim accepted the invitation', 'Talks resume in Geneva', 'Sanctions stay in place']);
    const count = curationCount(curated, generated);
    expect(count.kept.map((p) => p.curated)).toEqual(['Kim accepted the invitation']);
    expect(count.edited).toEqual([{ curated: 'Talks resume in Geneva on Monday', generated: 'Talks resume in Geneva', score: 6 / 7 }]);
    expect(count.added).toEqual(['Observers arrive late']);
    expect(count.removed).toEqual(['Sanctions stay in place']);
    expect(formatCuration(count)[0]).toContain('kept 1, edited 1, added 1, removed 1');
  });

  it('pairs one to one: a generated bullet is the counterpart of one curated bullet at most, the closest first', () => {
    const curated = deck(['Talks resume in Geneva on Monday', 'Talks resume in Geneva']);
    const generated = deck(['Talks resume in Geneva today']);
    const count = curationCount(curated, generated);
    expect(count.edited.map((p) => p.curated)).toEqual(['Talks resume in Geneva']);
    expect(count.added).toEqual(['Talks resume in Geneva on Monday']);
    expect(count.removed).toEqual([]);
  });

  it('prefers an identical pair over a merely close one for the same generated bullet', () => {
    const curated = deck(['Talks resume in Geneva today', 'Talks resume in Geneva']);
    const generated = deck(['Talks resume in Geneva']);
    const count = curationCount(curated, generated);
    expect(count.kept.map((p) => p.curated)).toEqual(['Talks resume in Geneva']);
    expect(count.added).toEqual(['Talks resume in Geneva today']);
  });
});
