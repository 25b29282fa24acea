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
