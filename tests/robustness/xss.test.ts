// Untrusted content: XSS payloads through every input are built, then every page is opened in Chromium and nothing may run.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { resolveConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { startBrowser, waitForDeck } from '../helpers/browser.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';

const DECK = path.join(FIXTURE_DECKS, 'xss');

declare global {
  interface Window {
    __xss?: unknown;
    __violations?: string[];
  }
}

interface Visit {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
  requests: string[];
}

/** What the page's head and slides hold that should never be there after sanitising (runs in the page). */
function unsafeMarkup(): string[] {
  const found: string[] = [];
  // eslint-disable-next-line no-control-regex -- browsers skip leading control characters in a URL, so the test must too
  const scriptUrl = /^[\u0000-\u0020]*(javascript|vbscript|data:text\/html)/i;
  for (const element of document.querySelectorAll('head *, body *')) {
    const tag = element.tagName.toLowerCase();
    const content = element.closest('head, .reveal .slides') !== null;
    if (content && ['iframe', 'object', 'embed', 'base', 'form', 'input', 'button', 'frame', 'applet'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
    if (tag === 'script' && !['module', 'application/json'].includes(element.getAttribute('type') ?? '')) found.push(`<script> ${element.textContent?.slice(0, 40)}`);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
      if (scriptUrl.test(attribute.value.replace(/[\t\n\r]/g, ''))) found.push(`${tag}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
    }
  }
  return found;
}

describe('untrusted content in a built deck', () => {
  let browser: Browser;
  const servers: Record<'svg' | 'fallback', StaticServer | undefined> = { svg: undefined, fallback: undefined };

  beforeAll(async () => {
    const root = tempDir('xss');
    // Diagrams left to the viewer's browser: mermaid then runs in the page, under its CSP.
    vi.stubEnv('CHROME_PATH', '/nonexistent/chromium');
    await buildDeck({ cwd: KIT_ROOT, deckDir: DECK, outDir: path.join(root, 'fallback'), overrides: { diagrams: { fallback: true, cacheDir: path.join(root, 'cache') } } });
    vi.unstubAllEnvs();
    await buildDeck({ cwd: KIT_ROOT, deckDir: DECK, outDir: path.join(root, 'svg') });
    [browser, servers.svg, servers.fallback] = await Promise.all([startBrowser(), serveStatic(path.join(root, 'svg')), serveStatic(path.join(root, 'fallback'))]);
  }, 180_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await browser?.close();
    await servers.svg?.close();
    await servers.fallback?.close();
  });

  /** `withoutCsp`: the page is served without its policy, to show the sanitiser alone holds. */
  async function visit(url: string, withoutCsp = false): Promise<Visit> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    if (withoutCsp) {
      await context.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        return route.fulfill({ response, body });
      });
    }
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations!.push(`${event.violatedDirective} ${event.blockedURI}`));
      // Inline handlers still run on synthetic clicks below; links must not navigate away.
      document.addEventListener('click', (event) => event.preventDefault(), true);
    });
    const page = await context.newPage();
    const visited: Visit = { page, dialogs: [], pageErrors: [], requests: [] };
    context.on('dialog', (dialog) => {
      visited.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    context.on('request', (request) => visited.requests.push(request.url()));
    page.on('pageerror', (error) => visited.pageErrors.push(error.message));
    await page.goto(url);
    await waitForDeck(page);
    return visited;
  }

  /** Shows every slide (lazy `data-src`, backgrounds, fallback diagrams) and pokes every element with events. */
  async function exercise(page: Page): Promise<void> {
    await page.evaluate(async () => {
      const total = window.Reveal.getSlides().length;
      for (let i = 0; i < total; i++) {
        window.Reveal.next();
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      window.Reveal.toggleOverview(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      window.Reveal.toggleOverview(false);
      for (const element of document.querySelectorAll('.reveal *')) {
        for (const type of ['mouseover', 'focus', 'click', 'toggle', 'load', 'error', 'animationstart']) element.dispatchEvent(new Event(type));
      }
      // reveal.js opens a link preview on a click that reaches the slides (the events above do not bubble).
      for (const element of document.querySelectorAll('.reveal .slides [data-preview-link]:not([data-preview-link=false])')) element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
  }

  /** `reportsFromMermaid`: CSP reports of inline handlers are expected (see the fallback test), nothing else. */
  async function expectNothingRan(visited: Visit, reportsFromMermaid = false): Promise<void> {
    const { page } = visited;
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(visited.dialogs).toEqual([]);
    const violations = (await page.evaluate(() => window.__violations)) ?? [];
    expect(violations.filter((v) => !(reportsFromMermaid && v === 'script-src-attr inline'))).toEqual([]);
    expect(visited.pageErrors).toEqual([]);
    expect(await page.evaluate(unsafeMarkup)).toEqual([]);
    const origin = new URL(page.url()).origin;
    expect(visited.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  }

  it('runs no payload on the deck page, which still presents with its build-time diagram', async () => {
    const visited = await visit(servers.svg!.url);
    const { page } = visited;
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(5);
    await exercise(page);
    await page.waitForSelector('#diagram figure.diagram > svg', { state: 'attached' });
    await expectNothingRan(visited);
    await page.context().close();
  });

  // Mermaid in the viewer's browser parses label HTML with its own DOMPurify in an inert document; Chromium
  // reports the inline handlers it sees there as CSP violations although none can run. So the page is also
  // opened without its policy: the payloads must not run then either.
  for (const withoutCsp of [false, true]) {
    it(`runs no payload when diagrams are drawn in the browser (${withoutCsp ? 'policy removed' : 'with the policy'})`, async () => {
      const visited = await visit(servers.fallback!.url, withoutCsp);
      const { page } = visited;
      await exercise(page);
      await page.waitForSelector('#diagram figure[data-diagram-rendered] > svg', { state: 'attached', timeout: 30_000 });
      await expectNothingRan(visited, true);
      await page.context().close();
    });
  }

  it('carries a same-origin Content-Security-Policy on built pages', async () => {
    const visited = await visit(servers.svg!.url);
    const policy = await visited.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    await visited.page.context().close();
  });

  it('runs no payload in the speaker view, whose notes stay text', async () => {
    const visited = await visit(`${servers.svg!.url}#/comments`);
    const { page } = visited;
    const popupPromise = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popupPromise;
    const notesShow = async (text: string): Promise<void> => {
      await speaker.waitForFunction((t) => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').includes(t), text, { timeout: 15_000 });
      expect(await speaker.evaluate(() => document.querySelectorAll('.speaker-controls-notes img[onerror]').length)).toBe(0);
    };
    await notesShow("<img src=x onerror=window.__xss='slide-data-notes'>");
    await page.keyboard.press('ArrowRight');
    await notesShow("<img src=x onerror=window.__xss='fragment-data-notes'>");
    await page.evaluate(() => window.Reveal.slide(0));
    await notesShow('notes link');
    expect(await speaker.evaluate(() => window.__xss)).toBeUndefined();
    await expectNothingRan(visited);
    await page.context().close();
  });

  for (const [name, suffix] of [['briefing', 'briefings/payload/'], ['remix', 'remix/'], ['selection', '?select=markdown,raw-html,comments']] as const) {
    it(`runs no payload on the ${name} page`, async () => {
      const visited = await visit(`${servers.svg!.url}${suffix}`);
      if (name !== 'remix') await exercise(visited.page);
      else await visited.page.locator('#remix-list > li').first().click();
      await expectNothingRan(visited);
      await visited.page.context().close();
    });
  }
});

describe('the dev server', () => {
  it('listens on localhost only, unless told otherwise', async () => {
    const config = await resolveConfig(await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir: DECK }), 'serve');
    expect(config.server.host).toBe('localhost');
    expect(config.preview.host).toBe('localhost');
  });
});
