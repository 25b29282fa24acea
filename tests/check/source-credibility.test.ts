// checkSourceCredibility on parsed decks: a cited source with nothing said about who, where or when warns; any stated
// fact, or a key left empty to say the source does not state it, satisfies it; uncited decks are not asked.

import { describe, expect, it } from 'vitest';
import { checkSourceCredibility } from '../../src/check/source-credibility.js';
import { parseDeck } from '../../src/parse/parse-deck.js';

function check(headmatter: string, body = '# Slide\n\n- A claim [@p1]\n') {
  const parsed = parseDeck([{ file: 'slides/01.md', text: `---\ntitle: T\n${headmatter}---\n${body}` }]);
  return checkSourceCredibility(parsed.meta, parsed.slides, 'slides/01.md');
}

describe('checkSourceCredibility', () => {
  it('warns, naming the headmatter and the keys to add, when a cited source has none of its facts', () => {
    const [warning, ...rest] = check('source: "An article"\narticle: source/a.txt\n');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', code: 'source-credibility', file: 'slides/01.md', line: 1 });
    expect(warning!.hint).toContain('source-author:, source-outlet:, source-published:, source-url:');
  });

  it('is satisfied by any one stated fact', () => {
    expect(check('source-outlet: Coast Weekly\n')).toEqual([]);
    expect(check('source-url: https://example.org/a\n')).toEqual([]);
  });

  it('is satisfied when the deck says, with empty keys, that the source does not state them', () => {
    expect(check('source-author:\nsource-published: ""\n')).toEqual([]);
  });

  it('does not ask a deck that cites nothing', () => {
    expect(check('', '# Slide\n\nNo citations here.\n')).toEqual([]);
  });
});
