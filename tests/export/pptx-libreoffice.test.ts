// The PowerPoint export opened by LibreOffice Impress: one PDF page per slide, every slide's words on its page, none off it.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefings } from '../../src/briefing/load-briefings.js';
import { exportPptx } from '../../src/export/pptx/export-pptx.js';
import { copyDeckWithTheme } from '../../src/io/themed-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { pagesText } from './helpers.js';
import { readPptx } from './pptx-reader.js';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const inCi = process.env.CI === 'true';
const available = hasSoffice();
if (!available && !inCi) console.warn('skipping the LibreOffice render test: no `soffice` on PATH (Debian: apt-get install libreoffice-impress)');

describe.skipIf(!available && !inCi)('the PowerPoint file in LibreOffice Impress', () => {
  let temp: string;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-pptx-lo-'));
    const shipped = path.join(KIT_ROOT, 'slides');
    const dark = await copyDeckWithTheme(shipped, path.join(temp, 'dark-deck', 'slides'), 'dark');
    const exports: Export[] = [
      { name: 'deck-briefing', deckDir: shipped },
      { name: 'deck-dark', deckDir: dark },
      { name: 'principal', deckDir: shipped, briefing: 'principal' },
      { name: 'staff', deckDir: shipped, briefing: 'staff' },
    ];
    // Every file is exported first, then converted by one LibreOffice run; each test reads its own PDF.
    for (const entry of exports) await exportTo(entry);
    // One LibreOffice start converts every file: a start (its profile, its fonts) is most of a conversion's time.
    const profile = pathToFileURL(path.join(temp, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', temp, ...exports.map(pptxOf)], { stdio: 'ignore', timeout: 600_000 });
  }, 900_000);
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  interface Export {
    name: string;
    deckDir: string;
    briefing?: string;
  }

  interface Rendered {
    titles: string[];
    texts: string[];
    pages: string[];
    boxes: string;
  }

  const pptxOf = (entry: Export): string => path.join(temp, `${entry.name}.pptx`);

  async function exportTo(entry: Export): Promise<void> {
    await exportPptx({
      cwd: KIT_ROOT, deckDir: entry.deckDir, out: pptxOf(entry), size: '16:9', themesDir: path.join(KIT_ROOT, 'themes'), diagramCacheDir: path.join(temp, 'cache', 'diagrams'),
      mermaid: {}, env: process.env, progress: () => undefined, ...(entry.briefing ? { briefing: entry.briefing } : {}),
    });
  }

  /** The PDF LibreOffice made of `name`.pptx, page by page, and what the PowerPoint file itself says each slide holds. */
  async function read(name: string): Promise<Rendered> {
    const pdf = path.join(temp, `${name}.pdf`);
    const document = await PDFDocument.load(await readFile(pdf));
    // One pdftotext run for the whole file; it ends every page with a form feed.
    const pages = pagesText(pdf);
    if (pages.length !== document.getPageCount()) throw new Error(`pdftotext read ${pages.length} pages of ${name}.pdf, which has ${document.getPageCount()}`);
    const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const slides = (await readPptx(await readFile(path.join(temp, `${name}.pptx`)))).slides;
    const titles = slides.map((s) => s.title ?? '');
    const texts = slides.map((s) => [...s.shapes.flatMap((shape) => shape.paragraphs.map((p) => p.text)), ...s.tables.flat(2)].join(' '));
    return { titles, texts, pages, boxes };
  }

  /** Words of the slide's text missing from its page: LibreOffice leaves out what falls off the page, so nothing may be missing. */
  function missingWords(slideText: string, pageText: string): string[] {
    // Hyphens split words too: LibreOffice breaks "clear-eyed" at the hyphen at a line's end.
    const words = (text: string): string[] => text.split(/[\s\u00ad\u2010\u2011-]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w !== '');
    const onPage = new Set(words(pageText));
    return [...new Set(words(slideText))].filter((w) => !onPage.has(w));
  }

  /** Every word box from `pdftotext -bbox` lies inside its page. */
  function wordsOffPage(bboxHtml: string): string[] {
    const off: string[] = [];
    for (const page of bboxHtml.split('<page ').slice(1)) {
      const [width, height] = [/width="([\d.]+)"/.exec(page)![1], /height="([\d.]+)"/.exec(page)![1]].map(Number) as [number, number];
      for (const word of page.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)) {
        const [xMin, yMin, xMax, yMax] = word.slice(1, 5).map(Number) as [number, number, number, number];
        if (xMin < -0.5 || yMin < -0.5 || xMax > width + 0.5 || yMax > height + 0.5) off.push(word[5]!);
      }
    }
    return off;
  }

  const flat = (text: string): string => text.replace(/[\s\u00ad-]+/g, ' ').trim();

  for (const theme of ['briefing', 'dark']) {
    it(`renders the shipped deck in the ${theme} theme: a page per slide, each title on its page, nothing off the page`, async () => {
      const { titles, texts, pages, boxes } = await read(`deck-${theme}`);
      expect(pages).toHaveLength(titles.length);
      titles.forEach((title, i) => expect(flat(pages[i]!), `page ${i + 1}`).toContain(flat(title)));
      texts.forEach((text, i) => expect(missingWords(text, pages[i]!), `page ${i + 1}`).toEqual([]));
      expect(wordsOffPage(boxes)).toEqual([]);
    });
  }

  it.each(['principal', 'staff'])('renders the %s briefing: its cover first, its slides, then Sources, nothing off the page', async (briefing) => {
    const cover = (await loadBriefings(path.join(KIT_ROOT, 'slides'), KIT_ROOT, KIT_ROOT)).manifests.get(briefing)!.title;
    const { titles, texts, pages, boxes } = await read(briefing);
    expect(pages).toHaveLength(titles.length);
    expect(flat(pages[0]!)).toContain(flat(cover));
    titles.forEach((title, i) => expect(flat(pages[i]!), `page ${i + 1}`).toContain(flat(title)));
    texts.forEach((text, i) => expect(missingWords(text, pages[i]!), `page ${i + 1}`).toEqual([]));
    expect(wordsOffPage(boxes)).toEqual([]);
  });
});
