// With the transition off, slides are drawn flat (no 3D perspective) unless one has a transition of its own; the page
// says which by a class on .reveal, set as reveal.js starts and again when slides are patched.

import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { buildDeckAt, tempDir, tempTree } from '../helpers/build.js';
import { startBrowser, waitForDeck } from '../helpers/browser.js';

const FLAT = '# Flat\n\nOne.\n\n---\n\n## Two\n\nTwo.\n\n---\n\n## Three\n\n--\n\n## Below\n\nUnder three.\n';
/** The same deck, the slide below the third one turning on its own. */
const TURNING = FLAT.replace('## Below', '<!-- .slide: data-transition="convex" -->\n\n## Below');

/** How the open deck's slides are drawn: reveal.js's transition class, the page's mark, and the perspective slides get. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const reveal = document.querySelector('.reveal')!;
    return {
      none: reveal.classList.contains('none'),
      flat: reveal.classList.contains('bd-flat-slides'),
      slides: getComputedStyle(document.querySelector('.reveal .slides')!).perspective,
      slide: getComputedStyle(document.querySelector('.reveal .slides > section')!).perspective,
    };
  });

describe('slides drawn flat with the transition off', () => {
  let browser: Browser;
  const servers: StaticServer[] = [];
  let flatUrl: string;
  let turningUrl: string;

  beforeAll(async () => {
    const build = (name: string, deck: string) => buildDeckAt(path.join(tempTree(`flat-${name}`, { 'deck.md': deck }), 'deck.md'), path.join(tempDir(`flat-${name}-out`), 'dist'));
    const [flatDist, turningDist, started] = await Promise.all([build('plain', FLAT), build('turning', TURNING), startBrowser()]);
    browser = started;
    for (const dist of [flatDist, turningDist]) servers.push(await serveStatic(dist));
    [flatUrl, turningUrl] = servers.map((server) => server.url) as [string, string];
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  });

  const open = async (url: string): Promise<Page> => {
    // A viewer who asks for less motion gets no transitions (src/client/motion.ts).
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(url);
    await waitForDeck(page);
    return page;
  };

  it('gives no slide a perspective when none has a transition of its own', async () => {
    const page = await open(flatUrl);
    expect(await drawn(page)).toEqual({ none: true, flat: true, slides: 'none', slide: 'none' });
    await page.context().close();
  });

  it('keeps reveal.js’s perspective on every slide while one turns on its own', async () => {
    const page = await open(turningUrl);
    const seen = await drawn(page);
    expect(seen).toMatchObject({ none: true, flat: false });
    expect(seen.slides).not.toBe('none');
    expect(seen.slide).not.toBe('none');
    await page.context().close();
  });

  it('draws the slides as they are: the perspective follows the transition', async () => {
    // With the deck's own transition on, reveal.js's perspective stays (the mark alone changes nothing).
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(flatUrl);
    await waitForDeck(page);
    const seen = await drawn(page);
    expect(seen).toMatchObject({ none: false, flat: true });
    expect(seen.slides).not.toBe('none');
    await context.close();
  });
});
