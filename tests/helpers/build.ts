// Builds a fixture deck into a temporary folder once per test file; temporary folders are removed after the file's tests.

import path from 'node:path';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { tempDir } from './temp-dir.js';

export { removeTempDirs, tempDir, tempTree } from './temp-dir.js';

export const FIXTURE_DECKS = path.resolve(import.meta.dirname, '../fixtures/decks');

export async function buildFixture(name: string, outDir = path.join(tempDir(name), 'dist')): Promise<string> {
  return buildDeckAt(path.join(FIXTURE_DECKS, name), outDir);
}

/** Builds the deck in `deckDir` (from the kit's folder) into `outDir`, with relative asset paths. */
export async function buildDeckAt(deckDir: string, outDir: string): Promise<string> {
  // Loaded on first build: Vite and the build take most of a second to import, and most files that use these helpers never build.
  const { buildDeck } = await import('../../src/site/build-deck.js');
  await buildDeck({ cwd: KIT_ROOT, deckDir, outDir, base: './' });
  return outDir;
}
