// The dev server serves the files slides name from where they are, and an edited image shows in the open deck without a reload.

import { copyFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

describe('dev server and the files slides name', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let deckDir: string;
  let page: Page;
  let errors: string[];
  let origin: string;
  const mapWidth = (): Promise<number> => page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.naturalWidth);

  beforeAll(async () => {
    deckDir = path.join(tempDir('dev-assets'), 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'assets'), deckDir, { recursive: true });
    const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir });
    [server, browser] = await Promise.all([
      createServer({ ...config, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } }),
      startBrowser(),
    ]);
    await server.listen();
    origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    ({ page, errors } = await openRecordedPage(browser));
    await page.goto(`${origin}/#/map`);
    await waitForDeck(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves each file with its type, for the deck and for briefing pages, backgrounds included', async () => {
    expect(await mapWidth()).toBe(320);
    const src = await page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.getAttribute('src')!);
    const response = await fetch(new URL(src, origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const backdrop = await page.evaluate(() => document.querySelector('#backdrop')!.getAttribute('data-background-image')!);
    expect((await fetch(new URL(backdrop, origin))).status).toBe(200);
    const briefing = await browser.newPage();
    try {
      await briefing.goto(`${origin}/briefings/short/#/appendix`);
      await waitForDeck(briefing);
      expect(await briefing.evaluate(() => document.querySelector<HTMLImageElement>('#appendix img')!.naturalWidth)).toBe(120);
    } finally {
      await briefing.close();
    }
    expect(errors).toEqual([]);
  });

  it('serves no file of the deck folder that no slide names', async () => {
    const src = await page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.getAttribute('src')!);
    expect((await fetch(new URL(src.replace(/assets\/[^/]+\/[^/]+$/, 'assets/0123456789abcdef-1/01-deck.md'), origin))).status).toBe(404);
  });

  it('shows an edited image in the open deck, in place', async () => {
    const deadline = Date.now() + 20_000;
    while (server.ws.clients.size < 1) {
      if (Date.now() > deadline) throw new Error('the page never connected for hot updates');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same page';
    });
    const before = await page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.getAttribute('src'));
    copyFileSync(path.join(deckDir, 'extra/seal.png'), path.join(deckDir, 'map.png'));
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('#map img')?.naturalWidth === 120, undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.getAttribute('src'))).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });
});
