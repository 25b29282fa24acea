// A dev start's first page from an earlier start: served only while every input is as it was, stored only from a compile whose inputs held still.

import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepCache } from '../../src/io/step-cache.js';
import { loadSite, type Site } from '../../src/site/load-site.js';
import { createStartPages, type StartPages } from '../../src/site/start-pages.js';
import { tempTree } from '../helpers/build.js';

const TEMPLATE = '<html><body><!--briefdeck:slides--></body></html>';

function project(): string {
  const root = tempTree('start-pages', {
    'slides/01-intro.md': '---\ntitle: Start deck\narticle: ../source/article.txt\n---\n# Start deck\n\nSays one thing [@p1].\n',
    'source/article.txt': 'A headline\n\nThe first paragraph says one thing, plainly.\n',
  });
  // Written a while ago: a file changed after a compile began is never trusted.
  const past = new Date(Date.now() - 60_000);
  utimesSync(path.join(root, 'source/article.txt'), past, past);
  return root;
}

function pagesOf(root: string): StartPages {
  return createStartPages(stepCache(path.join(root, 'cache'), 'pages', 'test'), { deckDir: path.join(root, 'slides'), displayRoot: root, folders: [], options: { base: '/' } });
}

async function compile(root: string): Promise<Site> {
  return (await loadSite({ deckDir: path.join(root, 'slides'), themes: ['briefing'], displayRoot: root })).site;
}

/** A session that compiles and serves `page` for `/`, storing it. */
async function firstSession(root: string, page = 'the compiled page'): Promise<void> {
  const pages = pagesOf(root);
  await pages.beforeCompile();
  await pages.store(TEMPLATE, '/', page, await compile(root));
}

describe('start pages', () => {
  it('serves the stored page for the same template, address and inputs, and says when it went stale', async () => {
    const root = project();
    await firstSession(root);
    const next = pagesOf(root);
    expect(await next.early(TEMPLATE, '/')).toBe('the compiled page');
    expect(await next.early(`${TEMPLATE}\n`, '/')).toBeUndefined();
    expect(await next.early(TEMPLATE, '/briefing/')).toBeUndefined();
    expect(await next.servedStale()).toBe(false);
    writeFileSync(path.join(root, 'slides/01-intro.md'), '---\ntitle: Start deck\narticle: ../source/article.txt\n---\n# Edited\n');
    expect(await next.servedStale()).toBe(true);
    expect(await pagesOf(root).early(TEMPLATE, '/')).toBeUndefined();
  });

  it('serves nothing once the article outside the deck folder changed, or with other options', async () => {
    const root = project();
    await firstSession(root);
    const other = createStartPages(stepCache(path.join(root, 'cache'), 'pages', 'test'), { deckDir: path.join(root, 'slides'), displayRoot: root, folders: [], options: { base: '/deck/' } });
    expect(await other.early(TEMPLATE, '/')).toBeUndefined();
    writeFileSync(path.join(root, 'source/article.txt'), 'A headline\n\nThe first paragraph says one thing, clearly.\n');
    expect(await pagesOf(root).early(TEMPLATE, '/')).toBeUndefined();
  });

  it('stores nothing when the deck changed while it compiled, nor a page with diagrams left to the browser', async () => {
    const root = project();
    const pages = pagesOf(root);
    await pages.beforeCompile();
    const site = await compile(root);
    writeFileSync(path.join(root, 'slides/01-intro.md'), '---\ntitle: Start deck\narticle: ../source/article.txt\n---\n# Edited meanwhile\n');
    await pages.store(TEMPLATE, '/', 'the page before the edit', site);
    expect(await pagesOf(root).early(TEMPLATE, '/')).toBeUndefined();
    await firstSession(root, '<div data-diagram-pending="x"></div>');
    expect(await pagesOf(root).early(TEMPLATE, '/')).toBeUndefined();
  });
});
