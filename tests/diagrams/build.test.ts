// Build-time diagrams through the real build: inline SVGs, no mermaid shipped, a warm cache launches no browser, errors fail the build.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, type Logger } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { htmlDocument } from '../helpers/dom.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';
import { serveStatic } from '../../src/serve/static-server.js';

function recordingLogger(): Logger & { lines: string[] } {
  const base = createLogger('info', { allowClearScreen: false });
  const lines: string[] = [];
  const record = (message: string): void => {
    lines.push(message);
  };
  return { ...base, info: record, warn: record, warnOnce: record, error: record, lines };
}

function shippedText(outDir: string): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(html|js|css)$/.test(entry.name)) files.push(readFileSync(full, 'utf8'));
    }
  };
  walk(outDir);
  return files.join('\n');
}

describe('build-time diagrams', () => {
  const cacheDir = path.join(tempDir('diagram-cache'), 'cache');
  let first: { outDir: string; log: string[] };
  let second: { outDir: string; log: string[] };

  const build = async (name: string): Promise<{ outDir: string; log: string[] }> => {
    const logger = recordingLogger();
    const outDir = path.join(tempDir(name), 'dist');
    await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'diagrams'), outDir, overrides: { diagrams: { cacheDir } }, logger });
    return { outDir, log: logger.lines };
  };

  beforeAll(async () => {
    first = await build('diagrams-cold');
    second = await build('diagrams-warm');
  });

  it('inlines one SVG per fence, with a title, a description and role="img"', () => {
    const doc = htmlDocument(readFileSync(path.join(first.outDir, 'index.html'), 'utf8'));
    const svgs = [...doc.querySelectorAll('figure.diagram svg')];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')?.textContent).toBeTruthy();
      expect(svg.querySelector('desc')?.textContent).toBeTruthy();
      expect(svg.getAttribute('viewBox')).toMatch(/^[-\d.]+ [-\d.]+ [\d.]+ [\d.]+$/);
    }
    expect(doc.querySelector('#actors svg title')!.textContent).toBe('Who met whom');
    expect(doc.querySelector('#sequence svg')!.textContent).toContain('Mar 8 · briefing');
  });

  it('gives the same diagram twice two different element ids', () => {
    const doc = htmlDocument(readFileSync(path.join(first.outDir, 'index.html'), 'utf8'));
    const ids = [...doc.querySelectorAll('figure.diagram svg')].map((svg) => svg.id);
    expect(new Set(ids).size).toBe(3);
    const allIds = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('ships no mermaid code at all', () => {
    const text = shippedText(first.outDir);
    expect(text).not.toMatch(/mermaid\.esm|mermaidAPI|securityLevel|DOMPurify/);
    expect(readdirSync(path.join(first.outDir, 'assets')).some((f) => /mermaid|flowchart|sequence/i.test(f))).toBe(false);
  });

  it('renders in a browser the first time, and from the cache with no browser the second time', () => {
    expect(first.log.find((l) => l.startsWith('diagrams:'))).toMatch(/^diagrams: 2 rendered, 0 from cache, browser launched/);
    expect(second.log.find((l) => l.startsWith('diagrams:'))).toMatch(/^diagrams: 0 rendered, 2 from cache, no browser launched/);
    expect(readFileSync(path.join(second.outDir, 'index.html'), 'utf8')).toBe(readFileSync(path.join(first.outDir, 'index.html'), 'utf8'));
  });

  it('fails the build on a Mermaid syntax error, naming the deck file, the fence line and mermaid’s message', async () => {
    const outDir = path.join(tempDir('diagram-error'), 'dist');
    const failure = await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'diagram-error'), outDir, overrides: { diagrams: { cacheDir } } }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toMatch(/deck\.md:11 error: .*(Parse error|Expecting|Lexical error)/s);
    expect(readdirSync(path.dirname(outDir))).toEqual([]);
  });
});

describe('diagrams on their slides, in a browser', () => {
  it('have a non-zero size and lie inside the slide box at 1280×720', async () => {
    const outDir = path.join(tempDir('diagram-geometry'), 'dist');
    await buildDeck({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'diagrams'), outDir });
    const [server, browser] = await Promise.all([serveStatic(outDir), startBrowser()]);
    try {
      const { page, errors } = await openRecordedPage(browser);
      await page.goto(server.url);
      await waitForDeck(page);
      for (const id of ['actors', 'sequence', 'again']) {
        await page.evaluate((slideId) => {
          const indices = window.Reveal.getIndices(document.getElementById(slideId)!);
          window.Reveal.slide(indices.h, indices.v);
        }, id);
        await page.waitForFunction((slideId) => window.Reveal.getCurrentSlide()?.id === slideId && !document.querySelector('.slides section.present')?.closest('.slides')?.classList.contains('animating'), id);
        await page.waitForTimeout(450);
        const box = await page.evaluate((slideId) => {
          const slide = document.getElementById(slideId)!.getBoundingClientRect();
          const svg = document.querySelector(`#${slideId} figure.diagram svg`)!.getBoundingClientRect();
          return { slide: { left: slide.left, top: slide.top, right: slide.right, bottom: slide.bottom }, svg: { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom, width: svg.width, height: svg.height } };
        }, id);
        expect(box.svg.width, id).toBeGreaterThan(100);
        expect(box.svg.height, id).toBeGreaterThan(50);
        expect(box.svg.left, id).toBeGreaterThanOrEqual(box.slide.left - 1);
        expect(box.svg.top, id).toBeGreaterThanOrEqual(box.slide.top - 1);
        expect(box.svg.right, id).toBeLessThanOrEqual(box.slide.right + 1);
        expect(box.svg.bottom, id).toBeLessThanOrEqual(box.slide.bottom + 1);
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
