// Smart quotes and dashes: off by default, on with `typographer: true` or reveal.js's `smartypants: true`.

import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile/compile-deck.js';

const body = '# "Quoted" -- it\'s here...';

async function html(headmatter: string): Promise<{ html: string; errors: string[] }> {
  const { deck } = await compileDeck([{ file: 'deck.md', text: `${headmatter}${body}\n` }]);
  return { html: deck.html, errors: deck.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`) };
}

describe('typographer', () => {
  it('leaves quotes and dashes as written by default', async () => {
    const { html: out, errors } = await html('');
    expect(out).toContain('&quot;Quoted&quot; -- it\'s here...');
    expect(errors).toEqual([]);
  });

  it.each(['typographer', 'smartypants'])('turns them typographic with %s: true, without a warning', async (key) => {
    const { html: out, errors } = await html(`---\ntitle: T\n${key}: true\n---\n`);
    expect(out).toContain('“Quoted” – it’s here…');
    expect(errors).toEqual([]);
  });

  it('refuses a value that is not true or false, at its line', async () => {
    const { errors } = await html('---\ntitle: T\ntypographer: yes please\n---\n');
    expect(errors).toEqual(['deck.md:3 deck setting "typographer" should be true or false']);
  });
});
