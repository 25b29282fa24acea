// The inline parser's own token constructor: the tokens are markdown-it's, field for field, in the same order, of the
// same prototype, for every fixture, every long-line shape and inline markup of every kind.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { createRenderEnv } from '../../src/markdown/env.js';
import { longLineShapes } from '../../bench/lib/long-lines.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

const INLINE_MARKUP = [
  '# A *b* **c** _d_ ~~e~~ `f` [g](https://h.example "t") ![i](j.png) <span>k</span> &amp; \\* [@p1] [@p2; p3] [@x y]',
  '- l https://m.example/n and www.o.example, <https://p.example> <q@r.example>\n- ***s*** *t **u** v* [w [x](y)] z  \nbreak',
  '| a | *b* |\n| - | - |\n| [c](d) | `e` |\n\n> quoted **f** {+}\n\ntext <!-- .element: class="g" -->',
  // Emphasis does not pair across a link's edge: each link keeps its own delimiters.
  '*a [b* c](d) e* and _f [g_ h](i)_ and [*j* **k**](l)',
];

/** What `md` parses `text` to, each token with its fields in order and its prototype. */
function parsed(md: MarkdownIt, text: string): { tokens: Token[]; json: string } {
  const tokens = md.parse(text, createRenderEnv('deck.md', 1));
  return { tokens, json: JSON.stringify(tokens) };
}

/** The briefdeck markdown-it, and the same with markdown-it's own inline state. */
function both(): { ours: MarkdownIt; markdownIts: MarkdownIt } {
  const ours = createMarkdown();
  const markdownIts = createMarkdown();
  markdownIts.inline.State = markdownIt().inline.State;
  return { ours, markdownIts };
}

describe('inline tokens', () => {
  it('are made by the inline state of briefdeck, not by markdown-it\'s', () => {
    expect(createMarkdown().inline.State).not.toBe(markdownIt().inline.State);
  });

  it('are markdown-it\'s tokens, field for field and of its prototype, for fixtures, long lines and inline markup', async () => {
    const files = (await readdir(FIXTURES, { recursive: true })).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(50);
    const texts = [
      ...(await Promise.all(files.map((name) => readFile(path.join(FIXTURES, name), 'utf8')))),
      ...Object.values(longLineShapes(2_000)).map((shape) => shape.line),
      ...INLINE_MARKUP,
    ];
    const { ours, markdownIts } = both();
    for (const text of texts) {
      const mine = parsed(ours, text);
      const theirs = parsed(markdownIts, text);
      expect(mine.json, text.slice(0, 80)).toBe(theirs.json);
      expect(mine.tokens, text.slice(0, 80)).toStrictEqual(theirs.tokens);
      const children = mine.tokens.flatMap((token) => token.children ?? []);
      expect(children.every((child) => child instanceof markdownIt.Token)).toBe(true);
      expect(children.map((child) => Object.keys(child))).toEqual(children.map(() => Object.keys(new markdownIt.Token('text', '', 0))));
    }
  });

  it('render as markdown-it\'s do', () => {
    const { ours, markdownIts } = both();
    for (const text of INLINE_MARKUP) expect(ours.render(text, createRenderEnv('deck.md', 1))).toBe(markdownIts.render(text, createRenderEnv('deck.md', 1)));
  });
});
