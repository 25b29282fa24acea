// Every file below a folder with its bytes: to compare what a command left with what was there before.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir` by its relative path, with its bytes. */
export function fileTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}
