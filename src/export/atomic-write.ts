// Writes export output so a failure never leaves a partial file: a temporary file next to the target, then a rename; a full or
// read-only disk is reported against the target, never the temporary file.

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asOutputWriteError } from '../io/fs-errors.js';

function partialName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Writes `data` to a temporary file beside `target`, runs `check` on that file (if given), and only then
 * renames it over `target`. On any failure the temporary file is removed and `target` is left as it was.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, check?: (tempFile: string) => Promise<void>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true }).catch((error: unknown) => {
    throw asOutputWriteError(error, target);
  });
  const temp = partialName(target);
  try {
    await writeFile(temp, data).catch((error: unknown) => {
      throw asOutputWriteError(error, target);
    });
    if (check) await check(temp);
    await rename(temp, target).catch((error: unknown) => {
      throw asOutputWriteError(error, target);
    });
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A folder of files written one by one, moved into place together by `commit`, or thrown away by `discard`. */
export interface StagedFolder {
  /** The temporary folder to write into. */
  dir: string;
  /** Writes one file of the folder into the staging folder. */
  writeFile(name: string, data: Uint8Array): Promise<void>;
  /** Moves every staged file into the target folder (replacing files of the same name) and returns their paths. */
  commit(): Promise<string[]>;
  discard(): Promise<void>;
}

/** Stages files for `targetDir` in a temporary sibling folder (same file system, so moving them is a rename). */
export async function stageFolder(targetDir: string): Promise<StagedFolder> {
  const target = path.resolve(targetDir);
  const dir = partialName(target);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw asOutputWriteError(error, target);
  });
  const discard = (): Promise<void> => rm(dir, { recursive: true, force: true });
  return {
    dir,
    discard,
    writeFile: (name, data) =>
      writeFile(path.join(dir, name), data).catch((error: unknown) => {
        throw asOutputWriteError(error, target);
      }),
    async commit() {
      try {
        await mkdir(target, { recursive: true });
        const names = (await readdir(dir)).sort();
        for (const name of names) await rename(path.join(dir, name), path.join(target, name));
        return names.map((name) => path.join(target, name));
      } catch (error) {
        throw asOutputWriteError(error, target);
      } finally {
        await discard();
      }
    },
  };
}
