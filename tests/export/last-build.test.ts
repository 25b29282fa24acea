// The builds exports keep: one folder per working folder and deck, the least recently used removed once unused for a while.

import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_USE_MS, KEPT_BUILDS, lastBuildFolder, pruneBuilds, touchBuild } from '../../src/export/last-build.js';
import { BUILD_STAMP_FILE } from '../../src/site/build-stamp.js';
import { tempDir } from '../helpers/build.js';

/** A kept build whose stamp was last used `ageMs` before `now`. */
function keptBuild(parent: string, name: string, now: number, ageMs: number): string {
  const folder = path.join(parent, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, BUILD_STAMP_FILE), 'f'.repeat(64));
  const used = new Date(now - ageMs);
  utimesSync(path.join(folder, BUILD_STAMP_FILE), used, used);
  return folder;
}

describe('lastBuildFolder', () => {
  it('names one folder per working folder and deck, in the project\'s cache when it has node_modules', () => {
    const root = tempDir('last-build');
    mkdirSync(path.join(root, 'node_modules'));
    const a = lastBuildFolder(root, root, path.join(root, 'slides'));
    expect(path.dirname(a)).toBe(path.join(root, 'node_modules', '.cache', 'briefdeck', 'exports'));
    expect(path.basename(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(lastBuildFolder(root, root, path.join(root, 'slides'))).toBe(a);
    expect(lastBuildFolder(root, root, path.join(root, 'other'))).not.toBe(a);
    expect(lastBuildFolder(root, path.join(root, 'sub'), path.join(root, 'slides'))).not.toBe(a);
  });
});

describe('pruneBuilds', () => {
  it('keeps the most recently used builds, the current one and any used lately, and removes the rest', async () => {
    const parent = path.join(tempDir('prune'), 'exports');
    const now = Date.now();
    const hour = 3_600_000;
    // KEPT_BUILDS + 3 old builds, oldest last; the current one is the oldest of all.
    const old = Array.from({ length: KEPT_BUILDS + 3 }, (_, index) => keptBuild(parent, index.toString(16).padStart(16, '0'), now, hour * (index + 1)));
    const current = keptBuild(parent, 'c'.repeat(16), now, hour * 100);
    const lately = keptBuild(parent, 'e'.repeat(16), now, IN_USE_MS / 2);
    const other = path.join(parent, 'not-a-build');
    mkdirSync(other);

    const removed = await pruneBuilds(current, now);
    expect(removed.sort()).toEqual(old.slice(KEPT_BUILDS - 1).sort());
    for (const folder of [...old.slice(0, KEPT_BUILDS - 1), current, other]) expect(existsSync(folder), folder).toBe(true);
    expect(existsSync(lately)).toBe(true);
    for (const folder of removed) expect(existsSync(folder)).toBe(false);
  });

  it('counts a touched build as just used', async () => {
    const parent = path.join(tempDir('prune-touch'), 'exports');
    const now = Date.now();
    const builds = Array.from({ length: KEPT_BUILDS + 1 }, (_, index) => keptBuild(parent, index.toString(16).padStart(16, '0'), now, 3_600_000 * (index + 1)));
    await touchBuild(builds.at(-1)!, new Date(now));
    expect(await pruneBuilds(builds[0]!, now)).toEqual([builds.at(-2)]);
  });
});
