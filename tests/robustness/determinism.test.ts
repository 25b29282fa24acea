// Determinism: building the same deck again gives byte-identical output, whether diagrams come from the cache or are drawn anew.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';

const DECK = path.join(FIXTURE_DECKS, 'determinism');

/** Every file of a build, relative path → SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) files[entry] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return files;
}

/** A Vite logger that keeps the lines (the diagram renderer reports what it rendered and what came from the cache). */
function recordingLogger(lines: string[]): Logger {
  const keep = (message: string): void => {
    lines.push(message);
  };
  return { info: keep, warn: keep, warnOnce: keep, error: keep, clearScreen: () => undefined, hasErrorLogged: () => false, hasWarned: false };
}

describe('deterministic builds', () => {
  const root = tempDir('determinism');
  const builds: Record<'cold' | 'cached' | 'coldAgain', { files: Record<string, string>; log: string[] }> = {
    cold: { files: {}, log: [] },
    cached: { files: {}, log: [] },
    coldAgain: { files: {}, log: [] },
  };

  beforeAll(async () => {
    const runs = [['cold', 'cache-1'], ['cached', 'cache-1'], ['coldAgain', 'cache-2']] as const;
    for (const [name, cache] of runs) {
      const outDir = path.join(root, name);
      await buildDeck({ cwd: KIT_ROOT, deckDir: DECK, outDir, logger: recordingLogger(builds[name].log), overrides: { diagrams: { cacheDir: path.join(root, cache) } } });
      builds[name].files = digest(outDir);
    }
  }, 180_000);

  it('draws the diagrams the first time and reads them from the cache the second time', () => {
    const summary = (log: string[]): string[] => log.filter((line) => line.startsWith('diagrams:')).map((line) => line.replace(/ \(\d+ ms\)$/, ''));
    expect(summary(builds.cold.log)[0]).toMatch(/^diagrams: 2 rendered, 0 from cache, browser launched/);
    expect(summary(builds.cached.log).every((line) => line.startsWith('diagrams: 0 rendered'))).toBe(true);
    expect(summary(builds.coldAgain.log)[0]).toMatch(/^diagrams: 2 rendered, 0 from cache/);
  });

  it('writes the deck, briefing and remix pages with their assets', () => {
    const names = Object.keys(builds.cold.files);
    expect(names).toEqual(expect.arrayContaining(['index.html', 'briefings/short/index.html', 'remix/index.html']));
    expect(names.some((name) => name.startsWith('assets/') && name.endsWith('.js'))).toBe(true);
  });

  it('gives byte-identical output with diagrams from the cache', () => {
    expect(builds.cached.files).toEqual(builds.cold.files);
  });

  it('gives byte-identical output with diagrams drawn again from a cold cache', () => {
    expect(builds.coldAgain.files).toEqual(builds.cold.files);
  });
});
