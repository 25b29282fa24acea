// Presenting decks that live outside the kit: a project folder's slides/ with its public/ files, and a single-file deck, in dev and built.

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { serveStatic } from '../../src/serve/static-server.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

const MAP_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 4 3"><rect width="4" height="3" fill="#0b2545"/></svg>';

const SINGLE = `---
title: One-file talk
---
# One-file talk

---
id: map
---
## The map

![Map](/maps/region.svg)
`;

async function devServer(cwd: string, deckDir?: string): Promise<ViteDevServer> {
  const config = await viteConfigFor({ command: 'serve', cwd, ...(deckDir ? { deckDir } : {}) });
  const server = await createServer({ ...config, logLevel: 'silent', server: { ...config.server, port: 0, host: '127.0.0.1', strictPort: false } });
  await server.listen();
  return server;
}

describe('decks from other folders in a browser', () => {
  let browser: Browser;
  let project: string;
  const servers: ViteDevServer[] = [];

  beforeAll(async () => {
    project = tempDir('own-folder-browser');
    cpSync(path.join(FIXTURE_DECKS, 'basic'), path.join(project, 'slides'), { recursive: true });
    mkdirSync(path.join(project, 'public', 'maps'), { recursive: true });
    writeFileSync(path.join(project, 'public', 'maps', 'region.svg'), MAP_SVG);
    writeFileSync(path.join(project, 'public', 'favicon.svg'), MAP_SVG);
    writeFileSync(path.join(project, 'talk.md'), SINGLE);
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('presents ./slides of the working folder in dev, with its public/ files served at /', async () => {
    const server = await devServer(project);
    servers.push(server);
    const url = server.resolvedUrls!.local[0]!;
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(url);
    await waitForDeck(page);
    expect(await page.title()).toBe('Fixture deck');
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(5);
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
    const map = await fetch(new URL('/maps/region.svg', url));
    expect(map.status).toBe(200);
    expect(await map.text()).toBe(MAP_SVG);
    expect(errors.filter((e) => !e.includes('[vite]'))).toEqual([]);
    await page.close();
  });

  it('presents a single .md file in dev and follows its edits in place', async () => {
    const file = path.join(project, 'talk.md');
    const server = await devServer(project, file);
    servers.push(server);
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(`${server.resolvedUrls!.local[0]}#/map`);
    await waitForDeck(page);
    expect(await page.title()).toBe('One-file talk');
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('#map img')?.naturalWidth ?? 0) > 0, null, { timeout: 10_000 });
    writeFileSync(file, readFileSync(file, 'utf8').replace('## The map', '## The map, edited'));
    await page.waitForFunction(() => document.querySelector('#map h2')?.textContent === 'The map, edited', null, { timeout: 15_000 });
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('map');
    expect(errors.filter((e) => !e.includes('[vite]'))).toEqual([]);
    await page.close();
  });

  it('builds the single-file deck so it presents from a static server, public image included', async () => {
    const outDir = path.join(project, 'out');
    await buildDeck({ cwd: project, deckDir: path.join(project, 'talk.md'), outDir, base: './' });
    const server = await serveStatic(outDir);
    try {
      const { page, errors } = await openRecordedPage(browser);
      await page.goto(`${server.url}#/map`);
      await waitForDeck(page);
      expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(2);
      await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('#map img')?.naturalWidth ?? 0) > 0, null, { timeout: 10_000 });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
