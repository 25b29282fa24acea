// Makes the deck font's small core files (ASCII and common punctuation) from fontsource's latin files, and the
// @font-face CSS that pairs them with the full files. Used by scripts/subset-fonts.ts and its test (subset-font is a dev dependency).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { CORE_FEATURES, CORE_RANGES, FONT_WEIGHTS, coreFontFile, fontFacesCss, type FontWeight } from '../../src/theme/font-faces.js';
import { fontsourcePackageDir, readFontsourceRanges } from '../../src/theme/fontsource-ranges.js';
import { rangesToText } from '../../src/theme/unicode-range.js';

export interface CoreFonts {
  /** File name (e.g. `source-sans-3-core-400.woff2`) → woff2 bytes. */
  files: Map<string, Buffer>;
  /** The contents of themes/shared/fonts.css. */
  css: string;
}

export async function makeCoreFonts(packageDir = fontsourcePackageDir()): Promise<CoreFonts> {
  const files = new Map<string, Buffer>();
  for (const weight of FONT_WEIGHTS) {
    const source = await readFile(path.join(packageDir, 'files', fontsourceFile('latin', weight)));
    files.set(coreFontFile(weight), await subsetFont(source, rangesToText(CORE_RANGES), { targetFormat: 'woff2', keepFeatures: [...CORE_FEATURES] }));
  }
  const css = fontFacesCss(readFontsourceRanges(packageDir), {
    core: (weight) => `../fonts/${coreFontFile(weight)}`,
    fontsource: (subset, weight) => `@fontsource/source-sans-3/files/${fontsourceFile(subset, weight)}`,
  });
  return { files, css };
}

function fontsourceFile(subset: 'latin' | 'latin-ext', weight: FontWeight): string {
  return `source-sans-3-${subset}-${weight}-normal.woff2`;
}
