// Reads the unicode ranges of fontsource's Source Sans 3 latin and latin-ext files from the package's own CSS.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontsourceRanges } from './font-faces.js';
import { parseUnicodeRange, type CodePointRanges } from './unicode-range.js';

export function fontsourcePackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/LICENSE'));
}

export function readFontsourceRanges(packageDir = fontsourcePackageDir()): FontsourceRanges {
  const css = readFileSync(path.join(packageDir, '400.css'), 'utf8');
  const rangeOf = (subset: string): CodePointRanges => {
    const match = new RegExp(`source-sans-3-${subset}-400-normal \\*/\\s*@font-face\\s*{[^}]*unicode-range:\\s*([^;]+);`).exec(css);
    if (!match) throw new Error(`@fontsource/source-sans-3/400.css has no unicode-range for the ${subset} subset`);
    return parseUnicodeRange(match[1]!);
  };
  return { latin: rangeOf('latin'), latinExt: rangeOf('latin-ext') };
}
