// The folder holding the kit's own files (index.html, themes/, src/client/), found from this module upwards.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const KIT_ROOT = findKitRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Works from the sources and from the compiled CLI (which lives under node_modules/.cache). */
function findKitRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'index.html')) && readPackageName(path.join(dir, 'package.json')) === 'briefdeck') return dir;
    if (path.dirname(dir) === dir) throw new Error(`briefdeck cannot find its own folder above ${start}`);
  }
}

function readPackageName(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
