// A long deck's built page: only the near slides in the HTML, the rest loaded after the first paint, and every slide there for deep links, the speaker view, briefings and print.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { pdfExporter } from '../../src/export/pdf.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { DEFERRED_FAILURE_ID } from '../../src/client/deferred-slides.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { tempDir, tempTree } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';
import { htmlDocument } from '../helpers/dom.js';
import { loadPdf, pagesText } from '../export/helpers.js';

const COUNT = 30;
const PARAGRAPH = 'Each slide of this deck carries a paragraph, so that its far slides are worth a file of their own. '.repeat(8);

/** The briefing: far slides, last first. */
const BRIEFING = Array.from({ length: 16 }, (_, i) => `s${COUNT - i}`);

/** 30 slides `s1`…`s30` with notes, `s21` below `s20`, and a briefing of far slides in reverse. */
function longDeck(): Record<string, string> {
  const slide = (n: number): string => `## Slide ${n}\n\n${PARAGRAPH}\n\nNote: Notes of slide ${n}.\n`;
  const rest = Array.from({ length: COUNT - 1 }, (_, i) => `\n${i + 2 === 21 ? '--' : '---'}\nid: s${i + 2}\n---\n\n${slide(i + 2)}`);
  return {
    'slides/deck.md': `---\ntitle: Long deck\nid: s1\n---\n\n${slide(1)}${rest.join('')}`,
    'slides/briefings/far.yaml': `title: Far brief\nslides:\n${BRIEFING.map((id) => `  - ${id}\n`).join('')}`,
  };
}

const ids = async (page: import('playwright-core').Page): Promise<string[]> => page.evaluate(() => window.Reveal.getSlides().map((s) => s.id));

describe('a long deck that loads its far slides after the first paint', () => {
  let browser: Browser;
  let server: StaticServer;
  let deckDir: string;
  let outDir: string;

  beforeAll(async () => {
    const root = tempTree('deferred', longDeck());
    deckDir = path.join(root, 'slides');
    outDir = path.join(root, 'dist');
    [browser] = await Promise.all([startBrowser(), buildDeck({ cwd: KIT_ROOT, deckDir, outDir, base: './' })]);
    server = await serveStatic(outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes only the near slides into the page, and the rest into a file of the build', () => {
    const doc = htmlDocument(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
    expect([...doc.querySelectorAll('.slides section')].map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    const data = JSON.parse(doc.getElementById('briefdeck-data')!.textContent!) as { deferred: string };
    expect(data.deferred).toMatch(/^\.\/assets\/slides-[\w-]+\.html$/);
    expect(existsSync(path.join(outDir, data.deferred))).toBe(true);
  });

  it('presents every slide in order, with the whole slideIndex, without errors', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    const expected = Array.from({ length: COUNT }, (_, i) => `s${i + 1}`);
    expect(await ids(page)).toEqual(expected);
    expect(await page.evaluate(() => window.briefdeck.slideIndex.map((e) => e.id))).toEqual(expected);
    expect(await page.evaluate(() => [window.Reveal.getIndices(document.getElementById('s21')!).h, window.Reveal.getIndices(document.getElementById('s21')!).v])).toEqual([19, 1]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('requests the far slides only once the first slide is on screen', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(server.url);
    await waitForDeck(page);
    const { painted, requested } = await page.evaluate(() => ({
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      requested: performance.getEntriesByType('resource').find((entry) => /\/assets\/slides-[\w-]+\.html$/.test(entry.name))?.startTime,
    }));
    expect(painted).toBeGreaterThan(0);
    expect(requested).toBeGreaterThan(painted!);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a deep link to a far slide on that slide', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(`${server.url}#/s27`);
    await waitForDeck(page);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('s27');
    expect(await page.evaluate(() => document.querySelector('.reveal .slides section.present')!.textContent)).toContain('Slide 27');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a far slide and its notes in the speaker view', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(`${server.url}#/s27`);
    await waitForDeck(page);
    const popup = page.waitForEvent('popup');
    await page.keyboard.press('s');
    const speaker = await popup;
    await speaker.waitForFunction(() => (document.querySelector('.speaker-controls-notes')?.textContent ?? '').includes('Notes of slide 27.'), null, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await speaker.close();
    await page.close();
  });

  it('gives a briefing page its own far slides', async () => {
    const { page, errors } = await openRecordedPage(browser);
    const html = readFileSync(path.join(outDir, 'briefings/far/index.html'), 'utf8');
    expect(html).toMatch(/"deferred":"\.\.\/\.\.\/assets\/slides-[\w-]+\.html"/);
    await page.goto(`${server.url}briefings/far/`);
    await waitForDeck(page);
    expect((await ids(page)).filter((id) => /^s\d+$/.test(id))).toEqual(BRIEFING);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints every slide to the PDF, far ones included', async () => {
    const out = path.join(tempDir('deferred-pdf'), 'deck.pdf');
    const result = await pdfExporter.run({ browser, url: server.url, progress: () => undefined, deckFolder: path.relative(process.cwd(), deckDir) }, { out, fragments: false, notes: 'none', size: '16:9' });
    expect(result.count).toBe(COUNT);
    expect((await loadPdf(readFileSync(out))).getPageCount()).toBe(COUNT);
    const texts = pagesText(out);
    expect(texts[COUNT - 1]).toContain('Slide 30');
  });

  it('ends with a slide saying the rest did not load when the file cannot be fetched, and still starts', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.route('**/assets/slides-*.html', (route) => route.abort());
    await page.goto(server.url);
    await waitForDeck(page);
    expect(await ids(page)).toEqual(['s1', 's2', 's3', 's4', DEFERRED_FAILURE_ID]);
    expect(errors.some((e) => e.includes('the rest of the deck'))).toBe(true);
    await page.close();
  });
});
