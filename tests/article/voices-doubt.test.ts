// Rules say whether a sentence voices doubt in its own words; the bottom line reads that property, not which rule decided.
import { describe, expect, it } from 'vitest';
import { bottomLine } from '../../src/article/bottom-line.js';
import { generate } from '../../src/article/generate.js';
import type { RoledSentence } from '../../src/model/article.js';
import { roleFinder } from '../helpers/article-roles.js';

const article = [
  'Harbour Boards Sign a Tariff Schedule',
  'Port Weekly · By Ana Holm · Published 14 May 2029',
  'A first joint schedule for the bay.',
  'The two harbour boards signed their first joint tariff schedule on Monday and called it a turning point for the bay.',
  'Yet there are reasons to be skeptical: the deal has gaps that matter.',
  'First, it has no enforcement clause for the inspectors it promises.',
  'Second, the winter rates are left for a later meeting of both boards.',
  'The boards meet again in the autumn to set the winter rates for the bay.',
].join('\n\n');

describe('voicesDoubt', () => {
  const result = generate(article, { fileName: 'harbour.md' });
  const roles = result.outline!.roles;
  const findRole = roleFinder(roles);
  const roleOf = (start: string): RoledSentence => findRole(start)!;

  it('is set by the doubt-cue rule and not by the run that carries its points', () => {
    expect(roleOf('Yet there are reasons')).toMatchObject({ role: 'concern', voicesDoubt: true });
    expect(roleOf('First, it has no')).toMatchObject({ role: 'concern', rule: 'skeptical-run' });
    expect(roleOf('First, it has no').voicesDoubt).toBeUndefined();
  });

  it('decides the bottom line whatever the deciding rule is called', () => {
    const bullets = (list: readonly RoledSentence[]): string[] => bottomLine(result.article!, list).map((b) => b.text);
    const renamed = roles.map((r) => ({ ...r, rule: `renamed-${r.rule}` }));
    expect(bullets(renamed)).toEqual(bullets(roles));
    // Alone, the doubt the author voices at a turn states a thesis; the same sentence without the property does not.
    const doubt = { ...roleOf('Yet there are reasons'), rule: 'renamed' };
    expect(bullets([doubt])).toEqual([expect.stringContaining('reasons to be skeptical')]);
    const { voicesDoubt: _dropped, ...plain } = doubt;
    expect(bullets([plain])).toEqual([]);
  });
});
