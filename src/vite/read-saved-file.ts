// A deck file as an editor's save leaves it, read for a hot update: only a regular file, and one seen empty is read again once its write lands.

import { stat } from 'node:fs/promises';
import { readRegularFile } from '../io/read-regular-file.js';

/** How a file seen empty is watched for the write that follows its truncation: looked at every `everyMs`, for at most `forMs`. */
export interface SettleTiming {
  everyMs: number;
  forMs: number;
}

/**
 * A save that truncates and then writes lands within a few milliseconds, often inside one tick of the file-time
 * clock (its modification time then does not move): the file is looked at often, and its size counts as much as its time.
 */
export const SAVE_SETTLE: SettleTiming = { everyMs: 2, forMs: 100 };

/**
 * The file's text (UTF-8, as Vite's reader decodes it), or undefined when it is not a regular file or is gone: a named
 * pipe or a device is never read (the open would wait for a writer for ever, a thread held even once the pipe is
 * removed); the recompile that follows says what is wrong with it. A file seen empty — a save that truncates before
 * it writes — is read again as soon as it holds bytes or its modification time moves, or once `settle.forMs` is over
 * (a file saved empty).
 */
export async function readSavedText(file: string, settle: SettleTiming = SAVE_SETTLE): Promise<string | undefined> {
  const first = readRegularFile(file);
  if (!first.ok) return undefined;
  if (first.bytes.length > 0) return first.bytes.toString('utf8');
  const seen = await look(file);
  const until = Date.now() + settle.forMs;
  while (seen !== undefined && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, settle.everyMs));
    const now = await look(file);
    if (now === undefined || now.size > 0 || now.mtimeMs !== seen.mtimeMs) break;
  }
  const again = readRegularFile(file);
  return again.ok ? again.bytes.toString('utf8') : undefined;
}

/** `stat` follows the name without opening it: it never waits on a pipe. */
function look(file: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  return stat(file).then((s) => ({ size: s.size, mtimeMs: s.mtimeMs }), () => undefined);
}
