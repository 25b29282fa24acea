// Citations open their source in every output: dev server, built folder (deck and briefing), single file and PDF.

import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from '../../src/export/pdf-lib.js';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { buildSingleFile } from '../../src/site/build-single-file.js';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { pdfExporter } from '../../src/export/pdf.js';
import { readBookmarks } from '../../src/export/pdf-metadata.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

const DECK = path.join(FIXTURE_DECKS, 'cited');
const ARTICLE = readFileSync(path.join(DECK, 'source/orchard-report.txt'), 'utf8');
/** The article's body paragraphs as the fixture writes them (title and standfirst first). */
const PARAGRAPHS = ARTICLE.trim().split(/\n\s*\n/).slice(2);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const { axe } = window as Window & { axe?: typeof import('axe-core') };
    const results = await axe!.run(document, { resultTypes: ['violations'] });
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

interface LinkCheck {
  href: string;
  resolved: string;
  status: number;
  contentType: string;
  /** For a fragment: whether the fetched page has an element with that id. */
  fragmentFound: boolean | undefined;
}

/** Every link on the slides that stays on the deck's own origin, fetched. */
async function checkSameOriginLinks(page: Page): Promise<LinkCheck[]> {
  const links = await page.$$eval('.reveal .slides a[href]', (anchors) => anchors.map((a) => ({ href: a.getAttribute('href')!, resolved: (a as HTMLAnchorElement).href })));
  const origin = new URL(page.url()).origin;
  const checks: LinkCheck[] = [];
  for (const link of links.filter((l) => new URL(l.resolved).origin === origin && !l.href.startsWith('#'))) {
    const response = await page.request.get(link.resolved.split('#')[0]!);
    const body = await response.text();
    const fragment = new URL(link.resolved).hash.slice(1);
    checks.push({
      href: link.href,
      resolved: link.resolved,
      status: response.status(),
      contentType: response.headers()['content-type'] ?? '',
      fragmentFound: fragment ? body.includes(`id="${fragment}"`) : undefined,
    });
  }
  return checks;
}

function expectCitationsResolve(checks: LinkCheck[], citedIds: string[], withCopy: boolean): void {
  const citations = checks.filter((c) => /\/source\/#p\d+$/.test(c.resolved));
  expect([...new Set(citations.map((c) => c.resolved.split('#')[1]))].sort()).toEqual([...citedIds].sort());
  for (const check of checks) {
    expect(check, check.href).toMatchObject({ status: 200 });
    if (check.fragmentFound !== undefined) expect(check.fragmentFound, check.href).toBe(true);
  }
  // The deck's sources slide links the article copy (the short briefing leaves that slide out).
  const copy = checks.find((c) => c.resolved.endsWith('/source/orchard-report.txt'));
  expect(copy?.contentType ?? 'no link').toMatch(withCopy ? /^text\/plain/ : /^no link$/);
}

describe('citations open their source', () => {
  let browser: Browser;
  let dist: string;
  let server: StaticServer;
  let singleFile: string;
  const temps: string[] = [];

  beforeAll(async () => {
    const work = tempDir('cited');
    temps.push(work);
    dist = path.join(work, 'dist');
    singleFile = path.join(work, 'deck.html');
    [browser] = await Promise.all([startBrowser(), buildDeck({ cwd: KIT_ROOT, deckDir: DECK, outDir: dist, base: './' })]);
    await buildSingleFile({ cwd: KIT_ROOT, deckDir: DECK, outFile: singleFile });
    server = await serveStatic(dist);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it('built folder: every citation and source link on the deck and briefing pages resolves to the source page or the article copy', async () => {
    // Pages link to the source page; only a page that stands alone carries the article.
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('id="bd-source"');
    // The link to the article is the published copy, not a hashed file of its own.
    expect(readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('orchard-report')).sort()).toEqual(['source/orchard-report.txt']);
    const { page, errors } = await openRecordedPage(browser);
    for (const pagePath of ['', 'briefings/short/']) {
      await page.goto(`${server.url}${pagePath}`);
      await waitForDeck(page);
      expectCitationsResolve(await checkSameOriginLinks(page), ['p1', 'p2', 'p3', 'p4'], pagePath === '');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('source page: the article with an anchor per paragraph, the linked one highlighted', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(`${server.url}source/#p3`);
    expect(await page.locator('article p[id]').evaluateAll((ps) => ps.map((p) => p.id))).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect((await page.locator('#p3').textContent())!.replace(/^p3\s+/, '')).toBe(PARAGRAPHS[2]);
    const background = (id: string): Promise<string> => page.locator(`#${id}`).evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(await background('p3')).not.toBe(await background('p2'));
    expect(await page.locator('nav a').first().getAttribute('href')).toBe('../');
    // In the deck's own font, from the build's assets.
    expect(await page.evaluate(() => document.fonts.ready.then(() => [...document.fonts].filter((face) => face.family.includes('Source Sans 3')).map((face) => `${face.weight} ${face.status}`)))).toEqual(['400 loaded', '600 loaded']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('popover: a citation opens its paragraph next to it, by mouse or keyboard, and Escape closes it and returns focus', async () => {
    const { page, errors } = await openRecordedPage(browser);
    await page.goto(`${server.url}#/findings`);
    await waitForDeck(page);
    const citation = page.locator('#findings li sup.cite a[data-paragraph="p2"]');
    expect(await citation.getAttribute('aria-haspopup')).toBe('dialog');
    await citation.click();
    const popover = page.locator('#bd-cite-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.getAttribute('role')).toBe('dialog');
    expect(await page.locator('#bd-cite-popover-text').textContent()).toBe(PARAGRAPHS[1]);
    expect(await citation.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bd-cite-popover');
    expect(await page.locator('.bd-cite-popover-link').getAttribute('href')).toBe('./source/#p2');
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-paragraph'))).toBe('p2');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
    expect(await citation.getAttribute('aria-expanded')).toBe('false');

    // Keyboard only: the focused citation opens with Enter; Tab reaches the link to the full article, which opens the page.
    await page.keyboard.press('Enter');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await page.locator('#bd-cite-popover-title').textContent()).toBe('Source, paragraph p2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('bd-cite-popover-link');
    await Promise.all([page.waitForURL(/\/source\/#p2$/), page.keyboard.press('Enter')]);
    expect(await page.locator('#p2').evaluate((p) => p.matches(':target'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('single file: citations and source links open the article embedded in the file', async () => {
    const { page, errors, requests } = await openRecordedPage(browser);
    await page.goto(`${pathToFileURL(singleFile).href}#/findings`);
    await waitForDeck(page);
    const hrefs = await page.$$eval('.reveal .slides a[href]', (anchors) => anchors.map((a) => a.getAttribute('href')!));
    // Nothing on a slide points at a file next to the single file, which is not there.
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([]);
    for (const href of hrefs.filter((h) => h.startsWith('#source-') || h === '#bd-source')) {
      expect(await page.locator(href).count(), href).toBe(1);
    }
    expect(hrefs).toContain('#source-p4');
    expect(hrefs).toContain('#bd-source');

    await page.locator('#findings li sup.cite a[data-paragraph="p1"]').click();
    await expect.poll(() => page.locator('#bd-cite-popover').isVisible()).toBe(true);
    expect(await page.locator('#bd-cite-popover-text').textContent()).toBe(PARAGRAPHS[0]);
    await page.locator('.bd-cite-popover-link').click();
    const dialog = page.locator('dialog#bd-source');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('.bd-current').getAttribute('id')).toBe('source-p1');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-paragraph'))).toBe('p1');

    await page.evaluate(() => window.Reveal.slide(3));
    await page.locator('#sources a[href="#bd-source"]').click();
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('#bd-source-title').textContent()).toBe('Orchards on the Move: What the New Survey Says');
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('has no serious accessibility problems with the popover open, on the source page, or with the embedded article open', async () => {
    // bypassCSP: the built page's policy (rightly) refuses the inline script that carries axe-core.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}#/findings`);
      await waitForDeck(page);
      await page.locator('#findings li sup.cite a[data-paragraph="p1"]').click();
      await expect.poll(() => page.locator('#bd-cite-popover').isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${server.url}source/#p2`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${pathToFileURL(singleFile).href}#/sources`);
      await waitForDeck(page);
      await page.locator('#sources a[href="#bd-source"]').click();
      await expect.poll(() => page.locator('dialog#bd-source').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('PDF: each citation links to its paragraph on appended "Source paragraphs" pages; no link points at the export server', async () => {
    const work = tempDir('cited-pdf');
    temps.push(work);
    const out = path.join(work, 'deck.pdf');
    const result = await pdfExporter.run({ browser, url: server.url, progress: () => undefined, deckFolder: '' }, { out, fragments: false, notes: 'none', size: '16:9' });
    expect(result.count).toBe(5);
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    const pageRefs = doc.getPages().map((p) => p.ref.toString());
    const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    const destPage = (name: string): number => {
      const dest = dests?.lookupMaybe(PDFName.of(name), PDFArray);
      const target = dest?.get(0);
      return target instanceof PDFRef ? pageRefs.indexOf(target.toString()) : -1;
    };
    const links = doc.getPages().flatMap((page, index) =>
      (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((ref) => {
        const annotation = doc.context.lookup(ref) as PDFDict;
        const dest = annotation.get(PDFName.of('Dest'));
        const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'));
        return { page: index, dest: dest instanceof PDFName ? dest.decodeText() : undefined, uri: uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined };
      }),
    );
    expect(links.filter((l) => l.uri !== undefined)).toEqual([]);
    const citations = links.filter((l) => l.dest?.startsWith('bd-appendix-'));
    expect(citations.map((l) => `${l.page}:${l.dest}`)).toEqual(['1:bd-appendix-p1', '1:bd-appendix-p2', '1:bd-appendix-p3', '2:bd-appendix-p4']);
    const text = (pageIndex: number): string => execFileSync('pdftotext', ['-f', String(pageIndex + 1), '-l', String(pageIndex + 1), out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const link of citations) {
      const target = destPage(link.dest!);
      expect(target, link.dest).toBe(4);
      const id = link.dest!.replace('bd-appendix-', '');
      expect(text(target)).toContain(PARAGRAPHS[Number(id.slice(1)) - 1]!.slice(0, 60));
    }
    expect(text(4)).toContain('Source paragraphs');
    // The sources slide's link to the article copy opens the appendix; its link to a slide opens that slide's page.
    expect(links.filter((l) => l.page === 3).map((l) => l.dest)).toEqual(['bd-appendix', 'findings']);
    expect(destPage('bd-appendix')).toBe(4);
    expect(destPage('findings')).toBe(1);
    expect(readBookmarks(doc).at(-1)).toEqual({ title: 'Source paragraphs', pageIndex: 4, children: [] });
  });

  describe('dev server', () => {
    let dev: ViteDevServer;
    let deckDir: string;

    beforeAll(async () => {
      const work = tempDir('cited-dev');
      temps.push(work);
      deckDir = path.join(work, 'slides');
      cpSync(DECK, deckDir, { recursive: true });
      const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir });
      dev = await createServer({ ...config, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false } });
      await dev.listen();
    });

    afterAll(async () => {
      await dev?.close();
    });

    it('answers the source page and the article copy, so every citation resolves, also from a briefing page', async () => {
      const { page, errors } = await openRecordedPage(browser);
      const base = dev.resolvedUrls!.local[0]!;
      for (const pagePath of ['', 'briefings/short/']) {
        await page.goto(`${base}${pagePath}`);
        await waitForDeck(page);
        expectCitationsResolve(await checkSameOriginLinks(page), ['p1', 'p2', 'p3', 'p4'], pagePath === '');
      }
      const sourcePage = await page.request.get(`${base}source/`);
      expect(sourcePage.headers()['content-type']).toMatch(/^text\/html/);
      expect(await sourcePage.text()).toContain('id="p4"');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('follows edits to the article: the source page serves the new text, the open deck reloads and its popover quotes it', async () => {
      const { page } = await openRecordedPage(browser);
      const base = dev.resolvedUrls!.local[0]!;
      await page.goto(`${base}#/advice`);
      await waitForDeck(page);
      await page.evaluate(() => {
        (window as unknown as { marker: string }).marker = 'before the edit';
      });
      const file = path.join(deckDir, 'source/orchard-report.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace('until the new orchards are bearing', 'until the new orchards are bearing, and review it yearly'));
      await expect.poll(async () => (await page.request.get(`${base}source/`)).text(), { timeout: 15_000 }).toContain('review it yearly');
      await page.waitForFunction(() => (window as unknown as { marker?: string }).marker === undefined, null, { timeout: 15_000 });
      await waitForDeck(page);
      await page.locator('#advice li sup.cite a[data-paragraph="p4"]').click();
      await expect.poll(() => page.locator('#bd-cite-popover-text').textContent()).toContain('review it yearly');
      await page.close();
    });
  });
});
