// Builds a fixture deck into a temporary folder once per test file; temporary folders are removed after the file's tests.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDeck } from '../../src/site/build-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';

export const FIXTURE_DECKS = path.resolve(import.meta.dirname, '../fixtures/decks');

/** Folders made by `tempDir` in this test file, removed by `removeTempDirs` (tests/helpers/temp-cleanup.ts runs it). */
const made = new Set<string>();

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `briefdeck-${prefix}-`));
  made.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

/** A temporary folder holding `files` (relative path → text); the caller removes it. */
export function tempTree(prefix: string, files: Record<string, string>): string {
  const root = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

export async function buildFixture(name: string, outDir = path.join(tempDir(name), 'dist')): Promise<string> {
  return buildDeckAt(path.join(FIXTURE_DECKS, name), outDir);
}

/** Builds the deck in `deckDir` (from the kit's folder) into `outDir`, with relative asset paths. */
export async function buildDeckAt(deckDir: string, outDir: string): Promise<string> {
  await buildDeck({ cwd: KIT_ROOT, deckDir, outDir, base: './' });
  return outDir;
}
