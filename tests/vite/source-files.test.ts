// What a deck with a source article publishes beside its pages: the source page, and the article file when it is safe to.

import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/article/read.js';
import type { ArticleFormat } from '../../src/model/article.js';
import type { Deck } from '../../src/model/deck.js';
import type { Site } from '../../src/site/load-site.js';
import { builtFonts, sourceFiles } from '../../src/vite/source-files.js';
import { htmlDocument } from '../helpers/dom.js';

function siteWith(file: string, text: string, format: ArticleFormat): Site {
  const deck: Deck = { meta: { title: 'A deck', theme: 'briefing', lang: 'en', source: 'A source line' }, slides: [], html: '', diagnostics: [] };
  return { deck, briefings: [], diagrams: [], assets: new Map(), source: { file, text, article: readArticle(text, format, file).article } };
}

const TEXT = 'A headline\n\nThe first paragraph says one thing, plainly.\n\nThe second paragraph <b>says</b> another.\n';

describe('source files', () => {
  it('publishes the source page with an anchor per paragraph, and a text article beside it as plain text', () => {
    const files = sourceFiles(siteWith('source/article.txt', TEXT, 'txt'), "default-src 'self'");
    expect(files.map((f) => [f.path, f.contentType])).toEqual([
      ['source/index.html', 'text/html; charset=utf-8'],
      ['source/article.txt', 'text/plain; charset=utf-8'],
    ]);
    const page = htmlDocument(files[0]!.content.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
    expect([...page.querySelectorAll('article p[id]')].map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(page.getElementById('p2')!.textContent).toBe('p2 The second paragraph <b>says</b> another.');
    expect(page.querySelector('nav a[href="../source/article.txt"]')).not.toBeNull();
    expect(files[0]!.content).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`);
    expect(files[1]!.content).toBe(TEXT);
  });

  it('never publishes an HTML article (its scripts would run on the deck’s origin) nor a file outside the deck folder', () => {
    const html = sourceFiles(siteWith('source/article.html', '<h1>A headline</h1><p>The first paragraph says one thing, plainly.</p><script>alert(1)</script>', 'html'));
    expect(html.map((f) => f.path)).toEqual(['source/index.html']);
    expect(html[0]!.content).not.toContain('<script');
    expect(html[0]!.content).not.toContain('article.html');
    expect(sourceFiles(siteWith('../elsewhere/article.txt', TEXT, 'txt')).map((f) => f.path)).toEqual(['source/index.html']);
  });

  it('finds the deck font among the built assets for the source page', () => {
    expect(builtFonts(['assets/index-x.js', 'assets/source-sans-3-latin-400-normal-AB12cd34.woff2', 'assets/source-sans-3-latin-600-normal-EF56gh78.woff2', 'assets/source-sans-3-latin-ext-400-normal-x.woff2'])).toEqual({
      regular: '../assets/source-sans-3-latin-400-normal-AB12cd34.woff2',
      semibold: '../assets/source-sans-3-latin-600-normal-EF56gh78.woff2',
    });
    expect(builtFonts(['assets/index-x.js'])).toBeUndefined();
  });
});
