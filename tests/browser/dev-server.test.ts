// The dev server in a real browser: edits update the open deck in place, mistakes show an overlay, fixes recover (also from a first start on a broken deck).

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { contentSecurityPolicy } from '../../src/site/csp.js';
import { devContentSecurityPolicy } from '../../src/site/dev-csp.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

/**
 * An edit is seen only once the watcher has scanned the deck folder (`watcher.add` returns before that), and is
 * patched in place only once the page's hot-update socket is open (it connects after the deck may already be
 * ready; a page that connects after an update is reloaded instead). Under load either can come after the first
 * edit: wait for both, rather than for a longer timeout.
 */
async function waitForHotUpdates(server: ViteDevServer, deckDir: string, clients = 1): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(server.ws.clients.size >= clients && (server.watcher.getWatched()[deckDir]?.length ?? 0) > 0)) {
    if (Date.now() > deadline) throw new Error(`the dev server did not start watching ${deckDir} with ${clients} connected page(s)`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('dev server', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let deckDir: string;
  let page: Page;
  let errors: string[];
  /** Hot-update messages the page received over Vite's websocket. */
  const frames: string[] = [];
  const points = (): string => path.join(deckDir, '01-intro.md');

  beforeAll(async () => {
    deckDir = path.join(tempDir('dev'), 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'basic'), deckDir, { recursive: true });
    const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir });
    [server, browser] = await Promise.all([
      createServer({ ...config, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } }),
      startBrowser(),
    ]);
    await server.listen();
    ({ page, errors } = await openRecordedPage(browser));
    page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(String(payload))));
    await page.goto(`${server.resolvedUrls!.local[0]}#/points`);
    await waitForDeck(page);
    await waitForHotUpdates(server, deckDir);
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'still the same page';
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Waits for the page to show an edit; a timeout says which hot-update messages did arrive. */
  const waitForPage = async (predicate: () => unknown, timeout = 15_000): Promise<void> => {
    const seen = frames.length;
    try {
      await page.waitForFunction(predicate, null, { timeout });
    } catch (error) {
      const messages = frames.slice(seen).map((frame) => frame.slice(0, 160));
      throw new Error(`${(error as Error).message}\nhot-update messages since the edit: ${messages.length === 0 ? 'none' : messages.join('\n')}`, { cause: error });
    }
  };

  const sameDocument = (p: Page): Promise<boolean> =>
    p.evaluate(() => (window as unknown as { marker?: string }).marker === 'still the same page');

  it('sends the policy a built deck carries, and the browser enforces it', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(devContentSecurityPolicy());
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+';/);
    expect(policy!.replace(/ 'sha256-[^']+'/g, '')).toBe(contentSecurityPolicy());
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
          const frame = document.createElement('iframe');
          frame.src = 'http://localhost:9/elsewhere.html';
          document.body.append(frame);
          setTimeout(() => resolve('not blocked'), 5000);
        }),
    );
    expect(blocked).toBe('frame-src');
    // The refusal is logged as a console error; it is the only one, and later tests count from none.
    expect(errors.filter((e) => !e.includes('[vite]')).every((e) => /Framing 'http:\/\/localhost:9\/' violates/.test(e)), errors.join('\n')).toBe(true);
    errors.length = 0;
  });

  it('updates an edited slide in place and keeps the current slide', async () => {
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('points');
    writeFileSync(points(), readFileSync(points(), 'utf8').replace('- First point [@p1]', '- First point, edited [@p1]'));
    await waitForPage(() => document.querySelector('#points li')?.textContent?.includes('edited'));
    expect(await sameDocument(page)).toBe(true);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('points');
  });

  it('sends the open page only the slide that changed', async () => {
    frames.length = 0;
    writeFileSync(points(), readFileSync(points(), 'utf8').replace('- First point, edited [@p1]', '- First point, edited twice [@p1]'));
    await waitForPage(() => document.querySelector('#points li')?.textContent?.includes('edited twice'));
    const updates = frames.map((frame) => JSON.parse(frame) as { type: string; event?: string; data?: { full: boolean; sections: { id: string; html: string }[] } }).filter((m) => m.type === 'custom' && m.event === 'briefdeck:slides');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.data!.full).toBe(false);
    expect(updates[0]!.data!.sections.map((s) => s.id)).toEqual(['points']);
    expect(updates[0]!.data!.sections[0]!.html).toContain('edited twice');
    expect(await sameDocument(page)).toBe(true);
  });

  /** Each fragment of the points slide as `visible/current`. */
  const pointFragments = (): Promise<string[]> =>
    page.evaluate(() => [...document.querySelectorAll('#points .fragment')].map((f) => `${f.classList.contains('visible')}/${f.classList.contains('current-fragment')}`));

  it('keeps the fragment the presenter was on when the slide on screen is edited', async () => {
    await page.evaluate(() => window.Reveal.navigateFragment(0));
    expect(await pointFragments()).toEqual(['true/true', 'false/false']);
    const before = readFileSync(points(), 'utf8');
    writeFileSync(points(), before.replace('## Points\n', '## Points, at a fragment\n'));
    await waitForPage(() => document.querySelector('#points h2')?.textContent?.includes('at a fragment'));
    expect(await pointFragments()).toEqual(['true/true', 'false/false']);
    expect(await page.evaluate(() => [window.Reveal.getCurrentSlide()?.id, window.Reveal.getIndices().f])).toEqual(['points', 0]);
    writeFileSync(points(), before);
    await waitForPage(() => document.querySelector('#points h2')?.textContent === 'Points');
    expect(await pointFragments()).toEqual(['true/true', 'false/false']);
  });

  it('shows every fragment of an edited slide the presenter has gone past, and none of one still ahead', async () => {
    const more = path.join(deckDir, '02-more.md');
    const moreBefore = readFileSync(more, 'utf8');
    const before = readFileSync(points(), 'utf8');
    try {
      await page.evaluate(() => window.Reveal.slide(2));
      expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('stack-top');
      writeFileSync(points(), before.replace('## Points\n', '## Points, gone past\n'));
      await waitForPage(() => document.querySelector('#points h2')?.textContent?.includes('gone past'));
      expect(await pointFragments()).toEqual(['true/false', 'true/false']);
      writeFileSync(more, moreBefore.replace('## Closing\n', '## Closing\n\n- Still ahead {+}\n'));
      await waitForPage(() => document.querySelector('#closing li')?.textContent?.includes('Still ahead'));
      expect(await page.evaluate(() => [...document.querySelectorAll('#closing .fragment')].map((f) => f.classList.contains('visible')))).toEqual([false]);
      expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('stack-top');
    } finally {
      writeFileSync(more, moreBefore);
      writeFileSync(points(), before);
      await waitForPage(() => document.querySelector('#points h2')?.textContent === 'Points' && document.querySelector('#closing li') === null);
      await page.evaluate(() => window.Reveal.slide(1));
    }
    expect(await sameDocument(page)).toBe(true);
  });

  it('marks the deck as no longer flat once an edit gives a slide a transition of its own, and flat again once it goes', async () => {
    const flat = (): Promise<boolean> => page.evaluate(() => document.querySelector('.reveal')!.classList.contains('bd-flat-slides'));
    expect(await flat()).toBe(true);
    const before = readFileSync(points(), 'utf8');
    writeFileSync(points(), before.replace('## Points\n', '## Points\n\n<!-- .slide: data-transition="convex" -->\n'));
    await waitForPage(() => document.getElementById('points')?.getAttribute('data-transition') === 'convex');
    expect(await flat()).toBe(false);
    writeFileSync(points(), before);
    await waitForPage(() => document.getElementById('points')?.hasAttribute('data-transition') === false);
    expect(await flat()).toBe(true);
    expect(await sameDocument(page)).toBe(true);
  });

  it('follows a new slide being added, still without a reload', async () => {
    writeFileSync(points(), `${readFileSync(points(), 'utf8')}\n---\n## Added slide\n\nNew content.\n`);
    await waitForPage(() => document.getElementById('added-slide') !== null);
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(6);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('points');
    expect(await sameDocument(page)).toBe(true);
  });

  it('shows an overlay naming file and line for a broken edit, keeps the deck usable, and recovers', async () => {
    const good = readFileSync(points(), 'utf8');
    writeFileSync(points(), good.replace('id: points', 'id: cover'));
    await waitForPage(() => document.querySelector('vite-error-overlay') !== null);
    const overlayText = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    expect(overlayText).toContain('01-intro.md:16');
    expect(overlayText).toContain('slide id "cover" is already used');
    expect(await page.evaluate(() => document.getElementById('points') !== null)).toBe(true);

    writeFileSync(points(), good.replace('New content.', 'New content, fixed.'));
    await waitForPage(() => document.querySelector('#added-slide p')?.textContent?.includes('fixed'));
    await waitForPage(() => document.querySelector('vite-error-overlay') === null);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('points');
    expect(errors.filter((e) => !e.includes('[vite]'))).toEqual([]);
  });

  it('shows a broken diagram as an error box on its slide while the rest of the deck stays live', async () => {
    writeFileSync(path.join(deckDir, '02-more.md'), `${readFileSync(path.join(deckDir, '02-more.md'), 'utf8')}\n---\nid: broken-diagram\n---\n## Broken diagram\n\n\`\`\`mermaid\nflowchart LR\n  A -->|unclosed B[\n\`\`\`\n`);
    await waitForPage(() => document.querySelector('#broken-diagram figure[data-diagram-error] pre.diagram-error') !== null, 30_000);
    const text = await page.locator('#broken-diagram pre.diagram-error').textContent();
    expect(text).toContain('02-more.md:25');
    expect(text).toMatch(/Parse error|Expecting/);
    expect(await sameDocument(page)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('vite-error-overlay'))).toBeNull();
  });

  it('reloads a page that was still connecting when an edit went out, so it never stays behind', async () => {
    const { page: late, errors: lateErrors } = await openRecordedPage(browser);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The page's scripts, and with them its hot-update socket, wait until the edit has gone out to the open pages.
    await late.route((url) => url.pathname === '/@vite/client', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await late.goto(`${server.resolvedUrls!.local[0]}#/points`, { waitUntil: 'commit' });
      await late.waitForSelector('meta[name="briefdeck-compile"]', { state: 'attached' });
      expect(await late.locator('#points li').first().textContent()).toContain('edited twice');
      writeFileSync(points(), readFileSync(points(), 'utf8').replace('- First point, edited twice [@p1]', '- First point, seen late [@p1]'));
      await waitForPage(() => document.querySelector('#points li')?.textContent?.includes('seen late'));
      release();
      await late.waitForFunction(() => document.querySelector('#points li')?.textContent?.includes('seen late') === true && document.documentElement.dataset.deckReady === 'true', null, { timeout: 15_000 });
      expect(lateErrors.filter((e) => !e.includes('[vite]'))).toEqual([]);
    } finally {
      release();
      await late.close();
    }
  });

  it('keeps serving after a file that is not UTF-8 appears, and names it', async () => {
    writeFileSync(path.join(deckDir, '03-binary.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await waitForPage(() => document.querySelector('vite-error-overlay') !== null);
    const overlayText = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    expect(overlayText).toContain('03-binary.md');
    const response = await fetch(server.resolvedUrls!.local[0]!);
    expect(response.status).toBe(200);
  });

  it('starts on a deck that never compiled, shows what is wrong, and loads the deck once it is fixed', async () => {
    const brokenDir = path.join(tempDir('dev-broken'), 'slides');
    mkdirSync(brokenDir, { recursive: true });
    const file = path.join(brokenDir, 'deck.md');
    writeFileSync(file, '---\ntitle: Broken\n---\n# Start\n\n```js\nnever closed\n');
    const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir: brokenDir });
    const broken = await createServer({ ...config, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } });
    try {
      await broken.listen();
      const { page: fresh, errors: freshErrors } = await openRecordedPage(browser);
      await fresh.goto(broken.resolvedUrls!.local[0]!);
      await waitForDeck(fresh);
      await waitForHotUpdates(broken, brokenDir);
      expect(await fresh.locator('#deck-errors').textContent()).toMatch(/deck\.md:6:1 error: the code fence ``` opened here is never closed/);
      writeFileSync(file, '---\ntitle: Fixed\n---\n# Start\n\n```js\nclosed now\n```\n');
      await fresh.waitForFunction(() => document.getElementById('start') !== null && document.documentElement.dataset.deckReady === 'true', null, { timeout: 15_000 });
      expect(await fresh.locator('#deck-errors').count()).toBe(0);
      expect(freshErrors.filter((e) => !e.includes('[vite]'))).toEqual([]);
      await fresh.close();
    } finally {
      await broken.close();
    }
  });
});
