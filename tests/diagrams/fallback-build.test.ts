// Without a Chromium at build time: one warning, placeholders in the page, and the viewer's browser draws them.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from 'vite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

describe('diagram fallback when no Chromium is found', () => {
  let browser: Browser;
  let server: StaticServer;
  let outDir: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    browser = await startBrowser();
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      const logger = { ...createLogger('info'), info: () => undefined, warn: (m: string) => void warnings.push(m) };
      outDir = path.join(tempDir('fallback'), 'dist');
      await buildDeck({
        cwd: KIT_ROOT,
        deckDir: path.join(FIXTURE_DECKS, 'diagrams'),
        outDir,
        overrides: { diagrams: { cacheDir: path.join(tempDir('fallback-cache'), 'c'), fallback: true } },
        logger,
      });
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
    server = await serveStatic(outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('warns once, naming how to get a browser', () => {
    const noBrowser = warnings.filter((w) => w.includes('No Chromium found'));
    expect(noBrowser).toHaveLength(1);
    expect(noBrowser[0]).toContain('CHROME_PATH');
  });

  it('writes placeholders with the code, and ships the fallback', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html.match(/data-diagram-pending/g)).toHaveLength(3);
    expect(html).not.toContain('<svg');
    expect(readdirSync(path.join(outDir, 'assets')).length).toBeGreaterThan(5);
  });

  it('draws the diagram of the current slide in the browser, with a text alternative', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(`${server.url}#/actors`);
    await waitForDeck(page);
    await page.waitForSelector('#actors figure.diagram[data-diagram-rendered] svg', { timeout: 30_000 });
    const svg = await page.evaluate(() => {
      const element = document.querySelector('#actors figure.diagram svg')!;
      const box = element.getBoundingClientRect();
      return { title: element.querySelector('title')?.textContent, width: box.width, height: box.height };
    });
    expect(svg.title).toBe('Who met whom');
    expect(svg.width).toBeGreaterThan(100);
    expect(svg.height).toBeGreaterThan(20);
    await page.close();
  });

  it('draws every diagram before reveal.js lays out the print view', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(`${server.url}?print-pdf`);
    await waitForDeck(page);
    expect(await page.locator('figure.diagram[data-diagram-pending]').count()).toBe(0);
    expect(await page.locator('figure.diagram svg').count()).toBe(3);
    await page.close();
  });
});
