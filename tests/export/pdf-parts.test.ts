// The pure parts of export: page geometry, bookmarks, document info, handout layout, PNG names and sizes, atomic writes.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFDict, PDFHexString, PDFNumber, PDFString } from '../../src/export/pdf-lib.js';
import { describe, expect, it } from 'vitest';
import { stageFolder, writeFileAtomic } from '../../src/export/atomic-write.js';
import { gridLayout, gridPlacements, SLIDES_PER_PAGE, type Box } from '../../src/export/handout-grid.js';
import { handoutHtml, handoutLayout } from '../../src/export/handout-page.js';
import { pageGeometry, PT_PER_PX } from '../../src/export/page-size.js';
import { addBookmarks, finishPdf, readBookmarks, sectionTitle, slideBookmarks } from '../../src/export/pdf-metadata.js';
import { savePdf } from '../../src/export/pdf.js';
import { pngName } from '../../src/export/png.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { documentFacts } from '../../src/render/document-facts.js';
import { ExportVerificationError, pngSize, splitSource, verifyPdfPageCount, verifyPngSize } from '../../src/export/verify.js';
import { tempDir } from '../helpers/build.js';

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([960, 540]);
  return doc.save();
}

describe('pageGeometry', () => {
  const slide = { width: 1280, height: 720 };
  const pt = (px: number): number => Math.round(px * PT_PER_PX);

  it('makes 16:9 pages exactly the slide', () => {
    expect(pageGeometry('16:9', slide)).toMatchObject({ pageWidth: 1280, pageHeight: 720, scale: 1, slideLeft: 0, slideTop: 0 });
  });

  it('letterboxes the slide on 4:3, A4 and Letter pages: scaled to the width, centred vertically', () => {
    expect(pageGeometry('4:3', slide)).toMatchObject({ pageWidth: 1280, pageHeight: 960, scale: 1, slideLeft: 0, slideTop: 120 });
    const a4 = pageGeometry('a4', slide);
    expect([pt(a4.pageWidth), pt(a4.pageHeight)]).toEqual([842, 595]);
    expect(a4.cssSize).toBe('297mm 210mm');
    expect(a4.scale).toBeCloseTo(a4.pageWidth / 1280, 6);
    expect(a4.slideLeft).toBeCloseTo(0, 6);
    expect(a4.slideTop * 2 + 720).toBeCloseTo(a4.layoutHeight, 6);
    const letter = pageGeometry('letter', slide);
    expect([pt(letter.pageWidth), pt(letter.pageHeight)]).toEqual([792, 612]);
  });

  it('fits a slide taller than the page by height, centring it horizontally', () => {
    const g = pageGeometry('16:9', { width: 720, height: 720 });
    expect([g.pageWidth, g.pageHeight]).toEqual([720, 405]);
    expect(g.scale).toBeCloseTo(405 / 720, 6);
    expect(g.slideTop).toBeCloseTo(0, 6);
    expect(g.slideLeft).toBeCloseTo(280, 6);
  });
});

describe('PDF bookmarks and document info', () => {
  const slides = [
    { number: 1, title: 'Cover', section: '' },
    { number: 2, title: 'Alpha', section: 'first-part' },
    { number: 3, title: 'Beta', section: 'first-part' },
    { number: 4, title: '', section: 'open_questions' },
    { number: 5, title: 'Alpha again', section: 'first-part' },
  ];

  it('groups consecutive slides of a section under one bookmark', () => {
    const bookmarks = slideBookmarks(slides, (n) => (n - 1) * 2);
    expect(bookmarks.map((item) => [item.title, item.pageIndex, item.children.map((c) => c.title)])).toEqual([
      ['Cover', 0, []],
      ['First part', 2, ['Alpha', 'Beta']],
      ['Open questions', 6, ['Slide 4']],
      ['First part', 8, ['Alpha again']],
    ]);
    expect(sectionTitle('open-questions')).toBe('Open questions');
  });

  it('writes a bookmark tree a PDF reader can walk: titles, pages, counts, links both ways', async () => {
    const bytes = await finishPdf(await blankPdf(10), { title: 'Déjà vu “quoted”', author: 'Desk', subject: 'Sub', keywords: ['a', 'b'] }, slideBookmarks(slides, (n) => (n - 1) * 2));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Déjà vu “quoted”');
    expect(doc.getAuthor()).toBe('Desk');
    expect(doc.getSubject()).toBe('Sub');
    expect(doc.getKeywords()).toBe('a b');
    expect(doc.getCreator()).toBe('briefdeck');
    const bookmarks = readBookmarks(doc);
    expect(bookmarks.map((item) => item.title)).toEqual(['Cover', 'First part', 'Open questions', 'First part']);
    expect(bookmarks[1]?.children).toEqual([
      { title: 'Alpha', pageIndex: 2, children: [] },
      { title: 'Beta', pageIndex: 4, children: [] },
    ]);
    const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(root.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(4 + 4);
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    const first = root.lookup(PDFName.of('First'), PDFDict);
    const second = first.lookup(PDFName.of('Next'), PDFDict);
    expect(second.get(PDFName.of('Prev'))).toBe(root.get(PDFName.of('First')));
    expect(second.lookup(PDFName.of('Count'), PDFNumber).asNumber()).toBe(2);
    expect(second.lookup(PDFName.of('First'), PDFDict).get(PDFName.of('Parent'))).toBe(first.get(PDFName.of('Next')));
  });

  it('writes what the source states of itself as document-info entries, and leaves out what it does not', async () => {
    const source = { author: 'Ana Lind', published: '2024-05-02', url: 'https://example.org/harbour' };
    const doc = await PDFDocument.load(await finishPdf(await blankPdf(1), { title: 'T', source }, []));
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    const entry = (key: string): string | undefined => info.lookup(PDFName.of(key), PDFString, PDFHexString)?.decodeText();
    expect(entry('SourceAuthor')).toBe('Ana Lind');
    expect(entry('SourcePublished')).toBe('2024-05-02');
    expect(entry('SourceURL')).toBe('https://example.org/harbour');
    expect(info.get(PDFName.of('SourceOutlet'))).toBeUndefined();
  });

  it('reads the source facts, the briefer as author, the source in the subject and sections as keywords from the deck', () => {
    const { meta, slides } = parseDeck([{ file: 'deck.md', text: '---\ntitle: T\nsubtitle: Sub\nsource: An article\nsource-author: Ana Lind\nsource-outlet:\nsource-published: 2024-05-02\nbriefer: J. Doe\n---\n# T\n\n---\nsection: firsts\n---\n## A\n\n---\nsection: firsts\n---\n## B\n\n---\nsection: outlook\n---\n## C\n' }]);
    const facts = documentFacts(meta, slides);
    expect(facts).toMatchObject({ author: 'J. Doe', subject: 'Sub — Source: An article, Ana Lind, 2024-05-02', keywords: ['firsts', 'outlook'], source: { author: 'Ana Lind', published: '2024-05-02' } });
    expect(facts.source).not.toHaveProperty('outlet');
  });

  it('is read by poppler too (pdfinfo)', async () => {
    const dir = tempDir('bookmarks');
    const file = path.join(dir, 'meta.pdf');
    writeFileSync(file, await finishPdf(await blankPdf(2), { title: 'Poppler reads this', author: 'Desk' }, []));
    const { execFileSync } = await import('node:child_process');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Poppler reads this/);
    expect(info).toMatch(/Creator:\s+briefdeck/);
  });

  it('adds no bookmarks for an empty list', async () => {
    const doc = await PDFDocument.load(await blankPdf(1));
    addBookmarks(doc, []);
    expect(readBookmarks(doc)).toEqual([]);
  });
});

describe('verification', () => {
  it('accepts a PDF with the expected page count and rejects another', async () => {
    const pdf = await blankPdf(3);
    await expect(verifyPdfPageCount(pdf, 3, '3 slides')).resolves.toBe(3);
    await expect(verifyPdfPageCount(pdf, 4, '4 slides')).rejects.toThrow('the PDF has 3 pages, but 4 slides make 4');
  });

  it('leaves no file (and keeps an older one) when the written PDF has the wrong page count', async () => {
    const dir = tempDir('verify');
    const out = path.join(dir, 'deck.pdf');
    await expect(savePdf(await blankPdf(2), { out, metadata: { title: 't' }, bookmarks: [], expected: 3, expectedWhat: '3 slides' })).rejects.toThrow(ExportVerificationError);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(out, 'older export');
    await expect(savePdf(await blankPdf(2), { out, metadata: { title: 't' }, bookmarks: [], expected: 1, expectedWhat: '1 slide' })).rejects.toThrow(ExportVerificationError);
    expect(readFileSync(out, 'utf8')).toBe('older export');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
    await savePdf(await blankPdf(2), { out, metadata: { title: 't' }, bookmarks: [], expected: 2, expectedWhat: '2 slides' });
    expect((await PDFDocument.load(readFileSync(out))).getPageCount()).toBe(2);
  });

  it('reads a PNG size from its header and checks it', () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d4948445200000500000002d0', 'hex');
    expect(pngSize(header)).toEqual({ width: 1280, height: 720 });
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeUndefined();
    expect(() => verifyPngSize(header, 1280, 720, 'a.png')).not.toThrow();
    expect(() => verifyPngSize(header, 2560, 1440, 'a.png')).toThrow('a.png is 1280 × 720 px, expected 2560 × 1440 px');
  });

  it('splits a slide source into file and first line', () => {
    expect(splitSource('slides/deck.md:12-30')).toEqual({ file: 'slides/deck.md', line: 12 });
    expect(splitSource('C:/x/deck.md:4')).toEqual({ file: 'C:/x/deck.md', line: 4 });
    expect(splitSource('')).toEqual({ file: '', line: 0 });
  });
});

describe('atomic writes', () => {
  it('removes the temporary file when writing fails', async () => {
    const dir = tempDir('atomic');
    const out = path.join(dir, 'x.pdf');
    await expect(writeFileAtomic(out, new Uint8Array([1]), () => Promise.reject(new Error('bad')))).rejects.toThrow('bad');
    expect(readdirSync(dir)).toEqual([]);
    await writeFileAtomic(out, new Uint8Array([1, 2]));
    expect([...readFileSync(out)]).toEqual([1, 2]);
  });

  it('stages a folder and moves its files in on commit, or drops them on discard', async () => {
    const dir = tempDir('stage');
    const target = path.join(dir, 'png');
    const kept = await stageFolder(target);
    writeFileSync(path.join(kept.dir, '01-a.png'), 'a');
    expect(await kept.commit()).toEqual([path.join(target, '01-a.png')]);
    const dropped = await stageFolder(target);
    writeFileSync(path.join(dropped.dir, '02-b.png'), 'b');
    await dropped.discard();
    expect(readdirSync(target)).toEqual(['01-a.png']);
    expect(readdirSync(dir)).toEqual(['png']);
    expect(existsSync(dropped.dir)).toBe(false);
  });
});

describe('handout page and PNG names', () => {
  it('fits the slide frame and notes on the paper, inside the margins', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const layout = handoutLayout(paper);
      expect(layout.slide.width / layout.slide.height).toBeCloseTo(16 / 9, 6);
      expect(layout.notes.top).toBeGreaterThan(layout.slide.top + layout.slide.height);
      expect(layout.notes.top + layout.notes.height).toBeLessThanOrEqual(layout.height - layout.margin);
      expect(layout.notes.height).toBeGreaterThan(80);
    }
  });

  it('escapes titles but keeps the notes HTML', () => {
    const html = handoutHtml(
      { title: 'A <b> deck', lang: 'en', fontFaces: '', fontFamily: 'sans-serif', sheets: [{ number: 1, id: 'a', title: 'Q & A', notesHtml: '<p>Say <em>this</em></p>' }, { number: 2, id: 'b', title: 'B', notesHtml: '' }] },
      handoutLayout('a4'),
    );
    expect(html).toContain('<title>A &lt;b&gt; deck</title>');
    expect(html).toContain('Q &amp; A');
    expect(html).toContain('<p>Say <em>this</em></p>');
    // A slide without notes gets no notes box and no filler text.
    expect(html.match(/class="notes"/g)).toHaveLength(1);
    expect(html).not.toMatch(/no (speaker )?notes/i);
    expect(html).toContain('@page { size: 210mm 297mm; margin: 0; }');
    expect(html.match(/class="sheet"/g)).toHaveLength(2);
  });

  it('lays out 2, 3 and 6 slides a page inside the paper, 16:9, without overlaps; only three per page has note lines', () => {
    for (const perPage of SLIDES_PER_PAGE) {
      const layout = gridLayout('a4', perPage);
      expect(layout.cells).toHaveLength(perPage);
      const boxes = layout.cells.flatMap((cell) => [cell.slide, cell.caption, ...(cell.lines ? [cell.lines] : [])]);
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(layout.margin - 0.001);
        expect(box.left + box.width).toBeLessThanOrEqual(layout.width - layout.margin + 0.001);
        expect(box.top).toBeGreaterThan(layout.header.top + layout.header.height);
        expect(box.top + box.height).toBeLessThanOrEqual(layout.height - layout.margin);
      }
      const overlap = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      for (const cell of layout.cells) expect(cell.slide.width / cell.slide.height).toBeCloseTo(16 / 9, 5);
      expect(layout.cells.every((cell) => (cell.lines !== undefined) === (perPage === 3))).toBe(true);
      expect(gridPlacements(layout, 7).map((p) => p.sheet)).toEqual([0, 0, 0, 0, 0, 0, 0].map((_, i) => Math.floor(i / perPage)));
    }
    expect(gridLayout('a4', 2).cells[0]!.slide.width).toBeGreaterThan(gridLayout('a4', 6).cells[0]!.slide.width * 1.8);
  });

  it('names images NN-<id>.png, with more digits for long decks', () => {
    expect(pngName({ number: 3, id: 'firsts' }, 12)).toBe('03-firsts.png');
    expect(pngName({ number: 7, id: 'x' }, 120)).toBe('007-x.png');
  });
});
