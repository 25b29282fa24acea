// Runs `briefdeck check` in-process on a generated deck: written to a temporary folder that is always removed.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkDeck } from '../../src/check/check-deck.js';
import { formatDiagnostic, type Diagnostic } from '../../src/model/diagnostic.js';

export interface DeckCheck {
  errors: number;
  warnings: number;
  /** The diagnostics as terminal lines, paths relative to the deck folder. */
  lines: string[];
  diagnostics: Diagnostic[];
}

/** `articlePath` is the deck-relative path the headmatter's `article:` names (e.g. `source/x.txt`). */
export async function checkGeneratedDeck(files: readonly { name: string; text: string }[], articlePath: string, articleBytes: Uint8Array): Promise<DeckCheck> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefdeck-eval-'));
  try {
    for (const f of files) await writeFile(path.join(dir, f.name), f.text);
    const article = path.join(dir, articlePath);
    await mkdir(path.dirname(article), { recursive: true });
    await writeFile(article, articleBytes);
    const report = await checkDeck(dir, dir);
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    return { errors, warnings: report.diagnostics.length - errors, lines: report.diagnostics.map(formatDiagnostic), diagnostics: report.diagnostics };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
