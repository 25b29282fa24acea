// The remix view in a real browser: tick, reorder by keyboard and by dragging, present the selection, and build
// the downloaded manifest into the identical briefing.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

describe('remix view', () => {
  let browser: Browser;
  let server: StaticServer;
  let deckDir: string;

  beforeAll(async () => {
    deckDir = path.join(tempDir('remix'), 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'briefings'), deckDir, { recursive: true });
    const outDir = path.join(path.dirname(deckDir), 'dist');
    [browser] = await Promise.all([startBrowser(), buildDeck({ cwd: path.dirname(deckDir), deckDir, outDir })]);
    server = await serveStatic(outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds a selection that presents, and downloads as a manifest that builds the same briefing', async () => {
    const { page, errors } = await openRecordedPage(browser, { width: 1280, height: 900 });
    await page.goto(`${server.url}remix/`);
    await waitForDeck(page);
    const order = (): Promise<string[]> => page.locator('#remix-list > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id!));
    expect(await order()).toEqual(['cover', 'firsts', 'doubts', 'questions', 'advice']);

    await page.locator('li[data-id="firsts"] input[type=checkbox]').check();
    await page.locator('li[data-id="questions"]').focus();
    await page.keyboard.press('Space');
    await page.locator('li[data-id="advice"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await order()).toEqual(['cover', 'firsts', 'advice', 'doubts', 'questions']);
    await page.locator('li[data-id="questions"]').dragTo(page.locator('li[data-id="firsts"]'));
    expect(await order()).toEqual(['cover', 'questions', 'firsts', 'advice', 'doubts']);
    expect(await page.locator('#remix-total').textContent()).toBe('3 slides · 5 min of 5 min');
    await page.fill('#remix-budget', '4');
    expect(await page.locator('#remix-total').getAttribute('class')).toBe('over-budget');

    await page.fill('#remix-title', 'Remixed brief');
    const download = page.waitForEvent('download');
    await page.click('#remix-download');
    const manifestPath = path.join(deckDir, 'briefings', 'remixed.yaml');
    await (await download).saveAs(manifestPath);
    const manifest = readFileSync(manifestPath, 'utf8');
    expect(manifest).toMatch(/^title: Remixed brief\nminutes: 4\nslides:\n {2}- questions\n {2}- firsts\n {2}- advice\npins:\n/);

    await page.click('#remix-present');
    await page.waitForURL(/\?select=/);
    await waitForDeck(page);
    const presented = await page.evaluate(() => window.Reveal.getSlides().map((s) => s.id));
    expect(presented).toEqual(['questions', 'firsts', 'advice']);
    expect(errors).toEqual([]);
    await page.close();

    const rebuilt = path.join(tempDir('remix-rebuilt'), 'dist');
    writeFileSync(manifestPath, manifest);
    await buildDeck({ cwd: path.dirname(deckDir), deckDir, outDir: rebuilt });
    const html = readFileSync(path.join(rebuilt, 'briefings/remixed/index.html'), 'utf8');
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id!.startsWith('briefing-'));
    expect(ids).toEqual(presented);
  });
});

describe('remix view thumbnails', () => {
  let browser: Browser;
  let server: StaticServer;
  let work: string;

  beforeAll(async () => {
    work = tempDir('remix-thumbs');
    const deckDir = path.join(work, 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'diagrams'), deckDir, { recursive: true });
    writeFileSync(path.join(deckDir, 'zz-list.md'), '---\nid: dated\nlayout: timeline\n---\n## Dated\n\n- **February 10:** a long first item that wraps onto a second line of the slide when it is shown at full size\n- **March 5:** a second item\n');
    const outDir = path.join(work, 'dist');
    [browser] = await Promise.all([startBrowser(), buildDeck({ cwd: work, deckDir, outDir })]);
    server = await serveStatic(outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Boxes of a slide's parts relative to the slide (0–1), and the computed fill of the diagram's first node. */
  const measure = (section: Element): { list: number[]; title: number[]; nodeFill: string | undefined } => {
    const box = section.getBoundingClientRect();
    const relative = (element: Element | null): number[] => {
      if (!element) return [];
      const r = element.getBoundingClientRect();
      return [(r.left - box.left) / box.width, (r.top - box.top) / box.height, r.width / box.width, r.height / box.height].map((n) => Math.round(n * 100) / 100);
    };
    const node = section.querySelector('svg .node rect, svg .node polygon');
    return { list: relative(section.querySelector('li')), title: relative(section.querySelector('h2')), nodeFill: node ? getComputedStyle(node).fill : undefined };
  };

  it('draws each thumbnail as the slide itself, scaled: lists keep their layout, diagrams their colours', async () => {
    const { page, errors } = await openRecordedPage(browser, { width: 1280, height: 900 });
    const real: Record<string, ReturnType<typeof measure>> = {};
    for (const id of ['actors', 'dated']) {
      await page.goto(`${server.url}?margin=0#/${id}`);
      await waitForDeck(page);
      await page.waitForFunction((slide) => window.Reveal.getCurrentSlide()?.id === slide, id);
      real[id] = await page.locator(`section#${id}`).evaluate(measure);
    }
    await page.goto(`${server.url}remix/`);
    await waitForDeck(page);
    for (const id of ['actors', 'dated']) {
      const thumb = await page.locator(`li[data-id="${id}"] .remix-thumb section`).evaluate(measure);
      expect(thumb, id).toEqual(real[id]);
    }
    expect(real.actors!.nodeFill).not.toBe('rgb(0, 0, 0)');
    expect(real.dated!.list[2]).toBeGreaterThan(0.8);
    expect(errors).toEqual([]);
    await page.close();
  });
});
