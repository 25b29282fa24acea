// Results of slow pure steps kept on disk between runs: one JSON file per result, named by a hash of the step's inputs and of the code that made it.

import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How many results of one step stay on disk: the newest, so the cache follows the decks in use. */
const KEPT_PER_STEP = 16;

export interface StepCache {
  /** The result stored for `key`, or undefined (none, or unreadable: the step then runs). */
  read(key: string): unknown;
  /** Stores a result; a cache that cannot be written is no failure (the step just runs again next time). */
  write(key: string, value: unknown): void;
}

/**
 * `dir/step/` holds the results; `code` names the code that computes them (see `runningCodeIdentity`), so results
 * of an older kit are never read. Files are written whole (a temporary file renamed), so a reader never sees half of one.
 */
export function stepCache(dir: string, step: string, code: string): StepCache {
  const folder = path.join(dir, step);
  const fileFor = (key: string): string => path.join(folder, `${createHash('sha256').update(`${code}\0${key}`).digest('hex').slice(0, 32)}.json`);
  return {
    read(key) {
      try {
        return (JSON.parse(readFileSync(fileFor(key), 'utf8')) as { value: unknown }).value;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      const target = fileFor(key);
      const temporary = `${target}.${process.pid}.${randomUUID()}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temporary, JSON.stringify({ value }));
        renameSync(temporary, target);
        keepNewest(folder, KEPT_PER_STEP);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // The folder itself is unusable: nothing was written.
        }
      }
    },
  };
}

function keepNewest(folder: string, count: number): void {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).map((name) => {
    const file = path.join(folder, name);
    return { file, time: statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0 };
  });
  for (const old of files.sort((a, b) => b.time - a.time).slice(count)) rmSync(old.file, { force: true });
}
