// The Vite build of fixture decks: a working index.html, assets, no half-written output on errors.

import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { markOutput } from '../../src/io/output-guard.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { buildFixture, FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { htmlDocument } from '../helpers/dom.js';

describe('briefdeck build', () => {
  let outDir: string;
  let doc: Document;
  beforeAll(async () => {
    outDir = await buildFixture('basic');
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    doc = htmlDocument(html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
  });

  it('writes index.html with every slide in order, stacks nested', () => {
    const ids = [...doc.querySelectorAll('.reveal .slides section[id]')].map((s) => s.id);
    expect(ids).toEqual(['cover', 'points', 'stack-top', 'stack-below', 'closing']);
    expect(doc.querySelector('section.stack #stack-below')).not.toBeNull();
  });

  it('sets the page title and language from the headmatter', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<title>Fixture deck</title>');
    expect(html).toMatch(/<html[^>]*lang="en"/);
    expect(html).toMatch(/<html[^>]*data-theme="briefing"/);
  });

  it('links its script and the files its styles name relatively, so the folder works under any path', () => {
    const scripts = [...doc.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js"><\/script>/);
    expect(scripts.length).toBeLessThanOrEqual(1);
    const assets = readdirSync(path.join(outDir, 'assets'));
    expect(assets.some((f) => f.endsWith('.woff2'))).toBe(true);
    const fontUrls = [...html.matchAll(/url\(([^)]*\.woff2)\)/g)].map((m) => m[1]!);
    expect(fontUrls.length).toBeGreaterThan(0);
    for (const url of fontUrls) expect(assets).toContain(url.replace(/^\.\/assets\//, ''));
  });

  it('ships no Markdown parser and no reveal.js markdown plugin', () => {
    const js = readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(outDir, 'assets', f), 'utf8')).join('\n');
    expect(/markdown-it|data-separator-vertical|RevealMarkdown/.test(js)).toBe(false);
  });

  it('keeps notes in aside.notes and no README content', () => {
    expect(doc.querySelector('#cover aside.notes')!.textContent).toContain('Cover notes for the speaker.');
    expect(doc.querySelector('#closing aside.notes')!.textContent).toContain('closing notes from a comment');
    expect(doc.body.textContent).not.toContain('This is not part of the deck.');
  });

  it('fails on deck errors, names file and line, and leaves the previous output untouched', async () => {
    const deck = tempDir('broken');
    writeFileSync(path.join(deck, 'deck.md'), '---\nid: same\n---\n# A\n\n---\nid: same\n---\n## B\n');
    const out = path.join(tempDir('broken-out'), 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous build');
    markOutput(out);
    const failure = await buildDeck({ cwd: KIT_ROOT, deckDir: deck, outDir: out }).then(() => undefined, (error: unknown) => error);
    expect(failure).toBeDefined();
    expect(String((failure as Error).message)).toMatch(/deck\.md:6:1 error: slide id "same" is already used/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(path.dirname(out))).toEqual(['dist']);
  });

  it('lets concurrent builds into one folder each land whole, one after the other', async () => {
    const out = path.join(tempDir('concurrent'), 'dist');
    const deck = path.join(FIXTURE_DECKS, 'basic');
    const results = await Promise.allSettled([1, 2, 3].map(() => buildDeck({ cwd: KIT_ROOT, deckDir: deck, outDir: out, base: './' })));
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'built'))).toEqual(['built', 'built', 'built']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<section id="points"');
    expect(readdirSync(path.dirname(out))).toEqual(['dist']);
  });

  it('never creates the output folder when the first build fails', async () => {
    const deck = tempDir('empty');
    const out = path.join(tempDir('empty-out'), 'dist');
    await expect(buildDeck({ cwd: KIT_ROOT, deckDir: deck, outDir: out })).rejects.toThrow(/no Markdown/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('briefdeck build options', () => {
  it('uses the theme the headmatter names', async () => {
    const out = await buildFixture('dark');
    // The page carries its stylesheet (src/site/pages-style.ts).
    const css = /<style data-page-style>([\s\S]*?)<\/style>/.exec(readFileSync(path.join(out, 'index.html'), 'utf8'))?.[1] ?? '';
    expect(css).toContain('#0d1b2a');
    expect(css).not.toContain('--r-background-color:#fff');
  });

  it('prefixes asset URLs with --base for hosting under a sub-path', async () => {
    const out = path.join(tempDir('base'), 'dist');
    await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'dark'), outDir: out, base: '/briefings/summit/' });
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/src="\/briefings\/summit\/assets\/[^"]+\.js"/);
  });

  it('lets an absolute --base load the deck’s own files: its origin is in the page’s policy, other sites are not', async () => {
    const out = path.join(tempDir('cdn-base'), 'dist');
    await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'dark'), outDir: out, base: 'https://cdn.example.org/decks/summit/' });
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/src="https:\/\/cdn\.example\.org\/decks\/summit\/assets\/[^"]+\.js"/);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    // connect-src: the page fetches its far slides and the source page from the base; media-src: a video it names.
    for (const directive of ['script-src', 'style-src', 'font-src', 'img-src', 'media-src', 'connect-src']) {
      expect(policy).toMatch(new RegExp(`${directive} 'self' https://cdn\\.example\\.org[ ;]`));
    }
    expect(policy).toContain("frame-src 'self';");
    expect(policy).not.toContain('/decks/summit');
  });
});
