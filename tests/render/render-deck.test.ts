// Rendered slide HTML, checked with DOM queries: sections, attributes, fragments, notes, citations, diagrams.

import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { createDeckMarkdown } from '../../src/markdown/create-markdown.js';
import { htmlDocument } from '../helpers/dom.js';

function render(markdown: string) {
  const result = renderDeck(parseDeck([{ file: 'deck.md', text: markdown }]));
  return { ...result, doc: htmlDocument(result.deck.html) };
}

describe('renderDeck', () => {
  it('makes one section per slide with its id, settings and source lines', () => {
    const { doc } = render(`# One\n\n---\nid: two\nsection: firsts\ntags: [principal]\nminutes: 2\nclass: wide\nlayout: bullets\nbackground: "#123456"\ntransition: fade\n---\n## Two\n`);
    const sections = doc.querySelectorAll('section');
    expect(sections).toHaveLength(2);
    const two = doc.getElementById('two')!;
    expect(two.getAttribute('data-section')).toBe('firsts');
    expect(two.getAttribute('data-tags')).toBe('principal');
    expect(two.getAttribute('data-minutes')).toBe('2');
    expect(two.getAttribute('data-timing')).toBe('120');
    expect(two.getAttribute('data-background-color')).toBe('#123456');
    expect(two.getAttribute('data-transition')).toBe('fade');
    expect(two.className).toBe('wide layout-bullets');
    expect(two.getAttribute('data-source')).toBe('deck.md:3-14');
    expect(doc.querySelector('#one h1')!.textContent).toBe('One');
  });

  it('nests vertical slides in a stack section', () => {
    const { doc } = render(`# Top\n\n--\n## Below\n\n---\n## Next\n`);
    const top = [...doc.querySelectorAll('body > section')];
    expect(top).toHaveLength(2);
    expect(top[0]!.classList.contains('stack')).toBe(true);
    expect([...top[0]!.querySelectorAll('section')].map((s) => s.id)).toEqual(['top', 'below']);
  });

  it('puts notes in aside.notes, rendered as Markdown', () => {
    const { doc } = render(`# Slide\n\nNote:\nSay *this*.\n`);
    const aside = doc.querySelector('#slide aside.notes')!;
    expect(aside.querySelector('em')!.textContent).toBe('this');
    expect(doc.querySelector('#slide')!.textContent).not.toContain('Note:');
  });

  it('keeps a notes "Source:" blockquote apart from the talk track, and leaves slide bodies alone', () => {
    const { doc } = render(`# Slide\n\nSource:\n\n> On the slide.\n\nNote:\nSay the point.\n\nSource:\n> First sentence [p1].\n>\n> Second sentence.\n\nAfter.\n`);
    const aside = doc.querySelector('#slide aside.notes')!;
    const block = aside.querySelector('div.bd-note-source[data-note-source]')!;
    expect(block.querySelector('.bd-note-source-label')!.textContent).toBe('Source');
    expect([...block.querySelectorAll('blockquote p')].map((p) => p.textContent)).toEqual(['First sentence [p1].', 'Second sentence.']);
    expect(block.getAttribute('style')).toContain('border-left');
    // The talk track and what follows the quotation stay outside the block.
    expect([...aside.querySelectorAll(':scope > p')].map((p) => p.textContent)).toEqual(['Say the point.', 'After.']);
    const body = doc.querySelector('#slide')!;
    expect(body.querySelectorAll('.bd-note-source')).toHaveLength(1);
    expect(body.querySelector(':scope > blockquote')!.textContent!.trim()).toBe('On the slide.');
  });

  it('applies reveal.js element comments and the {+} short form as fragments', () => {
    const { doc } = render(`# F\n\n- a <!-- .element: class="fragment" data-fragment-index="2" -->\n- b {+}\n- c {+ fade-up}\n- d\n\nPara {+}\n`);
    const items = [...doc.querySelectorAll('li')];
    expect(items[0]!.className).toBe('fragment');
    expect(items[0]!.getAttribute('data-fragment-index')).toBe('2');
    expect(items[1]!.className).toBe('fragment');
    expect(items[1]!.textContent).toBe('b');
    expect(items[2]!.className).toBe('fragment fade-up');
    expect(items[3]!.className).toBe('');
    expect(doc.querySelector('p.fragment')!.textContent).toBe('Para');
    expect(doc.body.innerHTML).not.toContain('.element');
  });

  it('applies a block-level element comment to the element before it', () => {
    const { doc } = render(`# F\n\nA paragraph\n<!-- .element: class="fragment" -->\n`);
    expect(doc.querySelector('p')!.className).toBe('fragment');
  });

  it('applies <!-- .slide: --> attributes to the section', () => {
    const { doc } = render(`## R\n<!-- .slide: data-background="#ff0000" data-transition="zoom" -->\ntext\n`);
    const section = doc.querySelector('section')!;
    expect(section.getAttribute('data-background')).toBe('#ff0000');
    expect(section.getAttribute('data-transition')).toBe('zoom');
  });

  it('drops event handlers and javascript: URLs from reveal comments', () => {
    const { doc } = render(`## R\n<!-- .slide: onclick="alert(1)" data-x="javascript:alert(1)" -->\n`);
    const section = doc.querySelector('section')!;
    expect(section.hasAttribute('onclick')).toBe(false);
    expect(section.hasAttribute('data-x')).toBe(false);
  });

  it('renders citations as small references to paragraphs', () => {
    const { doc } = render(`## C\n\n- Claim [@p3, p7]\n`);
    const cite = doc.querySelector('li sup.cite')!;
    expect(cite.getAttribute('data-cite')).toBe('p3 p7');
    expect(cite.textContent).toBe('p3, p7');
    expect(doc.querySelector('li')!.textContent).not.toContain('[@');
  });

  it('renders each citation of its own ids, a citation repeated as the first, with or without the source page', () => {
    const parsed = parseDeck([{ file: 'deck.md', text: '## C\n\n- [@p3] [@p3, p7] [@p3] [@p7; p3] [@p7]\n\n---\n\n## D\n\n[@p7]\n' }]);
    const md = createDeckMarkdown(parsed.meta);
    const cites = (html: string) => [...htmlDocument(html).querySelectorAll('sup.cite')].map((sup) => `${sup.getAttribute('data-cite')}=${[...sup.querySelectorAll('a')].map((a) => a.getAttribute('href')).join(',')}`);
    const linked = renderDeck(parsed, md, undefined, { sourceHref: 'source/' }).deck.html;
    const plain = renderDeck({ ...parsed, slides: parsed.slides.map((slide) => ({ ...slide })) }, md).deck.html;
    expect(cites(linked)).toEqual(['p3=./source/#p3', 'p3 p7=./source/#p3,./source/#p7', 'p3=./source/#p3', 'p7 p3=./source/#p7,./source/#p3', 'p7=./source/#p7', 'p7=./source/#p7']);
    expect(cites(plain)).toEqual(['p3=', 'p3 p7=', 'p3=', 'p7 p3=', 'p7=', 'p7=']);
  });

  it('leaves an ordinary link alone', () => {
    const { doc } = render(`## L\n\n[text](https://example.org)\n`);
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://example.org');
  });

  it('collects mermaid fences with unique ids and their source lines', () => {
    const { diagrams, deck } = render('## D\n\n```mermaid\ngraph LR; A-->B\n```\n\n---\n## E\n\n```mermaid\ngraph LR; A-->B\n```\n');
    expect(diagrams.map((d) => d.line)).toEqual([3, 10]);
    expect(new Set(diagrams.map((d) => d.elementId)).size).toBe(2);
    expect(diagrams.every((d) => d.code === 'graph LR; A-->B\n')).toBe(true);
    expect(deck.html).not.toContain('<code class="language-mermaid"');
  });

  it("records each diagram's slide layout and how many columns share its width, for the box it is drawn for", () => {
    const { diagrams } = render(
      '---\nlayout: diagram\n---\n## D\n\n```mermaid\ngraph LR; A-->B\n```\n\n---\n## C\n\n```mermaid\ngraph LR; C-->D\n```\n\n|||\n\nText\n\n|||\n\nMore\n\n---\n## P\n\nText\n\n|||\n\n```mermaid\ngraph LR; E-->F\n```\n',
    );
    expect(diagrams.map((d) => [d.layout, d.columns])).toEqual([
      ['diagram', 1],
      [undefined, 3],
      [undefined, 2],
    ]);
  });

  it('keeps other code fences as code', () => {
    const { doc, diagrams } = render("## Code\n\n```js\nconst a = '<b>';\n```\n");
    expect(diagrams).toHaveLength(0);
    expect(doc.querySelector('pre code')!.textContent).toBe("const a = '<b>';\n");
  });
});
