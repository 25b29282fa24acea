// Real rendering in the system Chromium: SVG shape and a11y, syntax errors, the cache, duplicate diagrams.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/chromium.js';
import { sourceSans3FontCss } from '../../src/diagrams/assets.js';
import { diagramKey, occurrenceId, reidSvg } from '../../src/diagrams/id.js';
import {
  renderConfigKey,
  renderDiagrams,
  type DiagramOutcome,
  type DiagramRequest,
  type RenderOptions,
} from '../../src/diagrams/render.js';
import { mermaidConfigForTheme } from '../../src/diagrams/theme.js';

const FLOWCHART = [
  'flowchart LR',
  '  accTitle: Decision path',
  '  accDescr {',
  '    A question leads to action',
  '    or to more evidence.',
  '  }',
  '  Q[Question] --> E{Evidence?}',
  '  E -->|strong| A[Act]',
  '  E -->|weak| G[Gather more]',
].join('\n');
const SEQUENCE = [
  'sequenceDiagram',
  '  accTitle: Briefing exchange',
  '  accDescr: The analyst briefs the minister, who asks questions.',
  '  participant A as Analyst',
  '  participant M as Minister',
  '  A->>M: Brief',
  '  Note right of M: weighs options',
  '  M-->>A: Questions',
].join('\n');
const BROKEN = 'flowchart TD\n  A --> B\n  B -> C\n  C --> D';
// Labels short enough not to wrap (mermaid wraps at 200px), so their width follows the font.
const WORDY = 'flowchart LR\n  A[Budget review] --> B[Minister decides] --> C[Treasury acts] --> D[Parliament votes]';

let browser: Browser;
let launches = 0;
let cacheDir: string;
let options: RenderOptions;
let requests: DiagramRequest[];
let first: Awaited<ReturnType<typeof renderDiagrams>>;

const countingLaunch = async (): Promise<Browser> => {
  launches++;
  return browser;
};

function svgOf(outcome: DiagramOutcome | undefined): string {
  if (!outcome || !('svg' in outcome)) throw new Error(`expected an SVG, got ${JSON.stringify(outcome)}`);
  return outcome.svg;
}

function request(code: string, file: string, line: number): DiagramRequest {
  return { key: diagramKey(code, renderConfigKey(options)), code, file, line };
}

beforeAll(async () => {
  browser = await launchChromium();
  cacheDir = await mkdtemp(join(tmpdir(), 'briefdeck-render-'));
  options = {
    mermaidConfig: mermaidConfigForTheme({
      background: '#ffffff',
      text: '#1d2330',
      accent: '#1f5fbf',
      muted: '#6b7383',
      surface: '#f2f5fa',
      fontFamily: '"Source Sans 3", sans-serif',
      dark: false,
    }),
    fontCss: sourceSans3FontCss(),
    cacheDir,
    launch: countingLaunch,
  };
  // WORDY first: the first diagram is the one a late font would hurt.
  requests = [
    request(WORDY, 'slides/c.md', 1),
    request(FLOWCHART, 'slides/a.md', 4),
    request(SEQUENCE, 'slides/a.md', 20),
    request(BROKEN, 'slides/b.md', 9),
    request(FLOWCHART, 'slides/b.md', 30),
  ];
  first = await renderDiagrams(requests, options);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

describe('renderDiagrams in Chromium', () => {
  it('renders each distinct diagram once, in one launch, and leaves an injected browser open', () => {
    expect(first.launchedBrowser).toBe(true);
    expect(launches).toBe(1);
    expect(first.rendered).toBe(4);
    expect(first.fromCache).toBe(0);
    expect([...first.results.keys()].sort()).toEqual(
      [requests[0]?.key, requests[1]?.key, requests[2]?.key, requests[3]?.key].sort(),
    );
    expect(first.warnings).toEqual([]);
    expect(browser.isConnected()).toBe(true);
  });

  it('returns accessible, box-scaled SVGs with the key as id', () => {
    for (const [index, title, description] of [
      [1, 'Decision path', 'A question leads to action\nor to more evidence.'],
      [2, 'Briefing exchange', 'The analyst briefs the minister, who asks questions.'],
    ] as const) {
      const key = requests[index]?.key ?? '';
      const svg = svgOf(first.results.get(key));
      const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root).toContain(`id="${key}"`);
      expect(root).toContain('role="img"');
      expect(root).toMatch(/viewBox="[-\d.]+ [-\d.]+ [\d.]+ [\d.]+"/);
      expect(root).not.toMatch(/\s(width|height)=/);
      expect(root).toContain('style="max-width:100%;max-height:100%"');
      expect(svg).toContain(`>${title}</title>`);
      expect(svg).toContain(`>${description}</desc>`);
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(root)?.[1];
      const describedBy = /aria-describedby="([^"]+)"/.exec(root)?.[1];
      expect(svg).toContain(`<title id="${labelledBy}">`);
      expect(svg).toContain(`<desc id="${describedBy}">`);
    }
  });

  it('lays the diagrams out with a real size that fits the box they are placed in', async () => {
    const page = await browser.newPage();
    try {
      for (const index of [1, 2]) {
        const svg = svgOf(first.results.get(requests[index]?.key ?? ''));
        await page.setContent(`<div id="box" style="width:800px;height:450px">${svg}</div>`);
        const size = await page.evaluate(() => {
          const element = document.querySelector('#box svg');
          const box = element?.getBoundingClientRect();
          const viewBox = element instanceof SVGSVGElement ? element.viewBox.baseVal : undefined;
          const texts = [...document.querySelectorAll('#box svg text, #box svg foreignObject')].length;
          return { width: box?.width ?? 0, height: box?.height ?? 0, viewBoxWidth: viewBox?.width ?? 0, texts };
        });
        expect(size.viewBoxWidth).toBeGreaterThan(100);
        expect(size.width).toBeGreaterThan(100);
        expect(size.height).toBeGreaterThan(50);
        expect(size.width).toBeLessThanOrEqual(800);
        expect(size.height).toBeLessThanOrEqual(450);
        expect(size.texts).toBeGreaterThan(2);
      }
    } finally {
      await page.close();
    }
  });

  it('styles diagrams with the theme colours and the deck font', () => {
    const svg = svgOf(first.results.get(requests[1]?.key ?? ''));
    expect(svg).toContain('"Source Sans 3"');
    expect(svg).toContain('#f2f5fa');
  });

  it('reports a syntax error with file, fence line and mermaid\'s own message', () => {
    const outcome = first.results.get(requests[3]?.key ?? '');
    expect(outcome && 'error' in outcome).toBe(true);
    if (!outcome || !('error' in outcome)) return;
    expect(outcome.error).toMatchObject({ severity: 'error', code: 'mermaid', file: 'slides/b.md', line: 9 });
    expect(outcome.error.message).toMatch(/^Parse error on line 3:/);
    expect(outcome.error.message).toContain("got 'MINUS'");
    expect(outcome.error.hint).toContain('```mermaid');
  });

  it('rebuilds from the cache without launching a browser, errors included', async () => {
    const before = launches;
    const again = await renderDiagrams(requests, options);
    expect(again.launchedBrowser).toBe(false);
    expect(launches - before).toBe(0);
    expect(again.rendered).toBe(0);
    expect(again.fromCache).toBe(4);
    for (const [key, outcome] of first.results) expect(again.results.get(key)).toEqual(outcome);
  });

  it('re-ids repeated diagrams so that a page holding both has no duplicate ids', async () => {
    const key = requests[2]?.key ?? '';
    const svg = svgOf(first.results.get(key));
    const copies = [1, 2].map((occurrence) => reidSvg(svg, key, occurrenceId(key, occurrence)));
    expect(copies[0]).toBe(svg);
    expect(copies[1]).toContain(`<svg id="${key}-2"`);
    const page = await browser.newPage();
    try {
      await page.setContent(`<body>${copies.join('')}</body>`);
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
      expect(ids.length).toBeGreaterThan(10);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await page.close();
    }
  });

  it('refuses one key for two different diagrams, before launching anything', async () => {
    const before = launches;
    const clash = [
      { key: 'd-0000000000', code: 'flowchart LR\n A --> B', file: 'slides/a.md', line: 1 },
      { key: 'd-0000000000', code: 'flowchart LR\n A --> C', file: 'slides/b.md', line: 5 },
    ];
    await expect(renderDiagrams(clash, options)).rejects.toThrow(/d-0000000000 .*slides\/a\.md:1 and slides\/b\.md:5/);
    expect(launches).toBe(before);
  });

  it('lays text out with the loaded deck font, and warns when a font face cannot be loaded', async () => {
    const badFontCss = "@font-face{font-family:'Missing Sans';src:url(/files/missing-sans.woff2) format('woff2')}";
    const withoutDeckFont = { ...options, fontCss: badFontCss };
    const wordy = { ...request(WORDY, 'slides/c.md', 1), key: diagramKey(WORDY, renderConfigKey(withoutDeckFont)) };
    const report = await renderDiagrams([wordy], withoutDeckFont);
    // Source Sans 3 is narrower than the system fallback: the same labels give a narrower diagram.
    const viewBoxWidth = (svg: string): number => Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1]);
    const withFont = viewBoxWidth(svgOf(first.results.get(requests[0]?.key ?? '')));
    const withFallback = viewBoxWidth(svgOf(report.results.get(wordy.key)));
    expect(withFont).toBeGreaterThan(100);
    expect(withFont).toBeLessThan(withFallback * 0.98);

    expect(report.launchedBrowser).toBe(true);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ severity: 'warning', code: 'diagram-font' });
    expect(report.warnings[0]?.message).toContain('Missing Sans');
  }, 30_000);
});
