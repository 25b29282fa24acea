// A deck file read again after the watcher's window: a save the watcher dropped is told once; an unchanged file, or a save after the window, never.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchForMissedChanges } from '../../src/vite/missed-changes.js';
import { tempTree } from '../helpers/temp-dir.js';

const WINDOW_MS = 20;
/**
 * A window no pause of a busy machine outlasts: the save a test makes inside it (after the file is noted and read)
 * stays inside it. With the short window, a loaded machine could push that save past the window's end, where it is
 * rightly left to the watcher.
 */
const LONG_WINDOW_MS = 1000;
/** Long enough for a look after the window to have read the file, on an idle machine. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, WINDOW_MS * 10));

/** Resolves once `missed` holds something (a busy machine may take longer than `settle`); fails 5 s after the window. */
async function toldOf(missed: readonly string[], windowMs = WINDOW_MS): Promise<void> {
  const deadline = Date.now() + windowMs + 5000;
  while (missed.length === 0) {
    if (Date.now() > deadline) throw new Error('no missed change was told within 5 s');
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
  }
}

/** A deck file, and a watch for its missed changes that records what it tells. */
function watched(windowMs = WINDOW_MS) {
  const file = path.join(tempTree('missed-changes', { 'deck.md': '# One\n' }), 'deck.md');
  const missed: string[] = [];
  return { file, missed, changes: watchForMissedChanges((f) => missed.push(f), windowMs) };
}

describe('watchForMissedChanges', () => {
  it('tells of a save made after the recompile read the file, once', async () => {
    const { file, missed, changes } = watched(LONG_WINDOW_MS);
    await changes.changed(file, async () => writeFileSync(file, '# Two\n'));
    expect(missed).toEqual([]);
    await toldOf(missed, LONG_WINDOW_MS);
    await settle();
    expect(missed).toEqual([file]);
  });

  it('tells nothing when the file is as it was when the change was reported', async () => {
    const { file, missed, changes } = watched();
    await changes.changed(file, async () => undefined);
    await settle();
    expect(missed).toEqual([]);
  });

  it('leaves a save made after the window to the watcher, which reports it', async () => {
    const { file, missed, changes } = watched();
    changes.reported(file);
    await changes.changed(file, async () => {
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS * 10));
      writeFileSync(file, '# Two\n');
    });
    await settle();
    expect(missed).toEqual([]);
  });

  it('leaves an earlier report to the later one, whose recompile read the file after it', async () => {
    const { file, missed, changes } = watched();
    // The watcher reports the file again while the first report's recompile runs.
    await changes.changed(file, async () => {
      writeFileSync(file, '# Two\n');
      changes.reported(file);
      await changes.changed(file, async () => undefined);
    });
    await settle();
    expect(missed).toEqual([]);
  });

  it('compares against the text it was given as read since the report, without reading the file first', async () => {
    const { file, missed, changes } = watched();
    // The watcher's reader saw '# Zero': the file now holding another text (saved inside the window) was missed.
    await changes.changed(file, async () => undefined, '# Zero\n');
    await toldOf(missed);
    expect(missed).toEqual([file]);
  });

  it('tells nothing when the file still holds the text it was given', async () => {
    const { file, missed, changes } = watched();
    await changes.changed(file, async () => undefined, '# One\n');
    await settle();
    expect(missed).toEqual([]);
  });

  it('looks no more once closed', async () => {
    const { file, missed, changes } = watched();
    await changes.changed(file, async () => writeFileSync(file, '# Two\n'));
    changes.close();
    await settle();
    expect(missed).toEqual([]);
  });
});
