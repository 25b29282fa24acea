// Files slides name, in every built output: hashed into dist/ and referenced from each page (briefing pages too), inlined
// in the single file, printed in the PDF; a missing file or one outside the project stops the build at file:line.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFName, PDFNumber, PDFRawStream } from '../../src/export/pdf-lib.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSingleFile } from '../../src/site/build-single-file.js';
import { buildDeck } from '../../src/site/build-deck.js';
import { pdfExporter } from '../../src/export/pdf.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { buildFixture, FIXTURE_DECKS, tempDir, tempTree } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';
import { htmlDocument } from '../helpers/dom.js';
import { loadPdf } from '../export/helpers.js';
import type { Browser } from 'playwright-core';

const DECK = path.join(FIXTURE_DECKS, 'assets');

function pageDocument(file: string): Document {
  return htmlDocument(readFileSync(file, 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, ''));
}

/** The dist file a page's URL names, checked to be a hashed copy of `source` (a path in the fixture deck). */
function expectHashedCopy(dist: string, pageDir: string, url: string | null, source: string): void {
  expect(url).not.toBeNull();
  const file = path.resolve(dist, pageDir, url!);
  const name = path.basename(source, path.extname(source));
  expect(path.relative(dist, file)).toMatch(new RegExp(`^assets/${name}-[\\w-]{6,}${path.extname(source).replace('.', '\\.')}$`));
  expect(readFileSync(file)).toEqual(readFileSync(path.join(DECK, source)));
}

describe('files the slides name, built', () => {
  let dist: string;
  let browser: Browser;
  beforeAll(async () => {
    [dist, browser] = await Promise.all([buildFixture('assets'), startBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('copies each into assets/ with a content hash, and the deck page references the copies', () => {
    const doc = pageDocument(path.join(dist, 'index.html'));
    expectHashedCopy(dist, '', doc.querySelector('#map img')!.getAttribute('src'), 'map.png');
    expectHashedCopy(dist, '', doc.querySelector('#chart img')!.getAttribute('src'), 'figures/charts/bars.svg');
    expectHashedCopy(dist, '', doc.querySelector('#chart a')!.getAttribute('href'), 'docs/report.pdf');
    expectHashedCopy(dist, '', doc.querySelector('#backdrop')!.getAttribute('data-background-image'), 'figures/backdrop.png');
    expectHashedCopy(dist, '', doc.querySelector('#map-background')!.getAttribute('data-background-image'), 'map.png');
    expectHashedCopy(dist, '', doc.querySelector('#map-background aside.notes img')!.getAttribute('src'), 'map.png');
    // One copy per file, however often it is named.
    expect(readdirSync(path.join(dist, 'assets')).filter((f) => /^map-.*\.png$/.test(f))).toHaveLength(1);
  });

  it('gives briefing pages URLs that reach the same copies from their folder, and files of slides kept elsewhere', () => {
    const doc = pageDocument(path.join(dist, 'briefings/short/index.html'));
    expectHashedCopy(dist, 'briefings/short', doc.querySelector('#chart img')!.getAttribute('src'), 'figures/charts/bars.svg');
    expectHashedCopy(dist, 'briefings/short', doc.querySelector('#backdrop')!.getAttribute('data-background-image'), 'figures/backdrop.png');
    expectHashedCopy(dist, 'briefings/short', doc.querySelector('#map-background')!.getAttribute('data-background-image'), 'map.png');
    expectHashedCopy(dist, 'briefings/short', doc.querySelector('#appendix img')!.getAttribute('src'), 'extra/seal.png');
    for (const page of ['index.html', 'briefings/short/index.html', 'remix/index.html']) expect(readFileSync(path.join(dist, page), 'utf8')).not.toContain('@asset/');
  });

  it('shows the images in the presented deck, its backgrounds included, with no failed request', async () => {
    const server = await serveStatic(dist);
    try {
      const { page, errors } = await openRecordedPage(browser);
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      page.on('response', (response) => void (response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`)));
      await page.goto(`${server.url}briefings/short/#/appendix`);
      await waitForDeck(page);
      expect(await page.evaluate(() => document.querySelector<HTMLImageElement>('#appendix img')!.naturalWidth)).toBe(120);
      // reveal.js loads the backgrounds of the slides near the present one after it is ready: leaving before they are
      // in would abort them, and count this test's own navigation as a failed request of the deck.
      await page.waitForLoadState('networkidle');
      await page.goto(`${server.url}#/map-background`);
      await waitForDeck(page);
      expect(await page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.naturalWidth)).toBe(320);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('.slide-background.present .slide-background-content')!).backgroundImage);
      expect(background).toMatch(/assets\/map-[\w-]+\.png/);
      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('prints the image in the PDF export: an image object of the map, and its colour where it stands on page 1', async () => {
    const server: StaticServer = await serveStatic(dist);
    const out = path.join(tempDir('assets-pdf'), 'deck.pdf');
    try {
      await pdfExporter.run({ browser, url: server.url, progress: () => undefined, deckFolder: path.relative(process.cwd(), DECK) }, { out, fragments: false, notes: 'none', size: '16:9' });
    } finally {
      await server.close();
    }
    const pdf = await loadPdf(readFileSync(out));
    const images = pdf.context.enumerateIndirectObjects().map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      .map((stream) => `${(stream.dict.get(PDFName.of('Width')) as PDFNumber).asNumber()}x${(stream.dict.get(PDFName.of('Height')) as PDFNumber).asNumber()}`);
    expect(images).toContain('320x200');
    // Page 1 rendered at 50 dpi: the map (magenta) fills its box below the title.
    execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', out, path.join(path.dirname(out), 'page')]);
    const ppm = readFileSync(path.join(path.dirname(out), readdirSync(path.dirname(out)).find((f) => f.endsWith('.ppm'))!));
    expect(countColour(ppm, [0xc0, 0x17, 0x8a])).toBeGreaterThan(2000);
  });

  it('inlines them as data: URLs in the single file, which shows them from file://', async () => {
    const outFile = path.join(tempDir('assets-single'), 'deck.html');
    await buildSingleFile({ cwd: KIT_ROOT, deckDir: DECK, outFile });
    const doc = pageDocument(outFile);
    expect(doc.querySelector('#map img')!.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(doc.querySelector('#chart img')!.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(doc.querySelector('#chart a')!.getAttribute('href')).toMatch(/^data:application\/pdf;base64,/);
    expect(doc.querySelector('#chart a')!.hasAttribute('download')).toBe(true);
    expect(doc.querySelector('#backdrop')!.getAttribute('data-background-image')).toMatch(/^data:image\/png;base64,/);
    const { page, errors, requests } = await openRecordedPage(browser);
    await page.goto(`${pathToFileURL(outFile).href}#/map-background`);
    await waitForDeck(page);
    expect(await page.evaluate(() => document.querySelector<HTMLImageElement>('#map img')!.naturalWidth)).toBe(320);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  });
});

describe('files the slides name, when they cannot be used', () => {
  const deck = (image: string): string => `---\ntitle: Broken\n---\n\n# Cover\n\n---\n\n## Map\n\n${image}\n`;

  it('stops the build at the line naming a missing file, and writes no output', async () => {
    const root = tempTree('assets-missing', { 'slides/01-deck.md': deck('![Region](maps/region.png)') });
    const outDir = path.join(root, 'dist');
    await expect(buildDeck({ cwd: root, deckDir: path.join(root, 'slides'), outDir, base: './' })).rejects.toThrow(
      /slides\/01-deck\.md:11 error: image maps\/region\.png not found: there is no \S*slides\/maps\/region\.png \(paths are relative to \S*slides\/01-deck\.md\)/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('refuses a file reached through a symlink out of the project', async () => {
    const outside = tempDir('assets-elsewhere');
    writeFileSync(path.join(outside, 'secret.png'), readFileSync(path.join(DECK, 'map.png')));
    const root = tempTree('assets-link', { 'slides/01-deck.md': deck('<img src="linked.png" alt="">') });
    symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'slides/linked.png'));
    await expect(buildDeck({ cwd: root, deckDir: path.join(root, 'slides'), outDir: path.join(root, 'dist'), base: './' })).rejects.toThrow(
      /slides\/01-deck\.md:11 error: image linked\.png is outside the project/);
  });
});

/** Pixels of exactly `rgb` (±8 per channel) in a binary PPM (P6) image. */
function countColour(ppm: Buffer, rgb: readonly [number, number, number]): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const start = header[0].length;
  let count = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - rgb[0]) <= 8 && Math.abs(ppm[i + 1]! - rgb[1]) <= 8 && Math.abs(ppm[i + 2]! - rgb[2]) <= 8) count++;
  }
  return count;
}
