// Names the kit code that is running, so results it cached on disk are reused only by the very same code.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIT_ROOT } from './kit-root.js';

/**
 * The compiled module's path, size and modification time (every build of the CLI writes its files afresh) and the
 * kit's version (an installed package's files all carry one fixed time). Undefined when running from the TypeScript
 * sources: an edit to any of them would change the results, and nothing stamps them.
 */
export function runningCodeIdentity(moduleUrl: string = import.meta.url): string | undefined {
  if (!moduleUrl.startsWith('file:')) return undefined;
  const file = fileURLToPath(moduleUrl);
  if (file.endsWith('.ts')) return undefined;
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return undefined;
  return [kitVersion(), file, info.size, info.mtimeMs].join('\0');
}

function kitVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(KIT_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  } catch {
    return '';
  }
}
