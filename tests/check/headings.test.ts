// `briefdeck check` warns about slides without a heading, naming file and line; headings in notes do not count.

import { describe, expect, it } from 'vitest';
import { checkHeadings } from '../../src/check/headings.js';
import { parseDeck } from '../../src/parse/parse-deck.js';

function headingWarnings(markdown: string) {
  return checkHeadings(parseDeck([{ file: 'deck.md', text: markdown }]).slides);
}

describe('checkHeadings', () => {
  it('accepts slides with a Markdown or HTML heading at any level', () => {
    expect(headingWarnings('# One\n\n---\n### Three\n\n---\n<h2>HTML</h2>\n')).toEqual([]);
  });

  it('warns about a slide with content but no heading, at its first content line', () => {
    const warnings = headingWarnings('# One\n\n---\nid: bare\n---\nJust text.\n\nNote:\n## Not a slide heading\n');
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', code: 'no-heading', file: 'deck.md', line: 6 })]);
    expect(warnings[0]!.message).toContain('"bare"');
  });

  it('says nothing of empty slides (the parser already warns about them)', () => {
    expect(headingWarnings('# One\n\n---\n\n---\n## Two\n')).toEqual([]);
  });
});
