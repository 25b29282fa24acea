// The footer and banner every slide shows: built from the headmatter at build time, escaped, filled into the page template.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { deckChromeHtml } from '../../src/render/deck-chrome.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { CHROME_MARKER, renderPage } from '../../src/vite/pages.js';
import { KIT_ROOT } from '../../src/vite/options.js';
import { htmlDocument } from '../helpers/dom.js';

const escape = createMarkdown().utils.escapeHtml;

describe('deckChromeHtml', () => {
  it('shows the source, the as-of date and the banner at top and bottom (read once by screen readers)', () => {
    const doc = htmlDocument(deckChromeHtml({ source: 'Author, “Title” (2018)', asOf: '9 March 2018', banner: 'For discussion' }, escape));
    expect(doc.querySelector('.bd-banner-top')!.textContent).toBe('For discussion');
    expect(doc.querySelector('.bd-banner-top')!.getAttribute('role')).toBe('note');
    const footer = doc.querySelector('div.bd-footer')!;
    expect(footer.querySelector('.bd-source')!.textContent).toBe('Source: Author, “Title” (2018)');
    expect(footer.querySelector('.bd-as-of')!.textContent).toBe('As of 9 March 2018');
    expect(footer.querySelector('.bd-banner-bottom')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('leaves out what the headmatter does not set', () => {
    const doc = htmlDocument(deckChromeHtml({}, escape));
    expect(doc.querySelector('.bd-banner')).toBeNull();
    expect(doc.querySelector('div.bd-footer')!.textContent).toBe('');
  });

  it('escapes headmatter text', () => {
    const html = deckChromeHtml({ source: '<img src=x onerror=alert(1)>', banner: 'A & B' }, escape);
    expect(html).not.toContain('<img');
    expect(html).toContain('A &amp; B');
  });
});

describe('renderPage', () => {
  it('fills the template’s chrome marker inside .reveal, after the slides', () => {
    const template = readFileSync(path.join(KIT_ROOT, 'index.html'), 'utf8');
    expect(template).toContain(CHROME_MARKER);
    const parsed = parseDeck([{ file: 'deck.md', text: '---\ntitle: T\nsource: The article\nbanner: Draft\nas-of: 2018-03-09\n---\n# One\n' }]);
    const page = renderPage(template, { kind: 'deck', deck: renderDeck(parsed).deck, data: {} }, escape);
    expect(page).not.toContain(CHROME_MARKER);
    const doc = htmlDocument(page.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    const reveal = doc.querySelector('.reveal')!;
    expect([...reveal.children].map((child) => child.className)).toEqual(['slides', 'bd-banner bd-banner-top', 'bd-footer']);
    expect(reveal.querySelector('.bd-as-of')!.textContent).toBe('As of 2018-03-09');
  });
});
