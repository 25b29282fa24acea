// Brackets and emphasis runs that cannot close are read as text at once: the tokens are exactly those markdown-it makes
// without the shortcut (compared over generated inline text), and the look-ahead work no longer grows with their number.

import fc from 'fast-check';
import type { MarkdownIt } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { lookAheads } from '../helpers/look-aheads.js';

const SHORTCUTS = ['unclosable_brackets', 'unclosable_delimiters'];

function withoutShortcuts(): MarkdownIt {
  const md = createMarkdown();
  md.inline.ruler.disable(SHORTCUTS);
  return md;
}

/** The token stream as data (type, tag, content, attributes, children), for comparing two parsers. */
function tokensOf(md: MarkdownIt, text: string): unknown {
  const shape = (tokens: ReturnType<MarkdownIt['parse']>): unknown[] =>
    tokens.map((t) => [t.type, t.tag, t.nesting, t.level, t.content, t.markup, t.attrs, t.map, t.meta, t.children ? shape(t.children) : null]);
  return shape(md.parse(text, { file: 'deck.md', firstLine: 1 }));
}

/** Inline text biased towards brackets, delimiter runs and what sits between them. */
const piece = fc.constantFrom('[', ']', '![', '[@', '[@p1]', '(', ')', '](x.html)', '*', '**', '_', '__', '~', '~~', '`', '\\', '<', '>',
  'a', 'word', ' ', '\n', '!', '@', '](', '[a][b]', '[b]: y.html\n\n', '.', '"', '[a]: x.html\n\n', '<b>', '&amp;', 'x_y', '*a*', ' *', '* ', '\u00a0', '🙂');
const inline = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const documentText = fc.oneof(inline, inline.map((text) => `# ${text}`), inline.map((text) => `- ${text}\n- ${text}`), inline.map((text) => `> ${text}`),
  fc.tuple(inline, inline).map(([a, b]) => `| ${a} | b |\n| - | - |\n| ${b} | c |`));

describe('unclosable brackets and delimiter runs', () => {
  it('give the tokens markdown-it gives without the shortcut', () => {
    const ours = createMarkdown();
    const plain = withoutShortcuts();
    fc.assert(fc.property(documentText, (text) => {
      expect(tokensOf(ours, text)).toEqual(tokensOf(plain, text));
    }), { numRuns: 1000 });
  });

  it('keep the cases that do close', () => {
    const html = createMarkdown().renderInline('*a [b](c.html) _d ![e](f.png)_ ~~g~~ h* [i [@p1] ![j');
    expect(html).toBe('<em>a <a href="c.html">b</a> <em>d <img src="f.png" alt="e"></em> <s>g</s> h</em> [i <sup class="cite" data-cite="p1" title="Source: paragraph p1 of the article">p1</sup> ![j');
  });

  it('look ahead once per character of brackets that cannot close, where markdown-it alone looks ahead up to the nesting limit', () => {
    for (const unit of ['![', '[', '[@', 'a [', '[a][']) {
      const text = `# ${unit.repeat(20_000 / unit.length)}`;
      expect(lookAheads(createMarkdown(), text), unit).toBe(0);
      expect(lookAheads(withoutShortcuts(), text) / text.length, unit).toBeGreaterThan(2);
    }
  });
});
