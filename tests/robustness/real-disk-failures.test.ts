// A full or read-only disk for real (a tmpfs of a user namespace): the real command says so in one line, exits 1 and keeps the previous output whole.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { buildFixture, FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { diagnosticLines } from '../helpers/cli-process.js';
import { fileTree } from '../helpers/file-tree.js';
import { requireUserNamespaces, runOnSmallDisk } from '../helpers/small-disk.js';

const DECK = path.join(FIXTURE_DECKS, 'basic');
const shown = (file: string): string => path.relative(KIT_ROOT, file);

describe('a real disk that fails under the command', () => {
  let previousBuild: string;
  beforeAll(async () => {
    requireUserNamespaces();
    previousBuild = await buildFixture('basic');
  });

  it('build onto a full disk: one line, exit 1, the previous build whole and nothing beside it', { timeout: 60_000 }, async () => {
    // Room for a few files of the new build, not for all of it.
    const run = await runOnSmallDisk({ sizeKiB: 4096, copy: { dist: previousBuild }, then: { freeKiB: 96 } }, (disk) => ['build', DECK, '--out', path.join(disk, 'dist')]);
    expect(run.code, run.stderr).toBe(1);
    expect(diagnosticLines(run.stderr)).toEqual([`briefdeck build: cannot write ${shown(path.join(run.mount, 'dist'))}: the disk is full; free some space, or write the output somewhere else with --out`]);
    expect(readdirSync(run.disk)).toEqual(['dist']);
    expect(fileTree(path.join(run.disk, 'dist'))).toEqual(fileTree(previousBuild));
  });

  it('export pdf onto a full disk: one line, exit 1, the previous PDF whole and no temporary file', { timeout: 60_000 }, async () => {
    const previous = path.join(tempDir('full-disk-pdf'), 'deck.pdf');
    writeFileSync(previous, '%PDF-1.7\n% the previous export\n%%EOF\n');
    const tmp = tempDir('full-disk-tmp');
    const run = await runOnSmallDisk({ sizeKiB: 1024, copy: { 'deck.pdf': previous }, then: { freeKiB: 0 } }, (disk) => ['export', 'pdf', DECK, '--out', path.join(disk, 'deck.pdf')], { TMPDIR: tmp });
    expect(run.code, run.stderr).toBe(1);
    expect(diagnosticLines(run.stderr)).toEqual([`briefdeck export: cannot write ${shown(path.join(run.mount, 'deck.pdf'))}: the disk is full; free some space, or write the output somewhere else with --out`]);
    expect(readdirSync(run.disk)).toEqual(['deck.pdf']);
    expect(readFileSync(path.join(run.disk, 'deck.pdf'), 'utf8')).toBe(readFileSync(previous, 'utf8'));
    expect(readdirSync(tmp).filter((name) => name.startsWith('briefdeck-') || name.startsWith('playwright'))).toEqual([]);
  });

  it('build onto a read-only disk: one line, exit 1, the previous build whole', { timeout: 60_000 }, async () => {
    const run = await runOnSmallDisk({ sizeKiB: 4096, copy: { dist: previousBuild }, then: 'read-only' }, (disk) => ['build', DECK, '--out', path.join(disk, 'dist')]);
    expect(run.code, run.stderr).toBe(1);
    expect(diagnosticLines(run.stderr)).toEqual([`briefdeck build: cannot write ${shown(path.join(run.mount, 'dist'))}: the file system is read-only; write the output to a folder you may write to, with --out`]);
    expect(readdirSync(run.disk)).toEqual(['dist']);
    expect(fileTree(path.join(run.disk, 'dist'))).toEqual(fileTree(previousBuild));
  });
});
