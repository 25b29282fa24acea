// A lockfile for a fresh project that installs the packed kit from the npm cache alone: the kit's own resolved dependency tree.

import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LockPackage {
  dev?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  name: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockPackage>;
}

/**
 * `npm ci` fills the cache with tarballs but not with registry metadata, so `npm install --offline`
 * could not choose versions. Given the versions the kit's lockfile already chose (its runtime
 * dependencies, at the same places in node_modules), npm needs only the cached tarballs.
 */
export function offlineLockfile(kitRoot: string, projectName: string): string {
  const kit = JSON.parse(readFileSync(path.join(kitRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  const packages: Record<string, LockPackage> = { '': { name: projectName } };
  for (const [place, entry] of Object.entries(kit.packages)) {
    if (place === '' || entry.dev) continue;
    // In the new project the kit is a dev dependency, and so is everything it brings.
    packages[place] = { ...entry, dev: true };
  }
  return `${JSON.stringify({ name: projectName, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}
