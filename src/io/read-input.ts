// Reads one input file of a deck (slides, manifest, article, extra slides): inside the project once resolved, a regular file, under the size cap.

import type { Diagnostic } from '../model/diagnostic.js';
import { resolveInside } from './contained-path.js';
import { readRegularFile } from './read-regular-file.js';

export type InputRead = { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

export interface InputRequest {
  /** The file as named (absolute). */
  file: string;
  /** It must resolve inside this folder. */
  projectRoot: string;
  /** Where a problem is reported: the file itself, or the line that names it. */
  at: { file: string; line: number };
  /** How the file is named in messages, e.g. `"../x.md"` or `slides/deck.md`. */
  shown: string;
  /** What the file is, e.g. "Markdown file", "source article". */
  what: string;
}

/** Reads `request.file` or says, at `request.at`, why it cannot be used. */
export function readInput(request: InputRequest): InputRead {
  const { at, shown, what } = request;
  const problem = (code: string, message: string, hint: string): InputRead => refusedAt(at, code, message, hint);
  const place = resolveInside(request.file, request.projectRoot);
  if (place.kind === 'outside') {
    return problem('outside-project', `${shown} is outside the project (the path, or a symlink on it, leads out of the project folder)`, 'use files inside the project folder; copy the file in instead of linking to it');
  }
  if (place.kind === 'missing') return problem('missing-file', `the ${what} ${shown} does not exist`, 'check the path (a symlink must point at an existing file)');
  return readRegularInput({ ...request, file: place.real });
}

/** Reads `request.file` wherever it is (no project to stay inside: a project's own config), or says why it cannot be used. */
export function readRegularInput(request: Omit<InputRequest, 'projectRoot'>): InputRead {
  const { at, shown, what } = request;
  const read = readRegularFile(request.file);
  if (read.ok) return read;
  const hint = read.failure === 'too-large' ? 'split it into smaller files' : read.failure === 'unreadable' ? 'check the file’s permissions' : `replace it with a regular ${what}`;
  return refusedAt(at, read.failure === 'missing' ? 'missing-file' : 'not-a-file', `the ${what} ${shown} cannot be used: ${read.detail}`, hint);
}

function refusedAt(at: InputRequest['at'], code: string, message: string, hint: string): InputRead {
  return { ok: false, diagnostic: { severity: 'error', code, file: at.file, line: at.line, column: 0, message, hint } };
}

/** `readInput` for a file reported where it is (its own path, line 0). */
export function readInputFile(file: string, projectRoot: string, shown: string, what: string): InputRead {
  return readInput({ file, projectRoot, at: { file: shown, line: 0 }, shown, what });
}
