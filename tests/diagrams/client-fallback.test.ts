// The browser fallback, run for real in Chromium: print mode renders all placeholders, the controller renders lazily.

import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { transformWithOxc } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.js';
import { mermaidAssets } from '../../src/diagrams/assets.js';
import { isPrintPdf } from '../../src/client/diagram-fallback.js';

const ORIGIN = 'http://briefdeck.test';
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const FLOW = 'flowchart LR\n  accTitle: Flow "one"\n  accDescr: A goes to B & C.\n  A --> B\n  A --> C';
const SEQUENCE = 'sequenceDiagram\n  accTitle: Talk\n  accDescr: Alice greets Bob.\n  Alice->>Bob: Hello';
const BROKEN = 'flowchart TD\n  A --> B\n  B -> C';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function figure(code: string, id?: string, caption?: string): string {
  const idAttribute = id ? ` data-diagram-id="${id}"` : '';
  const figcaption = caption ? `<figcaption>${caption}</figcaption>` : '';
  return `<figure class="diagram" data-diagram-pending${idAttribute} data-code="${escapeAttribute(code)}">${figcaption}</figure>`;
}

const SLIDES = [
  figure(FLOW, 'd-flow', 'First flow'),
  figure(SEQUENCE, 'd-seq'),
  figure(FLOW, 'd-flow-2'),
  figure(BROKEN, 'd-broken'),
  figure(FLOW),
  figure(SEQUENCE, 'd-seq-2'),
  figure(FLOW, 'd-flow-3'),
];

const PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div class="reveal"><div class="slides">${SLIDES.map((content, index) => `<section id="s${index}">${content}</section>`).join('')}</div></div>
<script type="importmap">{"imports":{"mermaid":"/mermaid/mermaid.esm.min.mjs"}}</script>
<script type="module">
  import * as fallback from '/src/client/diagram-fallback.js';
  const slides = [...document.querySelectorAll('.slides > section')];
  const events = new EventTarget();
  let current = 0;
  let ready = false;
  window.fakeReveal = {
    on: (type, listener) => events.addEventListener(type, listener),
    off: (type, listener) => events.removeEventListener(type, listener),
    isReady: () => ready,
    getSlides: () => slides,
    getSlidesElement: () => document.querySelector('.slides'),
    getCurrentSlide: () => slides[current],
    getIndices: (slide) => ({ h: slides.indexOf(slide ?? slides[current]), v: 0, f: 0 }),
    getSlide: (h) => slides[h],
    start: () => { ready = true; events.dispatchEvent(new Event('ready')); },
    go: (index) => { current = index; events.dispatchEvent(new Event('slidechanged')); },
  };
  window.fallback = fallback;
  window.fallbackLoaded = true;
</script></body></html>`;

/** Serve the page, mermaid's ESM from node_modules and our TypeScript sources, transpiled on request. */
async function answer(
  url: URL,
  distDir: string,
  transpiled: Map<string, string>,
): Promise<{ status: number; contentType: string; body: string | Buffer }> {
  if (url.pathname === '/') return { status: 200, contentType: 'text/html', body: PAGE };
  if (url.pathname.startsWith('/mermaid/')) {
    const file = resolve(distDir, `.${url.pathname.slice('/mermaid'.length)}`);
    if (file.startsWith(distDir + sep)) return { status: 200, contentType: 'text/javascript', body: await readFile(file) };
  }
  if (url.pathname.startsWith('/src/') && extname(url.pathname) === '.js') {
    const file = join(SRC, url.pathname.slice('/src/'.length).replace(/\.js$/, '.ts'));
    let code = transpiled.get(file);
    if (code === undefined) {
      code = (await transformWithOxc(await readFile(file, 'utf8'), file)).code;
      transpiled.set(file, code);
    }
    return { status: 200, contentType: 'text/javascript', body: code };
  }
  return { status: 404, contentType: 'text/plain', body: 'not found' };
}

let browser: Browser;
let page: Page;

// One browser and one page for the file; each browser test starts from a fresh navigation.
beforeAll(async () => {
  browser = await launchChromium();
  const { distDir } = mermaidAssets();
  const transpiled = new Map<string, string>();
  const context = await browser.newContext();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    return route.fulfill(await answer(url, distDir, transpiled));
  });
  page = await context.newPage();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function openDeck(): Promise<void> {
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction('window.fallbackLoaded === true');
}

interface FigureState {
  slide: string;
  state: 'pending' | 'rendered' | 'error' | 'other';
  svgId: string | null;
  role: string | null;
  title: string | null;
  desc: string | null;
  width: number;
  height: number;
  caption: string | null;
  captionAfterSvg: boolean;
  error: string | null;
}

function figureStates(): Promise<FigureState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
      const svg = figure.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      const caption = figure.querySelector('figcaption');
      return {
        slide: figure.parentElement?.id ?? '',
        state: figure.hasAttribute('data-diagram-pending')
          ? 'pending'
          : figure.hasAttribute('data-diagram-rendered')
            ? 'rendered'
            : figure.hasAttribute('data-diagram-error')
              ? 'error'
              : 'other',
        svgId: svg?.id ?? null,
        role: svg?.getAttribute('role') ?? null,
        title: svg?.querySelector('title')?.textContent ?? null,
        desc: svg?.querySelector('desc')?.textContent ?? null,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        caption: caption?.textContent ?? null,
        captionAfterSvg: svg !== null && caption !== null && svg.nextElementSibling === caption,
        error: figure.querySelector('pre.diagram-error')?.textContent ?? null,
      };
    }),
  );
}

function mermaidRequested(): Promise<boolean> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').some((entry) => entry.name.includes('/mermaid/')),
  );
}

describe('renderAllPendingDiagrams (print mode, before Reveal.initialize)', () => {
  beforeEach(openDeck);

  it('renders every placeholder with its build id, a text alternative and a real size', async () => {
    const report = await page.evaluate('window.fallback.renderAllPendingDiagrams(document, { mermaidConfig: { fontFamily: "sans-serif" } })');
    expect(report).toEqual({ rendered: 6, failed: 1 });
    const states = await figureStates();
    expect(states.map((state) => state.state)).toEqual(['rendered', 'rendered', 'rendered', 'error', 'rendered', 'rendered', 'rendered']);
    expect(states.map((state) => state.svgId)).toEqual(['d-flow', 'd-seq', 'd-flow-2', null, 'diagram-5', 'd-seq-2', 'd-flow-3']);
    const first = states[0];
    expect(first).toMatchObject({ role: 'img', title: 'Flow "one"', desc: 'A goes to B & C.', caption: 'First flow', captionAfterSvg: true });
    for (const state of states.filter((item) => item.state === 'rendered')) {
      expect(state.width, state.slide).toBeGreaterThan(50);
      expect(state.height, state.slide).toBeGreaterThan(20);
    }
    expect(states[3]?.error).toMatch(/^Diagram error: Parse error on line 3/);
  }, 30_000);

  it('leaves ids unique on the page and hides mermaid\'s tooltip', async () => {
    await page.evaluate('window.fallback.renderAllPendingDiagrams(document)');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(new Set(ids).size).toBe(ids.length);
    const tooltipDisplay = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'mermaidTooltip';
      document.body.append(probe);
      return getComputedStyle(probe).display;
    });
    expect(tooltipDisplay).toBe('none');
  }, 30_000);

  it('does nothing, and loads no mermaid, when nothing is pending', async () => {
    await page.evaluate(() => document.querySelectorAll('[data-diagram-pending]').forEach((element) => element.remove()));
    expect(await page.evaluate('window.fallback.renderAllPendingDiagrams(document)')).toEqual({ rendered: 0, failed: 0 });
    expect(await mermaidRequested()).toBe(false);
  });
});

describe('createDiagramFallback (lazy, on reveal.js events)', () => {
  beforeEach(openDeck);

  it('loads mermaid only when needed and renders the current slide and its neighbours', async () => {
    await page.evaluate('window.controller = window.fallback.createDiagramFallback(window.fakeReveal)');
    expect(await mermaidRequested()).toBe(false);

    await page.evaluate('window.fakeReveal.start(); window.controller.whenIdle()');
    expect((await figureStates()).map((state) => state.state)).toEqual([
      'rendered', 'rendered', 'pending', 'pending', 'pending', 'pending', 'pending',
    ]);

    await page.evaluate('window.fakeReveal.go(3); window.controller.whenIdle()');
    expect((await figureStates()).map((state) => state.state)).toEqual([
      'rendered', 'rendered', 'rendered', 'error', 'rendered', 'pending', 'pending',
    ]);

    await page.evaluate('window.controller.destroy(); window.fakeReveal.go(6); window.controller.whenIdle()');
    expect((await figureStates()).slice(5).map((state) => state.state)).toEqual(['pending', 'pending']);
  }, 30_000);
});

describe('isPrintPdf', () => {
  it('reads the print-pdf query flag', () => {
    expect(isPrintPdf('?print-pdf')).toBe(true);
    expect(isPrintPdf('?lang=en&print-pdf')).toBe(true);
    expect(isPrintPdf('?print=pdf')).toBe(false);
    expect(isPrintPdf('')).toBe(false);
  });
});
