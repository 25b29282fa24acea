// The build an export keeps of each deck (in briefdeck's cache), so exporting the unchanged deck again serves it instead of building.

import { createHash } from 'node:crypto';
import { readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_STAMP_FILE } from '../site/build-stamp.js';
import { projectCacheDir } from '../vite/options.js';

/** How many decks' builds are kept; older ones go once they have not been used for a while. */
export const KEPT_BUILDS = 8;
/** A kept build used this recently may be serving another export right now: it is never removed. */
export const IN_USE_MS = 10 * 60_000;

/** Folder names of kept builds: a hash of the working folder and the deck (the build's pages name slide files from the one to the other). */
const BUILD_NAME = /^[0-9a-f]{16}$/;

/** Where exports keep their build of `deckDir` run from `cwd`, in the project's cache (`root`: the project folder). */
export function lastBuildFolder(root: string, cwd: string, deckDir: string): string {
  const key = createHash('sha256').update(JSON.stringify([path.resolve(cwd), path.resolve(deckDir)])).digest('hex').slice(0, 16);
  return path.join(projectCacheDir(root), 'exports', key);
}

/** Marks a kept build as just used (its stamp's modification time), so pruning keeps it. */
export async function touchBuild(folder: string, now = new Date()): Promise<void> {
  await utimes(path.join(folder, BUILD_STAMP_FILE), now, now).catch(() => undefined);
}

/**
 * Removes kept builds beyond the `KEPT_BUILDS` most recently used, except `keep` and any used within `IN_USE_MS`.
 * Returns the folders removed. Never throws: a cache that cannot be tidied is tidied next time.
 */
export async function pruneBuilds(keep: string, now = Date.now()): Promise<string[]> {
  const parent = path.dirname(keep);
  const names = await readdir(parent).catch(() => [] as string[]);
  const builds = await Promise.all(
    names.filter((name) => BUILD_NAME.test(name)).map(async (name) => {
      const folder = path.join(parent, name);
      const used = await stat(path.join(folder, BUILD_STAMP_FILE)).then((info) => info.mtimeMs, () => 0);
      return { folder, used };
    }),
  );
  const stale = builds
    .sort((a, b) => b.used - a.used)
    .slice(KEPT_BUILDS)
    .filter((build) => build.folder !== path.resolve(keep) && now - build.used > IN_USE_MS);
  await Promise.all(stale.map((build) => rm(build.folder, { recursive: true, force: true }).catch(() => undefined)));
  return stale.map((build) => build.folder);
}
