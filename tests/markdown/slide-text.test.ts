// A slide's text as the parser reads it from markdown-it tokens: blocks without markup, citations and quotations with
// file lines and columns, list items with their lead-in and parents, titles, and raw HTML headings.

import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';

const deck = [
  '---',
  'title: Fixture',
  '---',
  '## According to officials',
  '',
  'Intro paragraph. [@p1]',
  '',
  'The reported steps:',
  '',
  '- **March 5:** the delegation met Kim [@p2] {+}',
  '- accepted the drills [@p3, p4]',
  '  - nested detail `code` [@p5]',
  '',
  '```mermaid',
  'flowchart LR',
  '  a --> b',
  '```',
  '',
  '1. a numbered item',
  '',
  'Note:',
  '- a note bullet [@p9]',
].join('\n');

describe('slide text: list items and blocks', () => {
  const slide = parseDeck([{ file: 'deck.md', text: deck }]).slides[0]!;
  const { blocks } = slide.text;
  const bullets = blocks.filter((b) => b.kind === 'list-item').map((b) => ({ ...b, citations: b.citations.flatMap((c) => c.ids) }));

  it('reads each list item’s own text, citations and file line, notes excluded', () => {
    expect(bullets.map((b) => [b.line, b.text, b.citations])).toEqual([
      [10, 'March 5: the delegation met Kim', ['p2']],
      [11, 'accepted the drills', ['p3', 'p4']],
      [12, 'nested detail code', ['p5']],
      [19, 'a numbered item', []],
    ]);
  });

  it('gives each item the lead-in paragraph of its list, its parent items and the slide title', () => {
    expect(bullets[0]!.context).toEqual(['The reported steps:', 'According to officials']);
    expect(bullets[2]!.context).toEqual(['The reported steps:', 'accepted the drills', 'According to officials']);
    expect(bullets[3]!.context).toEqual(['According to officials']);
  });

  it('lists the visible blocks in order, fences with their language', () => {
    expect(blocks.map((b) => `${b.kind}:${b.language}:${b.line}`)).toEqual([
      'heading::4', 'paragraph::6', 'paragraph::8', 'list-item::10', 'list-item::11', 'list-item::12', 'fence:mermaid:14', 'list-item::19',
    ]);
  });
});

describe('slide text: titles, citations, quotations and raw HTML headings', () => {
  const read = (markdown: string) => parseDeck([{ file: 'deck.md', text: `---\ntitle: T\n---\n${markdown}` }]).slides[0]!;

  it('takes the title from the first heading outside lists and quotations, without markup, citations or fragment marker', () => {
    expect(read('> # Quoted\n\n- ## Listed\n\n## The *real* [title](https://example.org) `x` [@p2] {+}\n\n# Later').title).toBe('The real title x');
    expect(read('Setext title\n============\n\ntext').title).toBe('Setext title');
    expect(read('Just text.').title).toBeUndefined();
  });

  it('places each citation at its line and column, and tells malformed ones apart', () => {
    const slide = read('## Claims\n\n- First [@p1]\n  - nested *x* [@p2; p3]\n\nText [@p 3] and [@] end\n\n`[@p8]` [@user](https://example.org)');
    const citations = slide.text.blocks.flatMap((b) => b.citations.map((c) => `${c.written} ${c.line}:${c.column}${c.malformed ? ' malformed' : ''} ${c.ids.join('+')}`));
    expect(citations).toEqual(['[@p1] 6:9 p1', '[@p2; p3] 7:16 p2+p3', '[@p 3] 9:6 malformed p+3', '[@] 9:17 malformed ', '[@user] 11:9 user']);
    // Well formed and followed by a link destination, it is still a citation (as it always was); code cites nothing.
    expect(slide.citations).toEqual(['p1', 'p2', 'p3', 'user']);
  });

  it('finds quotations in text (not in code or citations), at the column of their opening mark', () => {
    const slide = read('He said “the talks *will* go on” today. [@p1]\n\n- `“not this one”` and "a plain\n  straight one" [@p2]\n\n| a | b |\n| - | - |\n| x | “in a cell” |');
    const quotations = slide.text.blocks.flatMap((b) => b.quotations.map((q) => `${b.kind} ${q.line}:${q.column} ${q.text}`));
    expect(quotations).toEqual(['paragraph 4:9 the talks will go on', 'list-item 6:24 a plain\nstraight one', 'table-cell 11:7 in a cell']);
  });

  it('counts raw HTML headings apart, at their line, and keeps them out of the title', () => {
    const slide = read('<div>\n<h2 class="x">Shown</h2>\n</div>\n\nText with <h3>inline</h3> heading.');
    expect(slide.text.htmlHeadings).toEqual([{ level: 2, line: 4 }, { level: 3, line: 8 }]);
    expect(slide.title).toBeUndefined();
    expect(slide.text.blocks.some((b) => b.kind === 'heading')).toBe(false);
  });
});

describe('slide text: bare URLs', () => {
  it('reads a bare URL as written, not as the link text markdown-it would make of it', () => {
    const slide = parseDeck([{ file: 'deck.md', text: '# Sources\n\nSee https://xn--mnchen-3ya.de/a%20b and "this" [@p1]\n' }]).slides[0]!;
    const paragraph = slide.text.blocks.find((b) => b.kind === 'paragraph')!;
    expect(paragraph.text).toBe('See https://xn--mnchen-3ya.de/a%20b and "this"');
    expect(paragraph.quotations.map((q) => `${q.line}:${q.column} ${q.text}`)).toEqual(['3:41 this']);
    expect(paragraph.citations.map((c) => `${c.line}:${c.column} ${c.ids.join('+')}`)).toEqual(['3:48 p1']);
  });
});
