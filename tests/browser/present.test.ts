// Presenting a built deck in a real browser: ready flag, navigation, deep links, notes, speaker view, offline.

import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { buildFixture, FIXTURE_DECKS } from '../helpers/build.js';
import { isLoopback, openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

describe('presenting a built deck', () => {
  let browser: Browser;
  let server: StaticServer;
  let expectedSlides: number;

  beforeAll(async () => {
    const [outDir, started] = await Promise.all([buildFixture('basic'), startBrowser()]);
    browser = started;
    server = await serveStatic(outDir);
    const files = ['01-intro.md', '02-more.md'].map((name) => ({ file: name, text: readFileSync(path.join(FIXTURE_DECKS, 'basic', name), 'utf8') }));
    expectedSlides = parseDeck(files).slides.length;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('becomes ready with as many slides as the compiler made, without errors or outside requests', async () => {
    const { page, errors, requests } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(expectedSlides);
    expect(await page.evaluate(() => window.Reveal.isReady())).toBe(true);
    expect(await page.evaluate(() => window.briefdeck.slideIndex.map((s) => s.id))).toEqual(['cover', 'points', 'stack-top', 'stack-below', 'closing']);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !isLoopback(url))).toEqual([]);
    await page.close();
  });

  it('moves on with ArrowRight and steps through fragments', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('cover');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('points');
    expect(await page.evaluate(() => document.querySelectorAll('#points .fragment').length)).toBe(2);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.querySelectorAll('#points .fragment.visible').length)).toBe(1);
    await page.close();
  });

  it('opens the slide named in the hash (#/<id>), also inside a stack', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(`${server.url}#/closing`);
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('closing');
    await page.goto(`${server.url}#/stack-below`);
    await page.waitForFunction(() => window.Reveal.getCurrentSlide()?.id === 'stack-below');
    expect(await page.evaluate(() => window.Reveal.getIndices())).toMatchObject({ h: 2, v: 1 });
    await page.close();
  });

  it('keeps speaker notes in aside.notes, hidden from the audience', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    expect(await page.locator('#cover aside.notes').textContent()).toContain('Cover notes for the speaker.');
    expect(await page.locator('#cover aside.notes').isVisible()).toBe(false);
    await page.close();
  });

  it('opens the speaker view on S, showing the current notes', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').includes('Cover notes'), null, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await speaker.close();
    await page.close();
  });

  it('paces the talk in the speaker view: a slide without minutes gets the 30 s budgets count for it', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal.getConfig().defaultTiming)).toBe(30);
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popup;
    const pacing = speaker.locator('.speaker-controls-time .pacing');
    await pacing.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await speaker.locator('.speaker-controls-time .pacing-title').textContent()).toContain('Pacing');
    // Time left on the cover: its 30 s less the second or two since the view opened.
    const left = await pacing.evaluate((element) => (element.querySelector('.minutes-value')!.textContent ?? '') + (element.querySelector('.seconds-value')!.textContent ?? ''));
    expect(left).toMatch(/^:00:(2\d|30)$/);
    expect(errors).toEqual([]);
    await speaker.close();
    await page.close();
  });

  it('has the overview and search built in', async () => {
    const { page } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => window.Reveal.hasPlugin('search') && window.Reveal.hasPlugin('zoom'))).toBe(true);
    await page.close();
  });
});
