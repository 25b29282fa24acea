// Turns deck diagnostics into Vite's error overlay payload and into a build error message.

import path from 'node:path';
import type { ErrorPayload } from 'vite';
import { formatDiagnostic, formatLocation, type Diagnostic } from '../model/diagnostic.js';

export function overlayPayload(diagnostics: readonly Diagnostic[], root: string): ErrorPayload {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0]!;
  return {
    type: 'error',
    err: {
      message: `${formatLocation(first)} ${first.message}\n→ ${first.hint}${errors.length > 1 ? `\n(and ${errors.length - 1} more: ${errors.slice(1).map(formatLocation).join(', ')})` : ''}`,
      stack: '',
      id: path.resolve(root, first.file),
      plugin: 'briefdeck',
      ...(first.line > 0 ? { loc: { file: path.resolve(root, first.file), line: first.line, column: Math.max(first.column, 1) } } : {}),
    },
  };
}

/** Thrown by the plugin when a production build meets deck errors; the CLI prints `diagnostics`. */
export class DeckBuildError extends Error {
  override name = 'DeckBuildError';
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n'));
  }
}
/** Vite and its bundler may wrap plugin errors; look through `cause` and `errors` for ours. */
export function findDeckBuildError(error: unknown, depth = 0): DeckBuildError | undefined {
  if (error instanceof DeckBuildError) return error;
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const candidates = [(error as { cause?: unknown }).cause, ...((error as { errors?: unknown[] }).errors ?? [])];
  for (const candidate of candidates) {
    const found = findDeckBuildError(candidate, depth + 1);
    if (found) return found;
  }
  return undefined;
}
