// `briefdeck generate` end to end in a temporary folder: files, source copy, manifest, hand-edit protection, a pipe in the output folder.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCommand } from '../../src/cli/commands/generate.js';
import { UsageError } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { FIXTURES, SUMMIT } from './fixtures.js';

let dir: string;
let out: string[];
let err: string[];
const io = () => ({ cwd: dir, out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {} });
const run = (...args: string[]) => generateCommand.run(args, io());
const article = FIXTURES + SUMMIT;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-generate-'));
  out = [];
  err = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('briefdeck generate', () => {
  it('writes the deck, a copy of the article and a manifest, and prints a summary', async () => {
    expect(await run(article, '--out', 'deck')).toBe(0);
    const files = (await readdir(path.join(dir, 'deck'))).sort();
    expect(files).toEqual([
      '.briefdeck-generated.json', '01-title.md', '02-firsts.md', '03-skepticism.md', '04-open-questions.md',
      '05-recommendations.md', '06-what-to-watch.md', '07-timeline.md', '08-actors.md', '09-sources.md', 'source',
    ]);
    expect(await readFile(path.join(dir, 'deck/source', SUMMIT), 'utf8')).toBe(await readFile(article, 'utf8'));
    const manifest = JSON.parse(await readFile(path.join(dir, 'deck/.briefdeck-generated.json'), 'utf8'));
    expect(Object.keys(manifest.files)).toContain(`source/${SUMMIT}`);
    expect(out[0]).toBe(`Generated 9 files in deck from ${article} (10 written, 0 removed):`);
    expect(out).toContain('  paragraphs: 19');
    expect(out).toContain('  questions:  13 in 6 themes');
    expect(out.filter((l) => /^ {2}slides: {5}\d+ in 9 files$/.test(l))).toHaveLength(1);
    expect(err).toEqual([]);
  });

  it('defaults to slides/ and leaves no temporary files behind', async () => {
    expect(await run(article)).toBe(0);
    const files = await readdir(path.join(dir, 'slides'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toContain('01-title.md');
  });

  it('runs again without writing when nothing changed', async () => {
    await run(article, '--out', 'deck');
    out = [];
    expect(await run(article, '--out', 'deck')).toBe(0);
    expect(out[0]).toContain('(0 written, 0 removed)');
  });

  it('refuses to overwrite a hand-edited slide file without --force', async () => {
    await run(article, '--out', 'deck');
    const firsts = path.join(dir, 'deck/02-firsts.md');
    await writeFile(firsts, `${await readFile(firsts, 'utf8')}\nA note I added.\n`);
    await writeFile(path.join(dir, 'deck/99-extra.md'), '# My own slide\n');
    expect(await run(article, '--out', 'deck')).toBe(1);
    expect(err).toEqual([
      'briefdeck generate: deck has files the generator did not write or that were edited since:',
      `  ${path.join('deck', '02-firsts.md')} (edited since it was generated)`,
      `  ${path.join('deck', '99-extra.md')} (not written by briefdeck generate)`,
      '  → move them away, choose another --out, or pass --force to overwrite them',
    ]);
    expect(await readFile(firsts, 'utf8')).toContain('A note I added.');

    out = [];
    expect(await run(article, '--out', 'deck', '--force')).toBe(0);
    expect(await readFile(firsts, 'utf8')).not.toContain('A note I added.');
    expect(await readFile(path.join(dir, 'deck/99-extra.md'), 'utf8')).toBe('# My own slide\n');
    expect(out).toContain(`  note: ${path.join('deck', '99-extra.md')} was left in place and is part of the deck`);
  });

  it('without a manifest, accepts files identical to its output and refuses the others', async () => {
    await run(article, '--out', 'deck');
    await rm(path.join(dir, 'deck/.briefdeck-generated.json'));
    expect(await run(article, '--out', 'deck')).toBe(0);
    await rm(path.join(dir, 'deck/.briefdeck-generated.json'));
    await writeFile(path.join(dir, 'deck/01-title.md'), '---\ntitle: My deck\n---\n# My deck\n');
    expect(await run(article, '--out', 'deck')).toBe(1);
    expect(err[1]).toBe(`  ${path.join('deck', '01-title.md')} (not written by briefdeck generate)`);
  });

  it('exits 1 with the diagnostics on bad input, writing nothing', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    expect(await run('empty.txt', '--out', 'deck')).toBe(1);
    expect(err).toEqual([
      'empty.txt error: the article is empty\n  → pass a file with the article text (title, then paragraphs separated by blank lines)',
      'briefdeck generate: empty.txt cannot be turned into a deck; nothing was written',
    ]);
    await expect(readdir(path.join(dir, 'deck'))).rejects.toThrow();
    err = [];
    expect(await run('missing.txt')).toBe(1);
    expect(err).toEqual(['briefdeck generate: cannot read missing.txt: no such file']);
    await writeFile(path.join(dir, 'notes.rtf'), 'A Title\n\nSome text that is long enough to be a paragraph of prose in a document.');
    err = [];
    expect(await run('notes.rtf')).toBe(1);
    expect(err[0]).toContain('notes.rtf error: cannot tell the article format from the file name "notes.rtf"');
  });

  it('refuses a file of the output folder that is a named pipe, at once, writing nothing', async () => {
    await mkdir(path.join(dir, 'deck'));
    execFileSync('mkfifo', [path.join(dir, 'deck', '02-firsts.md')]);
    // A read of the pipe would wait for a writer for ever: the run is given a few seconds.
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('generate waited on the pipe')), 15_000)));
    const exit = await Promise.race([main(['generate', article, '--out', 'deck'], io()), waited]).finally(() => clearTimeout(timer));
    expect(exit).toBe(1);
    expect(err).toEqual(['briefdeck generate: the deck folder already holds 02-firsts.md, which cannot be read: it is a named pipe (FIFO), not a regular file; remove it or choose another --out']);
    expect(await readdir(path.join(dir, 'deck'))).toEqual(['02-firsts.md']);
  });

  it('rejects wrong arguments as usage errors', async () => {
    await expect(run()).rejects.toThrow(UsageError);
    await expect(run('a.txt', 'b.txt')).rejects.toThrow('expected one article, got 2');
    await expect(run(article, '--format', 'pdf')).rejects.toThrow('--format must be txt, html or md, not "pdf"');
    await expect(run(article, '--bogus')).rejects.toThrow('unknown option --bogus');
  });

  it('has a help text naming the options and the layout', async () => {
    // `--help` is answered by the dispatcher, before the command runs.
    expect(await main(['generate', '--help'], io())).toBe(0);
    expect(out[0]).toContain('Usage: briefdeck generate <article> [--out DIR] [--force] [--format txt|html|md]');
    expect(generateCommand.name).toBe('generate');
  });
});
