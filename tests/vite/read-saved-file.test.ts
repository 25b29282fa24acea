// A deck file read for a hot update: a save caught between its truncation and its write is read once the write lands, even when the file's time does not move.

import { execFileSync } from 'node:child_process';
import { truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedText } from '../../src/vite/read-saved-file.js';
import { tempTree } from '../helpers/temp-dir.js';

/** Far longer than the tests' own limit (`SOON`): a reader that waits it out fails instead of passing late. */
const PATIENT = { everyMs: 1, forMs: 60_000 } as const;
const SOON = 5_000;

function deckFile(text: string): string {
  return path.join(tempTree('read-saved', { 'deck.md': text }), 'deck.md');
}

describe('readSavedText', () => {
  it('reads a file that holds text at once', async () => {
    expect(await readSavedText(deckFile('# One\n'), PATIENT)).toBe('# One\n');
  });

  it('reads the write that follows a truncation when the file keeps its modification time', async () => {
    const file = deckFile('# One\n');
    // A whole second, which the file's time holds exactly: set again after the write, it reads back the same.
    const tick = new Date('2026-01-01T00:00:00Z');
    truncateSync(file, 0);
    utimesSync(file, tick, tick);
    const reading = readSavedText(file, PATIENT);
    setTimeout(() => {
      // The save's write, inside the same tick of the file-time clock: the time it leaves is the truncation's.
      writeFileSync(file, '# Two\n');
      utimesSync(file, tick, tick);
    }, 20);
    expect(await reading).toBe('# Two\n');
  }, SOON);

  it('reads the write that follows a truncation when only the modification time moves', async () => {
    const file = deckFile('');
    const reading = readSavedText(file, PATIENT);
    setTimeout(() => {
      writeFileSync(file, '# Two\n');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
    }, 20);
    expect(await reading).toBe('# Two\n');
  }, SOON);

  it('gives an empty file as empty once the wait is over', async () => {
    expect(await readSavedText(deckFile(''), { everyMs: 1, forMs: 30 })).toBe('');
  });

  it('never opens a named pipe', async () => {
    const pipe = path.join(tempTree('read-saved-pipe', {}), 'deck.md');
    execFileSync('mkfifo', [pipe]);
    expect(await readSavedText(pipe, PATIENT)).toBeUndefined();
  });
});
