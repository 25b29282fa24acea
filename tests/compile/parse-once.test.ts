// Each slide body is parsed once: the reading's tokens are rendered, where the deck's markdown-it would parse the body
// to the same tokens; the HTML is the same as a fresh parse's, and a body is parsed anew where it would not be. The
// reading, made with bare links as links, is the same as a reading without them.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDeckMarkdown, createMarkdown } from '../../src/markdown/create-markdown.js';
import { slideCopy } from '../../src/markdown/parsed-bodies.js';
import { readSlideText } from '../../src/markdown/slide-text.js';
import type { ParsedDeck } from '../../src/model/deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { longLineShapes } from '../../bench/lib/long-lines.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');

/** The deck rendered with the reading's tokens, and with every body parsed anew (copies of the slides have none). */
function bothWays(parsed: ParsedDeck): { shared: string; fresh: string; bodyParses: number } {
  const md = createDeckMarkdown(parsed.meta);
  const parse = vi.spyOn(md, 'parse');
  const shared = renderDeck(parsed, md).deck;
  const bodyParses = parse.mock.calls.filter(([, env]) => (env as { part?: string }).part === 'slide').length;
  const fresh = renderDeck({ ...parsed, slides: parsed.slides.map((slide) => ({ ...slide })) }).deck;
  expect(shared.diagnostics).toEqual(fresh.diagnostics);
  return { shared: shared.html, fresh: fresh.html, bodyParses };
}

const deck = (text: string): ParsedDeck => parseDeck([{ file: 'deck.md', text }]);

/** Bare URLs whose link would read otherwise than the URL as written: decoded, a Unicode host, or markup inside. */
const URL_CASES = [
  'See https://xn--mnchen-3ya.de/a%20b and "this" [@p1]',
  '- a http://a.b/%41 b\n- www.example.com and a@b.co and mailto:c@d.org [@p2]',
  '# http://a.b/*x*y and https://a.b/_x_ z',
  'see https://a.b/[@p1] and http://a.b/&amp; and http://a.b/`c` "q"',
  'x http://a.b/\\*x and http://a.b/~~c~~ d and http://a.b/![i](j) e',
  '| a | b |\n| - | - |\n| https://a.b/(x) | "http://a.b/é" |',
  'plain https://example.org/path?q=1#h, HTTP://A.B/C and http://[::1]/ [@p3]',
];

/** What the parser read of each slide, and what a markdown-it without bare links reads of the same bodies. */
function readings(parsed: ParsedDeck): { read: unknown[]; asWritten: unknown[] } {
  const asWritten = createMarkdown({ linkify: false });
  return {
    read: parsed.slides.map((slide) => ({ title: slide.title, citations: slide.citations, text: slide.text })),
    asWritten: parsed.slides.map((slide) => {
      const reading = readSlideText(asWritten, slide.content, slide.range.file, slide.contentLine);
      return { title: reading.title, citations: reading.citations, text: reading.text };
    }),
  };
}

describe('a slide body parsed once', () => {
  it('renders the reading\'s tokens: no body is parsed again', () => {
    const parsed = deck('# Title\n\nIntro [@p1] and *more*.\n\n---\n\n## Two\n\n- a\n- b <span>x</span>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    const { shared, fresh, bodyParses } = bothWays(parsed);
    expect(bodyParses).toBe(0);
    expect(shared).toBe(fresh);
  });

  it('keeps the tokens through a copy made with slideCopy (a briefing renumbers and times the slides it picks)', () => {
    const parsed = deck('# Title\n\nIntro [@p1].\n\n---\n\n## Two\n\nText.\n');
    const copies = { ...parsed, slides: parsed.slides.map((slide, h) => slideCopy(slide, { h: h + 1, settings: { ...slide.settings, minutes: 2 } })) };
    const { shared, fresh, bodyParses } = bothWays(copies);
    expect(bodyParses).toBe(0);
    expect(shared).toBe(fresh);
    // The original gave its tokens to the copy: rendered itself, it is parsed anew.
    expect(bothWays(parsed).bodyParses).toBe(2);
  });

  it('renders the reading\'s tokens of bare links, read as written or not', () => {
    for (const text of ['# Links\n\nSee https://example.org and www.example.com.', `# Links\n\n${URL_CASES.join('\n\n')}`]) {
      const { shared, fresh, bodyParses } = bothWays(deck(text));
      expect(bodyParses, text).toBe(0);
      expect(shared, text).toBe(fresh);
    }
  });

  it('parses anew a body with bare links made for a markdown-it that makes none', () => {
    const parsed = deck('# Links\n\nSee https://example.org.\n\n---\n\nNo link.');
    const md = createMarkdown({ linkify: false });
    const parse = vi.spyOn(md, 'parse');
    const html = renderDeck(parsed, md).deck.html;
    expect(parse.mock.calls.filter(([, env]) => (env as { part?: string }).part === 'slide')).toHaveLength(1);
    expect(html).toContain('See https://example.org.');
    expect(html).not.toContain('<a href');
  });

  it('parses anew a body the render reads otherwise: smart quotes, the deck\'s own attribute pattern, local files', () => {
    const cases = [
      '---\ntypographer: true\n---\n# "Quoted" -- text',
      "---\nelementAttributes: '\\{_\\s*?([^}]+?)\\}'\n---\n# Title\n\ntext {_class=\"big\"}",
      '# Figure\n\n![chart](chart.png)',
    ];
    for (const text of cases) {
      const { shared, fresh, bodyParses } = bothWays(deck(text));
      expect(bodyParses, text).toBeGreaterThan(0);
      expect(shared, text).toBe(fresh);
    }
  });

  it('renders the same HTML as a fresh parse for every Markdown file of the fixtures and every long-line shape', async () => {
    const files = (await readdir(FIXTURES, { recursive: true })).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(50);
    const texts = [
      ...(await Promise.all(files.map((name) => readFile(path.join(FIXTURES, name), 'utf8')))),
      ...Object.values(longLineShapes(2_000)).filter((shape) => shape.in === 'slide').map((shape) => `# T\n\n---\n\n${shape.line}\n`),
    ];
    let shared = 0;
    for (const text of texts) {
      const both = bothWays(deck(text));
      expect(both.shared, text.slice(0, 80)).toBe(both.fresh);
      if (both.bodyParses === 0) shared++;
    }
    // Most bodies are served by their reading; those with local files are not.
    expect(shared).toBeGreaterThan(texts.length / 2);
  });

  it('reads every slide as a markdown-it without bare links reads it: fixtures, long-line shapes and bare URLs', async () => {
    const files = (await readdir(FIXTURES, { recursive: true })).filter((name) => name.endsWith('.md'));
    const texts = [
      ...(await Promise.all(files.map((name) => readFile(path.join(FIXTURES, name), 'utf8')))),
      ...Object.values(longLineShapes(2_000)).filter((shape) => shape.in === 'slide').map((shape) => `# T\n\n---\n\n${shape.line}\n`),
      ...URL_CASES.map((text) => `# T\n\n---\n\n${text}\n`),
    ];
    for (const text of texts) {
      const { read, asWritten } = readings(deck(text));
      expect(read, text.slice(0, 80)).toEqual(asWritten);
    }
  });
});
