// Temporary folders for tests, removed when their test file is done (tests/helpers/temp-cleanup.ts); imports nothing heavy.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

/** A temporary folder holding `files` (relative path → text); removed with the others when the file is done. */
export function tempTree(prefix: string, files: Record<string, string>): string {
  const root = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}
