// A dev session's caches: an edit re-parses and re-renders only its own file's slides, and a cached compile is the compile made afresh, whatever input changed.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionCache } from '../../src/compile/session-cache.js';
import type { RenderedPart } from '../../src/render/render-deck.js';
import { loadSite, type Site, type SiteSource } from '../../src/site/load-site.js';
import { createSiteCaches, sweepSiteCaches, type SiteCaches } from '../../src/site/site-caches.js';
import { tempTree } from '../helpers/build.js';

const PNG = readFileSync(path.resolve(import.meta.dirname, '../fixtures/decks/assets/map.png'));

const HEAD = `---
title: Session deck
article: source/article.txt
---
`;
const FILES = {
  '01-intro.md': `${HEAD}
# Session deck

A cover line. <!-- {_ class="big"} -->

---
id: second
---
## Second

Says one thing [@p1].
`,
  '02-middle.md': `---
id: third
---
## Third

Curly "quotes" -- and dashes. <!-- {slide data-mark="3"} -->

---
id: fourth
---
## Fourth

![A map](map.png)

Note: notes of the fourth.
`,
  '03-end.md': `---
id: fifth
---
## Fifth

\`\`\`js
const answer = 42;
\`\`\`
`,
  'source/article.txt': 'A headline\n\nThe first paragraph says one thing, plainly.\n\nThe second paragraph says another.\n',
};

function deck(): string {
  const root = tempTree('session-caches', Object.fromEntries(Object.entries(FILES).map(([name, text]) => [`slides/${name}`, text])));
  writeFileSync(path.join(root, 'slides', 'map.png'), PNG);
  return root;
}

function sourceOf(root: string, caches?: SiteCaches): SiteSource {
  return { deckDir: path.join(root, 'slides'), themes: ['briefing', 'dark'], displayRoot: root, ...(caches ? { caches } : {}) };
}

/** Everything a compile hands on: slides, page HTML, diagnostics, files named and the article. */
function compiled(result: { site: Site; diagnostics: unknown[] }): unknown {
  const { site } = result;
  return JSON.parse(JSON.stringify({ deck: site.deck, briefings: site.briefings, assets: [...site.assets], source: site.source, diagnostics: result.diagnostics }));
}

/** The slide caches with their stores recorded: each new render is a `set`, keyed by the slide it rendered. */
function recordingCaches(): { caches: SiteCaches; rendered: string[] } {
  const caches = createSiteCaches();
  const rendered: string[] = [];
  const slides: SessionCache<RenderedPart> = {
    get: (key) => caches.slides.get(key),
    set: (key, value) => {
      rendered.push((JSON.parse(key) as [{ id: string }])[0].id);
      caches.slides.set(key, value);
    },
    sweep: () => caches.slides.sweep(),
  };
  return { caches: { ...caches, slides }, rendered };
}

async function compileWith(root: string, caches: SiteCaches) {
  const result = await loadSite(sourceOf(root, caches));
  sweepSiteCaches(caches);
  return result;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, 'slides', file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

describe('session caches', () => {
  it('re-renders only the edited file’s slides, and nothing when nothing changed', async () => {
    const root = deck();
    const { caches, rendered } = recordingCaches();
    await compileWith(root, caches);
    expect(rendered).toHaveLength(5);
    expect(rendered.slice(1)).toEqual(['second', 'third', 'fourth', 'fifth']);
    rendered.length = 0;
    await compileWith(root, caches);
    expect(rendered).toEqual([]);
    edit(root, '02-middle.md', (text) => text.replace('## Fourth', '## Fourth, edited'));
    const after = await compileWith(root, caches);
    expect(rendered).toEqual(['fourth']);
    expect(after.site.deck.html).toContain('Fourth, edited');
    // Another file's edit leaves the edited slide as it is now; the slides of two compiles ago are gone (memory follows the deck).
    rendered.length = 0;
    edit(root, '03-end.md', (text) => text.replace('## Fifth', '## Fifth, edited'));
    await compileWith(root, caches);
    expect(rendered).toEqual(['fifth']);
    rendered.length = 0;
    edit(root, '02-middle.md', (text) => text.replace('## Fourth, edited', '## Fourth'));
    await compileWith(root, caches);
    expect(rendered).toEqual(['fourth']);
  });

  // Each change of an input a slide's HTML, its settings or the page depends on; the cached compile must equal a fresh one.
  const CHANGES: [string, (root: string) => void][] = [
    ['the element attribute pattern', (root) => edit(root, '01-intro.md', (t) => t.replace('article:', "elementAttributes: '\\{_\\s*?([^}]+?)\\}'\narticle:"))],
    ['the slide attribute pattern', (root) => edit(root, '01-intro.md', (t) => t.replace('article:', "slideAttributes: '\\{slide\\s*?([^}]+?)\\}'\narticle:"))],
    ['the typographer', (root) => edit(root, '01-intro.md', (t) => t.replace('article:', 'typographer: true\narticle:'))],
    ['the highlight theme', (root) => edit(root, '01-intro.md', (t) => t.replace('article:', 'highlightTheme: github-dark\narticle:'))],
    ['the theme', (root) => edit(root, '01-intro.md', (t) => t.replace('article:', 'theme: dark\narticle:'))],
    ['the cite setting', (root) => edit(root, '01-intro.md', (t) => t.replace('article:', 'cite: required\narticle:'))],
    ['the article (citations stop linking)', (root) => edit(root, '01-intro.md', (t) => t.replace('article: source/article.txt\n', ''))],
    ['the article’s text', (root) => writeFileSync(path.join(root, 'slides/source/article.txt'), `${FILES['source/article.txt']}\nA third paragraph.\n`)],
    ['a file a slide names', (root) => writeFileSync(path.join(root, 'slides/map.png'), Buffer.concat([PNG, Buffer.from([0])]))],
    ['a slide earlier in the deck (diagram ids and positions follow)', (root) => edit(root, '01-intro.md', (t) => t.replace('## Second', '## Second\n\n---\n\n## Inserted'))],
  ];

  for (const [what, change] of CHANGES) {
    it(`gives the compile made afresh after a change of ${what}`, async () => {
      const root = deck();
      const caches = createSiteCaches();
      const before = compiled(await compileWith(root, caches));
      change(root);
      const cachedAfter = compiled(await compileWith(root, caches));
      const fresh = compiled(await loadSite(sourceOf(root)));
      expect(cachedAfter).toEqual(fresh);
      expect(cachedAfter).not.toEqual(before);
    });
  }
});
