// Builds the deck and screenshots every slide in each theme (briefing and dark, or the one --theme names), plus a contact sheet per theme, for a visual check.
// Usage: npx tsx scripts/screenshots.ts [DECK_DIR] [--theme NAME] [--size 16:9|4:3] [--all] [--out DIR]
//   --size 4:3 shoots a 1024×768 window (the slide letterboxed) instead of 1280×720; --all shoots every slide of
//   every briefing, not only the cover and agenda a briefing generates.

import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/browser/chromium.js';
import { forEachSlide, waitForDeckReady } from '../src/browser/deck-slides.js';
import { buildDeck } from '../src/site/build-deck.js';
import { copyDeckWithTheme } from '../src/io/themed-deck.js';
import { serveStatic } from '../src/serve/static-server.js';
import { KIT_ROOT } from '../src/io/kit-root.js';

const THEMES = ['briefing', 'dark'] as const;
const VIEWPORTS = { '16:9': { width: 1280, height: 720 }, '4:3': { width: 1024, height: 768 } } as const;
type Viewport = (typeof VIEWPORTS)[keyof typeof VIEWPORTS];

const USAGE = 'Usage: npx tsx scripts/screenshots.ts [DECK_DIR] [--theme NAME] [--size 16:9|4:3] [--all] [--out DIR]';

interface Shot {
  file: string;
  label: string;
}

async function main(argv: readonly string[]): Promise<void> {
  const { values: flags, positionals } = parseArgs({
    args: [...argv],
    options: { theme: { type: 'string' }, out: { type: 'string' }, size: { type: 'string' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const size = flags.size ?? '16:9';
  if (!Object.hasOwn(VIEWPORTS, size)) throw new Error(`--size ${size}: use 16:9 or 4:3\n${USAGE}`);
  const viewport = VIEWPORTS[size as keyof typeof VIEWPORTS];
  const deckDir = path.resolve(positionals[0] ?? path.join(KIT_ROOT, 'slides'));
  const outDir = path.resolve(flags.out ?? 'screenshots');
  const themes = flags.theme ? [flags.theme] : [...THEMES];
  const work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-shots-'));
  const browser = await launchChromium();
  try {
    for (const theme of themes) {
      const deck = await copyDeckWithTheme(deckDir, path.join(work, theme, 'deck'), theme);
      const dist = path.join(work, theme, 'dist');
      await buildDeck({ cwd: KIT_ROOT, deckDir: deck, outDir: dist });
      const shots = await screenshotSite(browser, dist, path.join(outDir, theme), viewport, flags.all === true);
      await contactSheet(browser, shots, path.join(outDir, `${theme}-contact-sheet.png`));
      console.log(`${theme}: ${shots.length} screenshots in ${path.relative(process.cwd(), path.join(outDir, theme)) || '.'}/`);
    }
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** Every slide of the deck, then the slides briefings generate (cover, agenda). */
async function screenshotSite(browser: Browser, dist: string, outDir: string, viewport: Viewport, allBriefingSlides: boolean): Promise<Shot[]> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const server = await serveStatic(dist);
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const shots: Shot[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const pages = ['', ...(await briefingPaths(page, server.url))];
    for (const pagePath of pages) {
      await page.goto(new URL(pagePath, server.url).href);
      await waitForDeckReady(page);
      await forEachSlide(page, async (slide) => {
        if (pagePath !== '' && !allBriefingSlides && !slide.id.startsWith('briefing-')) return;
        const prefix = pagePath === '' ? '' : `${pagePath.split('/').filter(Boolean).join('-')}-`;
        const file = path.join(outDir, `${prefix}${String(slide.index + 1).padStart(2, '0')}-${slide.id}.png`);
        await page.screenshot({ path: file });
        shots.push({ file, label: `${prefix}${slide.index + 1} ${slide.id}` });
      });
    }
  } finally {
    await context.close();
    await server.close();
  }
  return shots;
}

async function briefingPaths(page: Page, root: string): Promise<string[]> {
  await page.goto(new URL('remix/', root).href);
  await page.waitForFunction(() => window.briefdeck !== undefined);
  const names = await page.evaluate(() => window.briefdeck.briefings ?? []);
  return names.map((name) => `briefings/${name}/`);
}

/** All screenshots of a theme on one page, four to a row, each labelled. */
async function contactSheet(browser: Browser, shots: readonly Shot[], file: string): Promise<void> {
  const images = await Promise.all(shots.map(async (shot) => ({ ...shot, data: (await readFile(shot.file)).toString('base64') })));
  const page = await browser.newPage({ viewport: { width: 4 * 330 + 10, height: 200 } });
  try {
    const body = sheetHtml(images);
    await page.setContent(body);
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await page.close();
  }
}

function sheetHtml(images: readonly (Shot & { data: string })[]): string {
  const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const cells = images
    .map((image) => `<figure><img src="data:image/png;base64,${image.data}" alt=""><figcaption>${escape(image.label)}</figcaption></figure>`)
    .join('');
  return `<!doctype html><style>
body { margin: 5px; font: 12px sans-serif; display: grid; grid-template-columns: repeat(4, 320px); gap: 10px; background: #888; }
figure { margin: 0; } img { width: 320px; height: auto; display: block; } figcaption { color: #fff; padding: 2px 0; }
</style>${cells}`;
}

await main(process.argv.slice(2)).catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
