// Vite's watcher reports a file's change at most once in 50 ms and drops the rest: a changed deck file is read again once that window is over, and a change it dropped is reported.

import { stat } from 'node:fs/promises';
import { readRegularFile } from '../io/read-regular-file.js';

/**
 * How long after reporting a file's change Vite's watcher (chokidar) drops its further changes, without reporting
 * them later: a second save in that time would leave the open page on the first.
 */
export const WATCHER_CHANGE_WINDOW_MS = 50;

export interface MissedChanges {
  /**
   * Call from the watcher's own `change` listener: the watcher's window for `file` starts as it reports, and a timer
   * started then, of the same length, ends just after it.
   */
  reported(file: string): void;
  /**
   * Call before the recompile a reported change leads to: notes the file's bytes, then runs `recompile` (which reads
   * the file afresh). Once that is done and the window is over, the file is read again: `onMissed` is told if it
   * differs by a save made inside the window (a later save is the watcher's to report).
   * `read`: the file's text as read since the report (Vite's reader), noted instead of reading the file once more.
   */
  changed(file: string, recompile: () => Promise<void>, read?: string): Promise<void>;
  close(): void;
}

/** One reported change: resolves with the clock's time once the watcher's window is over. */
interface Report {
  windowOver: Promise<number>;
}

export function watchForMissedChanges(onMissed: (file: string) => void, windowMs = WATCHER_CHANGE_WINDOW_MS): MissedChanges {
  /** Each file's latest report: an earlier one's look is left to it (its recompile reads the file later). */
  const latest = new Map<string, Report>();
  const timers = new Set<NodeJS.Timeout>();
  /** Only a regular file is read (a named pipe would hold the read for ever); anything else counts as gone. */
  const bytesOf = (file: string): Buffer | undefined => {
    const read = readRegularFile(file);
    return read.ok ? read.bytes : undefined;
  };
  const report = (file: string): Report => {
    const windowOver = new Promise<number>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(Date.now());
      }, windowMs);
      timer.unref();
      timers.add(timer);
    });
    const made = { windowOver };
    latest.set(file, made);
    return made;
  };
  /** Whether `file` holds a save the watcher dropped: it differs from `noted`, and was last written before the window was over. */
  const dropped = async (file: string, noted: Buffer | string | undefined, windowOver: number): Promise<boolean> => {
    const now = bytesOf(file);
    // A file gone by then is the watcher's to report (an unlink has no window).
    if (now === undefined || (noted !== undefined && sameContent(now, noted))) return false;
    // File times lag the clock (never lead it): one past the window's end, with the clock's rounding, is a save after it.
    const written = await stat(file).then((s) => s.mtimeMs, () => undefined);
    return written === undefined || written <= windowOver + 1;
  };

  return {
    reported(file) {
      report(file);
    },
    async changed(file, recompile, read) {
      const current = latest.get(file) ?? report(file);
      const noted = read ?? bytesOf(file);
      try {
        await recompile();
      } finally {
        void current.windowOver.then(async (windowOver) => {
          if (latest.get(file) !== current) return;
          latest.delete(file);
          if (await dropped(file, noted, windowOver)) onMissed(file);
        });
      }
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      latest.clear();
    },
  };
}

/** Text is compared as decoded the way it was read (UTF-8, a bad sequence replaced), bytes as bytes. */
function sameContent(now: Buffer, noted: Buffer | string): boolean {
  return typeof noted === 'string' ? now.toString('utf8') === noted : now.equals(noted);
}
