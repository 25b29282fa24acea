// Vite's watcher reports a file's change at most once in 50 ms and drops the rest: a changed deck file is read again once that window is over, and a change it dropped is reported.

import { readFile } from 'node:fs/promises';

/**
 * How long after reporting a file's change Vite's watcher (chokidar) drops its further changes, without reporting
 * them later: a second save in that time would leave the open page on the first.
 */
export const WATCHER_CHANGE_WINDOW_MS = 50;

/** A file is read again no sooner than this after its change was reported: the watcher's window, and a margin past it. */
const LOOK_AGAIN_MS = WATCHER_CHANGE_WINDOW_MS + 10;

export interface MissedChanges {
  /**
   * Call when the watcher reports that `file` changed: notes its bytes, then runs `recompile` (which reads the file
   * afresh). Once that is done and the watcher's window is over, the file is read again: `onMissed` is told if it differs.
   */
  changed(file: string, recompile: () => Promise<void>): Promise<void>;
  close(): void;
}

export function watchForMissedChanges(onMissed: (file: string) => void, lookAgainMs = LOOK_AGAIN_MS): MissedChanges {
  /** Each file's latest report: an earlier one's look is left to it (its recompile read the file later). */
  const latest = new Map<string, symbol>();
  const timers = new Set<NodeJS.Timeout>();
  const bytesOf = (file: string): Promise<Buffer | undefined> => readFile(file).catch(() => undefined);
  const windowOver = (): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, lookAgainMs);
      timer.unref();
      timers.add(timer);
    });

  return {
    async changed(file, recompile) {
      const report = Symbol(file);
      latest.set(file, report);
      const noted = await bytesOf(file);
      const waited = windowOver();
      try {
        await recompile();
      } finally {
        void waited.then(async () => {
          if (latest.get(file) !== report) return;
          latest.delete(file);
          const now = await bytesOf(file);
          // A file gone by then is the watcher's to report (an unlink has no window).
          if (now !== undefined && (noted === undefined || !now.equals(noted))) onMissed(file);
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
