// The footer and banner every slide shows: built from the headmatter at build time, escaped, filled into the page template.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { deckChromeHtml } from '../../src/render/deck-chrome.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { CHROME_MARKER, renderPage } from '../../src/site/pages.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { htmlDocument } from '../helpers/dom.js';

describe('deckChromeHtml', () => {
  it('shows the source line, what the as-of date is, and the banner once, at the top', () => {
    const doc = htmlDocument(deckChromeHtml({ source: 'Author, “Title” (2018)', asOf: '9 March 2018', banner: 'For discussion' }));
    expect(doc.querySelector('.bd-banner-top')!.textContent).toBe('For discussion');
    expect(doc.querySelector('.bd-banner-top')!.getAttribute('role')).toBe('note');
    const footer = doc.querySelector('div.bd-footer')!;
    expect(footer.querySelector('.bd-footer-source')!.textContent).toBe('Source: Author, “Title” (2018)');
    expect(footer.querySelector('.bd-as-of')!.textContent).toBe('Information as of 9 March 2018');
    expect(doc.querySelectorAll('.bd-banner')).toHaveLength(1);
    expect(footer.textContent).not.toContain('For discussion');
  });

  it('leaves out what the headmatter does not set', () => {
    const doc = htmlDocument(deckChromeHtml({}));
    expect(doc.querySelector('.bd-banner')).toBeNull();
    expect(doc.querySelector('div.bd-footer')!.textContent).toBe('');
  });

  it('escapes headmatter text', () => {
    const html = deckChromeHtml({ source: '<img src=x onerror=alert(1)>', banner: 'A & B' });
    expect(html).not.toContain('<img');
    expect(html).toContain('A &amp; B');
  });
});

describe('source facts on the cover and the sources slide', () => {
  const headmatter = [
    '---', 'title: Harbour', 'source: "“Harbour reopens” (Coast Weekly)"', 'source-author: Ana Lind', 'source-outlet:',
    'source-published: 2024-05-02', 'source-url: https://example.org/harbour',
    'briefer: J. Doe', 'organisation: Policy Unit', 'date: 3 May 2024', 'as-of: 2 May 2024', 'layout: title', '---', '# Harbour',
  ].join('\n');
  const facts = (doc: Document, id: string): Record<string, string> =>
    Object.fromEntries([...doc.querySelectorAll(`#${id} dl.bd-facts > div`)].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]));

  it('names the briefer, organisation and date on the cover, with what the source says of itself and what it leaves unstated', () => {
    const doc = htmlDocument(renderDeck(parseDeck([{ file: 'deck.md', text: `${headmatter}\n\n---\nid: refs\nlayout: sources\n---\n## Sources\n` }])).deck.html);
    expect(facts(doc, 'harbour')).toEqual({
      'Briefed by': 'J. Doe, Policy Unit',
      Date: '3 May 2024',
      Source: '“Harbour reopens” (Coast Weekly)',
      Author: 'Ana Lind',
      Published: '2024-05-02',
      'Web address': 'https://example.org/harbour',
      'Not stated in the source': 'outlet',
      'Information as of': '2 May 2024',
    });
    expect(doc.querySelector('#harbour .bd-fact-url a')!.getAttribute('href')).toBe('https://example.org/harbour');
    // The sources slide carries the source facts, not the briefer.
    expect(Object.keys(facts(doc, 'refs'))).toEqual(['Source', 'Author', 'Published', 'Web address', 'Not stated in the source', 'Information as of']);
  });

  it('adds nothing to a cover when the headmatter says nothing about the source or the briefing', () => {
    const doc = htmlDocument(renderDeck(parseDeck([{ file: 'deck.md', text: '---\nlayout: title\n---\n# Plain\n' }])).deck.html);
    expect(doc.querySelector('.bd-facts')).toBeNull();
  });
});

describe('renderPage', () => {
  it('fills the template’s chrome marker inside .reveal, after the slides', () => {
    const template = readFileSync(path.join(KIT_ROOT, 'index.html'), 'utf8');
    expect(template).toContain(CHROME_MARKER);
    const parsed = parseDeck([{ file: 'deck.md', text: '---\ntitle: T\nsource: The article\nbanner: Draft\nas-of: 2018-03-09\n---\n# One\n' }]);
    const page = renderPage(template, { kind: 'deck', deck: renderDeck(parsed).deck, data: {} });
    expect(page).not.toContain(CHROME_MARKER);
    const doc = htmlDocument(page.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    const reveal = doc.querySelector('.reveal')!;
    expect([...reveal.children].map((child) => child.className)).toEqual(['slides', 'bd-banner bd-banner-top', 'bd-footer']);
    expect(reveal.querySelector('.bd-as-of')!.textContent).toBe('Information as of 2018-03-09');
  });
});
