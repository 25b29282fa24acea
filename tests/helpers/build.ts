// Builds a fixture deck once per test run (shared by the files that ask) or into a folder of the caller's; temporary folders are removed after the file's tests.

import path from 'node:path';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { sharedBuild } from './shared-build.js';

export { removeTempDirs, tempDir, tempTree } from './temp-dir.js';

export const FIXTURE_DECKS = path.resolve(import.meta.dirname, '../fixtures/decks');

/** The fixture deck `name` built once per test run, shared by every file that asks: read it, never write into it. */
export async function buildFixture(name: string): Promise<string> {
  return sharedBuild(`fixture-${name}`, (work) => buildDeckAt(path.join(FIXTURE_DECKS, name), path.join(work, 'dist')));
}

/** Builds the deck in `deckDir` (from the kit's folder) into `outDir`, with relative asset paths. */
export async function buildDeckAt(deckDir: string, outDir: string): Promise<string> {
  // Loaded on first build: Vite and the build take most of a second to import, and most files that use these helpers never build.
  const { buildDeck } = await import('../../src/site/build-deck.js');
  await buildDeck({ cwd: KIT_ROOT, deckDir, outDir, base: './' });
  return outDir;
}
