// A deck file as an editor's save leaves it, read for a hot update: only a regular file, and one seen empty is read again once its write lands.

import { stat } from 'node:fs/promises';
import { readRegularFile } from '../io/read-regular-file.js';

/** How often, and how many times, a file seen empty is looked at again for the write that follows its truncation (as Vite's own reader does). */
const SETTLE = { everyMs: 10, times: 10 } as const;

/**
 * The file's text (UTF-8, as Vite's reader decodes it), or undefined when it is not a regular file or is gone: a named
 * pipe or a device is never read (the open would wait for a writer for ever, a thread held even once the pipe is
 * removed); the recompile that follows says what is wrong with it. A file seen empty — a save that truncates before
 * it writes — is read again once its modification time moves, or after 100 ms.
 */
export async function readSavedText(file: string): Promise<string | undefined> {
  const first = await readRegularFile(file);
  if (!first.ok) return undefined;
  if (first.bytes.length > 0) return first.bytes.toString('utf8');
  const written = await modifiedAt(file);
  for (let look = 0; look < SETTLE.times; look++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE.everyMs));
    if ((await modifiedAt(file)) !== written) break;
  }
  const again = await readRegularFile(file);
  return again.ok ? again.bytes.toString('utf8') : undefined;
}

/** `stat` follows the name without opening it: it never waits on a pipe. */
function modifiedAt(file: string): Promise<number | undefined> {
  return stat(file).then((s) => s.mtimeMs, () => undefined);
}
