// The built deck works offline: no request leaves its own origin while presenting every slide of the deck, its briefings,
// the remix view and the speaker view, and no built file names a remote font, stylesheet, script or image.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachSlide } from '../../src/browser/deck-slides.js';
import type { StaticServer } from '../../src/serve/static-server.js';
import { waitForDeck } from '../helpers/browser.js';
import { remoteCssLoads, remoteHtmlLoads } from '../helpers/remote-urls.js';
import { serveShippedDeck, type ServedDeck } from '../helpers/shipped-deck.js';

/** URLs in the bundled JavaScript that are names, not loads: XML namespaces, and the notes plugin's bundled Markdown parser's own strings. */
const JS_URLS_THAT_ARE_NOT_LOADS = [/^http:\/\/www\.w3\.org\//, /^https:\/\/github\.com\/markedjs\/marked/, /^https?:\/\/$/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('the built shipped deck, offline', () => {
  let served: ServedDeck;
  let outDir: string;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    served = await serveShippedDeck();
    ({ outDir, browser, server } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  it('requests nothing outside its own origin, and nothing that fails, on any page or slide', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const requested: string[] = [];
    const failed: string[] = [];
    // A request cut off by the next navigation (e.g. the page's icon) is aborted, not failed, if it is served elsewhere.
    const aborted: string[] = [];
    const answered = new Set<string>();
    context.on('request', (request) => requested.push(request.url()));
    context.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      if (reason === 'net::ERR_ABORTED') aborted.push(request.url());
      else failed.push(`${request.url()} ${reason}`);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
      else answered.add(response.url());
    });
    try {
      const page = await context.newPage();
      const briefings = await visitRemix(page, server.url);
      expect(briefings).toEqual(['principal', 'staff']);
      const pages = ['', ...briefings.map((name) => `briefings/${name}/`), '?select=firsts,recommendations', '?print-pdf'];
      let slides = 0;
      for (const pagePath of pages) {
        await page.goto(new URL(pagePath, server.url).href);
        await waitForDeck(page);
        if (pagePath !== '?print-pdf') slides += await forEachSlide(page, async () => undefined);
      }
      expect(slides).toBe(19 + (5 + 1) + (16 + 2) + 2);
      await openSpeakerView(context, page, server.url);
    } finally {
      await context.close();
    }
    const origin = new URL(server.url).origin;
    const outside = requested.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(aborted.filter((url) => !answered.has(url)).map((url) => `${url} net::ERR_ABORTED`)).toEqual([]);
    expect(requested.length).toBeGreaterThan(5);
  });

  it('names no remote font, stylesheet, script or image in any built file', () => {
    const files = filesUnder(outDir);
    expect(files.some((f) => f.endsWith('.html')) && files.some((f) => f.endsWith('.css')) && files.some((f) => f.endsWith('.js'))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = path.relative(outDir, file);
      if (file.endsWith('.html')) found.push(...remoteHtmlLoads(text).map((url) => `${name}: ${url}`));
      if (file.endsWith('.css')) found.push(...remoteCssLoads(text).map((url) => `${name}: ${url}`));
      if (file.endsWith('.js')) {
        const urls = [...text.matchAll(/https?:\/\/[^\s"'`)\\<]*/g)].map((m) => m[0]);
        found.push(...urls.filter((url) => !JS_URLS_THAT_ARE_NOT_LOADS.some((ok) => ok.test(url))).map((url) => `${name}: ${url}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice a remote load', () => {
    expect(remoteCssLoads("@import 'https://cdn.example/a.css'; @font-face{src:url(https://fonts.example/x.woff2)} a{background:url(./local.png)}")).toEqual([
      'https://cdn.example/a.css',
      'https://fonts.example/x.woff2',
    ]);
    expect(remoteHtmlLoads('<a href="https://example.org">link</a><img src="//cdn.example/i.png"><link rel="stylesheet" href="./a.css">')).toEqual(['<img src="//cdn.example/i.png">']);
  });
});

/** The remix view: its list of slides built, then the briefing names it knows. */
async function visitRemix(page: Page, root: string): Promise<string[]> {
  await page.goto(new URL('remix/', root).href);
  await page.waitForSelector('#remix-list li');
  return page.evaluate(() => window.briefdeck.briefings ?? []);
}

/** Presses S on the deck and waits for the speaker view to show notes. */
async function openSpeakerView(context: BrowserContext, page: Page, root: string): Promise<void> {
  await page.goto(root);
  await waitForDeck(page);
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').trim() !== '', null, { timeout: 15_000 });
  await speaker.close();
}
