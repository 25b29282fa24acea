// A lock on one output path shared by processes and by runs in one process, so concurrent builds swap their results in one at a time.

import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';

/** A lock older than this is left over from a process that died: it is taken over. */
const STALE_MS = 120_000;
const RETRY_MS = 40;

/** Runs `work` holding the lock `<target>.lock` (a folder: creating one is atomic); waits up to `timeoutMs` for it. */
export async function withPathLock<T>(target: string, work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const lock = `${target}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > STALE_MS) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${target} is being written by another briefdeck run (lock ${lock}); wait for it, or remove the lock folder if no run is going`, { cause: error });
      else await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** A name beside `target` no other run uses: `<target>.<what>-<pid>-<random>`. */
export function uniqueSibling(target: string, what: string): string {
  return `${target}.${what}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
