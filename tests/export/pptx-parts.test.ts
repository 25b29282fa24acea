// Pieces of the PowerPoint export on their own: text fitting, citation links to a source URL, and the command line.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import { entryFor, main } from '../../src/cli/main.js';
import { fitText, wrappedLines } from '../../src/export/pptx/fit.js';
import { finishPptx } from '../../src/export/pptx/finish-zip.js';
import { frameFor, RULED_INSETS, TEXT_INSETS } from '../../src/export/pptx/geometry.js';
import { paletteFromCss } from '../../src/export/pptx/palette.js';
import JSZip from 'jszip';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { sourceUrlOf } from '../../src/export/pptx/export-pptx.js';
import { planSourcesSlides } from '../../src/export/pptx/sources-slides.js';
import { writePptx } from '../../src/export/pptx/write-pptx.js';
import type { DeckMeta } from '../../src/model/deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS } from '../helpers/build.js';
import { captureIO } from './helpers.js';
import { readPptx } from './pptx-reader.js';

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-pptx-parts-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('fitting text', () => {
  it('wraps words greedily and breaks a word longer than a line', () => {
    expect(wrappedLines('one two three', 10, 24)).toBe(1);
    expect(wrappedLines('word '.repeat(40), 2, 24)).toBeGreaterThan(8);
    expect(wrappedLines('x'.repeat(200), 1, 24)).toBeGreaterThan(20);
    expect(wrappedLines('a\nb\nc', 10, 24)).toBe(3);
  });

  it('shrinks in half points down to the minimum, and says when even that overflows', () => {
    const text = [{ text: 'word '.repeat(120), scale: 1, indent: 0, spaceBefore: 0 }];
    const roomy = fitText(text, { width: 12, height: 5 }, 24, 12);
    expect(roomy).toMatchObject({ fontPt: 24, fits: true });
    const tight = fitText(text, { width: 12, height: 1.5 }, 24, 12);
    expect(tight.fits).toBe(true);
    expect(tight.fontPt).toBeLessThan(24);
    expect(tight.fontPt * 2).toBe(Math.round(tight.fontPt * 2));
    expect(fitText(text, { width: 3, height: 0.5 }, 24, 12)).toMatchObject({ fontPt: 12, fits: false });
  });
});

describe('citations with a source URL', () => {
  it('link to the URL, and the Sources slide names the source with that link', async () => {
    const palette = paletteFromCss(await readFile(path.join(KIT_ROOT, 'themes', 'dark.css'), 'utf8'), 'dark');
    const frame = frameFor('16:9', false);
    const url = 'https://example.org/article';
    const headmatter = (urlLine: string): DeckMeta => parseDeck([{ file: 'deck.md', text: `---\ntitle: T\nsource: An outlet\nbriefer: A. Briefer\n${urlLine}\ntheme: dark\n---\n# T\n` }]).meta;
    const meta = headmatter(`source-url: ${url}`);
    expect(sourceUrlOf(meta)).toBe(url);
    expect(sourceUrlOf(headmatter('source-url:'))).toBeUndefined();
    expect(sourceUrlOf({ ...meta, sourceUrl: 'javascript:alert(1)' })).toBeUndefined();
    const sources = planSourcesSlides({ cited: ['p1'], paragraphs: new Map([['p1', { id: 'p1', text: 'The paragraph.', sentences: ['The paragraph.'], line: 3 }]]), source: 'An outlet', sourceUrl: url }, frame, palette);
    const slide = { id: 's', master: 'content' as const, notes: ['Say it.'], citations: ['p1'], shapes: [
      { kind: 'text' as const, name: 'Title', box: frame.title.content, placeholder: 'title' as const, paragraphs: [{ runs: [{ text: 'A claim' }] }], fontPt: 32 },
      { kind: 'text' as const, name: 'Text', box: frame.body.content, placeholder: 'body' as const, paragraphs: [{ runs: [{ text: 'It is so ' }, { text: 'p1', cite: ['p1'] }], level: 0 }], fontPt: 24 },
    ] };
    const written = await writePptx({ meta, sourceUrl: url, frame, palette, slides: [slide, ...sources.slides], sourcesSlideOf: new Map([['p1', 2]]) });
    const bytes = await finishPptx(written);
    const pptx = await readPptx(bytes);
    expect(await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string')).toContain('<dc:creator>A. Briefer</dc:creator>');
    const cite = pptx.slides[0]!.shapes.flatMap((s) => s.paragraphs.flatMap((p) => p.runs)).find((r) => r.superscript)!;
    expect(cite).toMatchObject({ text: 'p1', link: url });
    expect(pptx.slides[0]!.layout).toBe('Dark · Content');
    expect(pptx.slides[1]!.shapes.flatMap((s) => s.paragraphs.flatMap((p) => p.runs)).find((r) => r.text === 'An outlet')!.link).toBe(url);
    expect(pptx.slides[0]!.notes).toEqual(['Say it.']);
  });
});

describe('text frame margins', () => {
  it('are written as the planner measures them: 0.1 in at the sides and 0.05 in above and below, wider around a ruled tint', async () => {
    const palette = paletteFromCss(await readFile(path.join(KIT_ROOT, 'themes', 'briefing.css'), 'utf8'), 'briefing');
    const frame = frameFor('16:9', false);
    const meta = parseDeck([{ file: 'deck.md', text: '---\ntitle: T\n---\n# T\n' }]).meta;
    const text = (name: string, y: number, leftRule?: string) => ({ kind: 'text' as const, name, box: { x: 1, y, w: 8, h: 1 }, paragraphs: [{ runs: [{ text: name }] }], fontPt: 20, ...(leftRule ? { leftRule, fill: palette.surface } : {}) });
    const slide = { id: 's', master: 'title-only' as const, notes: [], citations: [], shapes: [text('Plain', 2), text('Ruled', 4, palette.accent)] };
    const bytes = await finishPptx(await writePptx({ meta, frame, palette, slides: [slide], sourcesSlideOf: new Map() }));
    const xml = await (await JSZip.loadAsync(bytes)).file('ppt/slides/slide1.xml')!.async('string');
    const insets = (name: string): Record<string, number> => {
      const shape = xml.slice(xml.indexOf(`name="${name}"`));
      const bodyPr = /<a:bodyPr([^>]*)>/.exec(shape)![1]!;
      return Object.fromEntries([...bodyPr.matchAll(/([lrtb]Ins)="(\d+)"/g)].map((m) => [m[1]!, Number(m[2]) / 914400]));
    };
    expect(insets('Plain')).toEqual({ lIns: TEXT_INSETS.left, tIns: TEXT_INSETS.top, rIns: TEXT_INSETS.right, bIns: TEXT_INSETS.bottom });
    expect(insets('Ruled')).toEqual({ lIns: RULED_INSETS.left, tIns: RULED_INSETS.top, rIns: RULED_INSETS.right, bIns: RULED_INSETS.bottom });
    expect(TEXT_INSETS).toEqual({ left: 0.1, top: 0.05, right: 0.1, bottom: 0.05 });
  });
});

describe('fonts', () => {
  it('name the code face fixed-pitch (so a viewer without it substitutes a monospace face) and the body face sans-serif', async () => {
    const palette = paletteFromCss(await readFile(path.join(KIT_ROOT, 'themes', 'briefing.css'), 'utf8'), 'briefing');
    const frame = frameFor('16:9', false);
    const meta = parseDeck([{ file: 'deck.md', text: '---\ntitle: T\n---\n# T\n' }]).meta;
    const runs = [{ text: 'Run ' }, { text: 'x = 1', code: true }];
    const slide = { id: 's', master: 'title-only' as const, notes: [], citations: [], shapes: [
      { kind: 'text' as const, name: 'Text', box: { x: 1, y: 2, w: 8, h: 1 }, paragraphs: [{ runs }], fontPt: 20 },
      { kind: 'text' as const, name: 'Code', box: { x: 1, y: 4, w: 8, h: 1 }, paragraphs: [{ runs: [{ text: 'let y = 2' }] }], fontPt: 14, font: 'code' as const },
    ] };
    const bytes = await finishPptx(await writePptx({ meta, frame, palette, slides: [slide], sourcesSlideOf: new Map() }), { codeFont: palette.codeFont });
    const xml = await (await JSZip.loadAsync(bytes)).file('ppt/slides/slide1.xml')!.async('string');
    const pitch = (face: string): string[] => [...xml.matchAll(new RegExp(`<a:latin typeface="${face}" pitchFamily="(\\d+)"`, 'g'))].map((m) => m[1]!);
    expect(palette.codeFont).toBe('DejaVu Sans Mono');
    expect(pitch('DejaVu Sans Mono')).toEqual(['49', '49']);
    expect(new Set(pitch(palette.font))).toEqual(new Set(['34']));
  });
});

describe('briefdeck export pptx (command line)', () => {
  const COMMANDS = [entryFor(exportCommand, 'export the deck')];

  it('writes the file, reports progress on stderr and the result on stdout', async () => {
    const io = captureIO(KIT_ROOT);
    const out = path.join(temp, 'cli.pptx');
    expect(await main(['export', 'pptx', path.join(FIXTURE_DECKS, 'pptx-layouts'), '--out', out, '--range', '1-3'], io, COMMANDS)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^Wrote .*cli\.pptx: 4 slides \(1 of sources\), 16:9/);
    expect(io.stderr[0]).toMatch(/^reading .*pptx-layouts\/ …$/);
    expect((await readPptx(await readFile(out))).slides.map((s) => s.title)).toEqual(['Layouts for PowerPoint', 'The bottom line', 'Key judgements', 'Sources: the cited paragraphs']);
  });

  it.each([
    [['pptx', '--size', 'a4'], '--size must be one of 16:9, 4:3 for pptx'],
    [['pptx', '--out', 'deck.pdf'], '--out must name a .pptx file'],
    [['pptx', '--range', '2-1'], '--range: "2-1" runs backwards'],
    [['pptx', '--briefing', '../x'], '--briefing takes a briefing'],
    [['pptx', '--out', 'slides/deck.pptx'], '--out slides/deck.pptx is inside the deck folder'],
  ])('refuses %j', async (args, message) => {
    const io = captureIO(KIT_ROOT);
    expect(await main(['export', ...args], io, COMMANDS)).toBe(1);
    expect(io.stderr.join('\n')).toContain(message);
  });

  it('names the pptx format in its help', async () => {
    const io = captureIO(KIT_ROOT);
    expect(await main(['export', '--help'], io, COMMANDS)).toBe(0);
    expect(io.stdout.join('\n')).toContain('briefdeck export pptx');
  });
});
