// Whether a path stays inside a folder, decided on the resolved path (symlinks followed), so a link cannot lead out of it.

import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Textual containment: `target` is `root` itself (when `allowSame`) or below it. Separator-aware, so `dist-x` is not inside `dist`. */
export function isInsideFolder(target: string, root: string, allowSame = false): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  if (relative === '') return allowSame;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

export type Containment =
  /** The path exists and, with every symlink resolved, is inside the folder; `real` is the resolved path. */
  | { kind: 'inside'; real: string }
  /** The path, as written or once resolved, is outside the folder. */
  | { kind: 'outside' }
  /** Written inside the folder, but nothing is there (or a link leads nowhere). */
  | { kind: 'missing' };

/** Where `target` really is relative to `root`: checked on the text first, then on the resolved path. Synchronous, as the file reader. */
export function resolveInside(target: string, root: string, allowSame = false): Containment {
  if (!isInsideFolder(target, root, allowSame)) return { kind: 'outside' };
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = path.resolve(root);
  }
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return { kind: 'missing' };
  }
  return isInsideFolder(real, realRoot, allowSame) ? { kind: 'inside', real } : { kind: 'outside' };
}
