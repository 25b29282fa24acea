// Layouts and columns in rendered slides, checked with DOM queries: layout classes, column structure, fragments kept.

import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { LAYOUTS } from '../../src/parse/settings.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { htmlDocument } from '../helpers/dom.js';

function render(markdown: string) {
  const result = renderDeck(parseDeck([{ file: 'deck.md', text: markdown }]));
  return { ...result, doc: htmlDocument(result.deck.html) };
}

describe('layouts', () => {
  it('puts layout-<name> on the section for every known layout, without errors', () => {
    const markdown = LAYOUTS.map((name) => `---\nid: ${name}\nlayout: ${name}\n---\n## ${name}\n`).join('\n');
    const { doc, deck } = render(markdown);
    expect(deck.diagnostics).toEqual([]);
    for (const name of LAYOUTS) expect(doc.getElementById(name)!.classList.contains(`layout-${name}`)).toBe(true);
  });

  it('makes an unknown layout an error naming the file, the line and the known layouts', () => {
    const { deck } = render('# Cover\n\n---\nlayout: colums\n---\n## Oops\n');
    expect(deck.diagnostics).toHaveLength(1);
    const [problem] = deck.diagnostics;
    expect(problem).toMatchObject({ severity: 'error', file: 'deck.md', line: 3 });
    expect(problem!.message).toContain('"colums"');
    for (const name of LAYOUTS) expect(problem!.message).toContain(name);
  });
});

describe('section dividers', () => {
  it('list the slides of their part with the numbers they have in the deck, and stop where the part ends', () => {
    const { doc } = render([
      '# Cover',
      '---\nid: part-a\nlayout: section\nsection: a\n---\n## Part A\n\nWhat A argues.',
      '---\nsection: a\n---\n## A one',
      '---\nsection: a\n---\n## A *two*',
      '---\nsection: b\n---\n## B one',
      '---\nid: part-c\nlayout: section\nsection: c\n---\n## Part C',
    ].join('\n\n'));
    const items = [...doc.querySelectorAll('#part-a ol.bd-part-contents li')];
    expect(items.map((li) => [li.querySelector('.bd-part-number')!.textContent, li.textContent])).toEqual([['3', '3 A one'], ['4', '4 A two']]);
    expect(doc.querySelector('#part-c .bd-part-contents')).toBeNull();
    expect(doc.querySelectorAll('.bd-part-contents')).toHaveLength(1);
  });
});

describe('columns', () => {
  it('splits a two-columns slide on ||| with its heading above both columns', () => {
    const { doc } = render('---\nid: compare\nlayout: two-columns\n---\n## Compare\n\n- a\n- b\n\n|||\n\nRight side {+}\n\nNote:\nSay ||| is a marker.\n');
    const section = doc.getElementById('compare')!;
    expect(section.className).toBe('layout-two-columns');
    expect(section.querySelector(':scope > h2')!.textContent).toBe('Compare');
    const columns = section.querySelectorAll(':scope > .columns > .column');
    expect(columns).toHaveLength(2);
    expect(columns[0]!.querySelectorAll('li')).toHaveLength(2);
    expect(columns[1]!.querySelector('p.fragment')!.textContent).toBe('Right side');
    expect(section.querySelector('aside.notes')!.textContent).toContain('Say ||| is a marker.');
    expect(section.querySelector('aside.notes .columns')).toBeNull();
  });

  it('splits on <!-- column --> too, and keeps reveal.js element comments working inside a column', () => {
    const { doc } = render('## Views\n\nFirst\n\n<!-- column -->\n\nSecond\n<!-- .element: class="fragment" -->\n');
    const columns = doc.querySelectorAll('.columns > .column');
    expect(columns).toHaveLength(2);
    expect(columns[1]!.querySelector('p')!.className).toBe('fragment');
    expect(doc.body.innerHTML).not.toContain('column -->');
  });

  it('leaves slides without a marker alone', () => {
    const { doc } = render('## Plain\n\n- a\n');
    expect(doc.querySelector('.columns')).toBeNull();
  });
});
