// `briefdeck export` from the command line: help, usage errors, a whole run, and failures that write nothing.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PDFDict, PDFHexString, PDFName, PDFString } from '../../src/export/pdf-lib.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../src/cli/commands/export.js';
import { entryFor, main } from '../../src/cli/main.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { buildDeckAt, buildFixture, FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { captureIO, loadPdf, pagesText } from './helpers.js';

const COMMANDS = [entryFor(exportCommand, 'export the deck')];
const DECK = path.join(FIXTURE_DECKS, 'export-deck');

describe('briefdeck export (command line)', () => {
  let dist: string;

  beforeAll(async () => {
    dist = await buildFixture('export-deck');
  });

  it('prints help that starts with its usage and names both formats', async () => {
    const io = captureIO(KIT_ROOT);
    expect(await main(['export', '--help'], io, COMMANDS)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/^Usage: briefdeck export pdf/);
    expect(io.stdout.join('\n')).toContain('briefdeck export png');
  });

  it.each([
    [['pdf', '--range', '0'], '--range: "0": slides are numbered from 1'],
    [['pdf', '--range', '5-3'], '--range: "5-3" runs backwards'],
    [['pdf', '--range', 'x'], '--range: "x" is not a slide number'],
    [['pdf', '--notes', 'inline'], '--notes must be one of none, separate, handout'],
    [['pdf', '--size', 'a3'], '--size must be one of 16:9, 4:3, a4, letter'],
    [['pdf', '--notes', 'handout', '--size', '16:9'], 'handouts are portrait pages'],
    [['pdf', '--notes', 'handout', '--fragments'], '--fragments cannot be combined with --notes handout'],
    [['pdf', '--briefing', '../principal'], "--briefing takes a briefing's name"],
    [['pdf', '--handout', '4'], '--handout takes 1, 2, 3 or 6 slides per page, not "4"'],
    [['pdf', '--handout', '3', '--notes', 'separate'], '--handout already says what the pages hold'],
    [['pdf', '--handout', '6', '--fragments'], '--fragments cannot be combined with --notes handout or --handout'],
    [['pdf', '--handout', '2', '--size', '4:3'], 'handouts are portrait pages'],
    [['pdf', '--summary', '--handout', '2'], '--summary is a page of its own'],
    [['pdf', '--summary', '--size', '16:9'], 'the summary is a portrait page'],
    [['png', '--scale', '3'], '--scale must be 1 or 2'],
    [['gif'], 'unknown format "gif"'],
    [[], 'say what to export'],
  ])('rejects %j before doing any work', async (args, message) => {
    const dir = tempDir('cli-usage');
    const io = captureIO(dir);
    const argv = args.length === 0 ? ['export'] : ['export', ...args, DECK, '--out', path.join(dir, 'out')];
    expect(await main(argv, io, COMMANDS)).toBe(1);
    expect(io.stderr.join('\n')).toContain(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says how to get a browser when there is none, and writes nothing', async () => {
    const dir = tempDir('cli-nochrome');
    const io = captureIO(dir, { ...process.env, CHROME_PATH: path.join(dir, 'no-such-chrome') });
    expect(await main(['export', 'pdf', DECK, '--out', path.join(dir, 'deck.pdf')], io, COMMANDS)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/CHROME_PATH is set to ".*no-such-chrome", but that is not an executable file/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('builds the deck, exports it into the ignored out/ folder by default and reports what it wrote, with progress on stderr', async () => {
    const dir = tempDir('cli-run');
    const io = captureIO(dir);
    expect(await main(['export', 'pdf', DECK, '--range', '1-2'], io, COMMANDS)).toBe(0);
    expect(io.stdout).toEqual([expect.stringMatching(/^Wrote out\/export-deck\.pdf: 2 pages, 16:9 \(960 × 540 pt\) in \d+ ms$/)]);
    expect(io.stderr[0]).toMatch(/^building .*export-deck\/ …$/);
    expect(io.stderr).toContain('printing 2 pages (2 slides) …');
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['export-deck.pdf']);
    expect(readFileSync(path.join(KIT_ROOT, '.gitignore'), 'utf8').split('\n')).toContain('/out/');
    expect(pagesText(path.join(dir, 'out', 'export-deck.pdf'))).toEqual([expect.stringContaining('Export fixture deck'), expect.stringContaining('Alpha slide')]);
  });

  it('exports an existing build with --dist, keeping the old file when the range is beyond the deck', async () => {
    const dir = tempDir('cli-dist');
    const out = path.join(dir, 'deck.pdf');
    // An earlier export: only a PDF is replaced without --force.
    writeFileSync(out, '%PDF-1.7 older export');
    const io = captureIO(dir);
    expect(await main(['export', 'pdf', '--dist', dist, '--out', out, '--range', '2-9'], io, COMMANDS)).toBe(1);
    expect(io.stderr.join('\n')).toContain('--range: "2-9" is beyond the last slide: the deck has 6 slides');
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7 older export');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);

    const ok = captureIO(dir);
    expect(await main(['export', 'pdf', '--dist', dist, '--out', out, '--notes', 'handout', '--size', 'letter', '--range', '6'], ok, COMMANDS)).toBe(0);
    expect(ok.stdout[0]).toMatch(/^Wrote deck\.pdf: 1 handout page, Letter portrait/);
    const pdf = await loadPdf(readFileSync(out));
    expect(pdf.getPages().map((page) => [Math.round(page.getWidth()), Math.round(page.getHeight())])).toEqual([[612, 792]]);
    expect(pagesText(out)).toEqual([expect.stringContaining('Closing notes: questions are welcome.')]);
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('exports a briefing with --briefing: its own cover, agenda and slides, and names unknown ones', async () => {
    const dir = tempDir('cli-briefing');
    const io = captureIO(dir);
    const deck = path.join(FIXTURE_DECKS, 'briefings');
    expect(await main(['export', 'pdf', deck, '--briefing', 'short', '--out', 'short.pdf'], io, COMMANDS)).toBe(0);
    const text = pagesText(path.join(dir, 'short.pdf'));
    expect(text).toHaveLength(7);
    expect(text[0]).toContain('Short brief');
    expect(text[2]).toContain('Advice');
    expect(text[3]).toContain('Why be careful');

    const unknown = captureIO(dir);
    expect(await main(['export', 'pdf', deck, '--briefing', 'shrot', '--out', 'x.pdf'], unknown, COMMANDS)).toBe(1);
    expect(unknown.stderr.join('\n')).toContain('the deck has no briefing "shrot"; its briefings: long, short');
    expect(readdirSync(dir)).toEqual(['short.pdf']);
  });

  it('exports full document info from a --dist build alone, its deck sources gone', async () => {
    const dir = tempDir('cli-dist-facts');
    const deck = path.join(dir, 'deck');
    mkdirSync(deck);
    writeFileSync(path.join(deck, 'deck.md'), [
      '---', 'title: Harbour brief', 'subtitle: What the port plan means', 'source: The harbour article', 'source-author: Ana Lind',
      'source-outlet: Port Weekly', 'source-published: 2024-05-02', 'source-url: https://example.org/harbour', 'briefer: J. Doe', '---',
      '# Harbour brief', '', '---', 'section: bottom-line', '---', '## The plan goes ahead', '', '---', 'section: outlook', '---', '## What to watch', '',
    ].join('\n'));
    const built = await buildDeckAt(deck, path.join(dir, 'dist'));
    rmSync(deck, { recursive: true });
    const io = captureIO(dir);
    const out = path.join(dir, 'harbour.pdf');
    expect(await main(['export', 'pdf', '--dist', built, '--out', out], io, COMMANDS)).toBe(0);
    const pdf = await loadPdf(readFileSync(out));
    expect(pdf.getTitle()).toBe('Harbour brief');
    expect(pdf.getAuthor()).toBe('J. Doe');
    expect(pdf.getSubject()).toBe('What the port plan means — Source: The harbour article, Ana Lind, Port Weekly, 2024-05-02');
    expect(pdf.getKeywords()).toBe('bottom-line outlook');
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    const entry = (key: string): string | undefined => info.lookup(PDFName.of(key), PDFString, PDFHexString)?.decodeText();
    expect([entry('SourceAuthor'), entry('SourceOutlet'), entry('SourcePublished'), entry('SourceURL')]).toEqual(['Ana Lind', 'Port Weekly', '2024-05-02', 'https://example.org/harbour']);
  });

  it('exports a --dist build beside its deck folder without reading the project\'s config', async () => {
    const dir = tempDir('cli-dist-noconfig');
    // A config that throws when loaded: an export of a build has no use for it.
    writeFileSync(path.join(dir, 'vite.config.ts'), "throw new Error('the config was loaded');\n");
    const io = captureIO(dir);
    const out = path.join(dir, 'deck.pdf');
    expect(await main(['export', 'pdf', DECK, '--dist', dist, '--out', out], io, COMMANDS)).toBe(0);
    expect(io.stderr.join('\n')).not.toContain('the config was loaded');
    expect((await loadPdf(readFileSync(out))).getPageCount()).toBeGreaterThan(0);
  });

  it('reads the project\'s config once when it builds the deck to export it', async () => {
    const dir = tempDir('cli-config-once');
    const loads = path.join(dir, 'config-loads.txt');
    writeFileSync(path.join(dir, 'vite.config.ts'), `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(loads)}, 'loaded\\n');\nexport default {};\n`);
    mkdirSync(path.join(dir, 'slides'));
    writeFileSync(path.join(dir, 'slides', 'deck.md'), '---\ntitle: Once\n---\n\n# Once\n\n---\n\n## Second\n');
    const io = captureIO(dir);
    expect(await main(['export', 'pdf', '--out', path.join(dir, 'once.pdf')], io, COMMANDS)).toBe(0);
    expect(readFileSync(loads, 'utf8')).toBe('loaded\n');
  });

  it('refuses a --dist folder that is not a build', async () => {
    const dir = tempDir('cli-nodist');
    const io = captureIO(dir);
    expect(await main(['export', 'png', '--dist', dir, '--out', path.join(dir, 'png')], io, COMMANDS)).toBe(1);
    expect(io.stderr.join('\n')).toContain('is not a built deck (no index.html)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports the errors of a deck that does not build, and writes nothing', async () => {
    const dir = tempDir('cli-broken');
    const io = captureIO(dir);
    expect(await main(['export', 'pdf', path.join(FIXTURE_DECKS, 'export-broken'), '--out', path.join(dir, 'deck.pdf')], io, COMMANDS)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/duplicate|twin/i);
    expect(io.stderr.join('\n')).toContain('nothing was written');
    expect(existsSync(path.join(dir, 'deck.pdf'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
