// Several real briefdeck processes writing one output at once: each exits 0, the output is one whole result and nothing is left beside it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { runCli } from '../helpers/cli-process.js';

const DECK = path.join(FIXTURE_DECKS, 'basic');

describe('concurrent processes into one output', () => {
  it('three builds into one --out: all succeed, one whole build, no lock or staging folder left', { timeout: 60_000 }, async () => {
    const parent = tempDir('concurrent-builds');
    const out = path.join(parent, 'dist');
    const runs = await Promise.all([1, 2, 3].map(() => runCli(['build', DECK, '--out', out])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['dist']);
    const page = readFileSync(path.join(out, 'index.html'), 'utf8');
    // The basic deck's slides, each once: one build, not two run into each other.
    for (const id of ['cover', 'points', 'stack-top', 'closing']) expect(page.split(`<section id="${id}"`).length - 1, id).toBe(1);
  });

  it('two PDF exports to one --out: both succeed, the PDF is whole, no temporary file left', { timeout: 60_000 }, async () => {
    const parent = tempDir('concurrent-exports');
    const tmp = tempDir('pdfs-tmp');
    const out = path.join(parent, 'deck.pdf');
    const runs = await Promise.all([1, 2].map(() => runCli(['export', 'pdf', DECK, '--out', out], { env: { TMPDIR: tmp } })));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['deck.pdf']);
    const pdf = readFileSync(out, 'latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(readdirSync(tmp).filter((name) => name.startsWith('briefdeck-') || name.startsWith('playwright'))).toEqual([]);
  });
});
