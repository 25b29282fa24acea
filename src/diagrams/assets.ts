// Where the files the render page needs live: mermaid's ESM build and the bundled font files.

import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { firstFontFamily, REVEAL_FONTS } from '../theme/reveal-themes.js';

export interface MermaidAssets {
  /** mermaid's `version` from its package.json (part of every cache key). */
  version: string;
  /** `node_modules/mermaid/dist`: holds the ESM entry and its `chunks/` folder. */
  distDir: string;
  /** The ESM entry, relative to `distDir`. */
  entry: string;
}

let located: Readonly<MermaidAssets> | undefined;

/** Locate mermaid's self-contained ESM build (`dist/mermaid.esm.min.mjs` + `dist/chunks/mermaid.esm.min/`), once per process. */
export function mermaidAssets(): Readonly<MermaidAssets> {
  located ??= Object.freeze(locateMermaidAssets());
  return located;
}

function locateMermaidAssets(): MermaidAssets {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve('mermaid/package.json');
  const packageJson: unknown = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  const version =
    typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson && typeof packageJson.version === 'string'
      ? packageJson.version
      : 'unknown';
  return { version, distDir: join(dirname(packageJsonPath), 'dist'), entry: 'mermaid.esm.min.mjs' };
}

/** The folder of `@fontsource/source-sans-3`'s woff/woff2 files. */
export function sourceSans3FilesDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/source-sans-3/LICENSE')), 'files');
}

/**
 * `@font-face` rules for Source Sans 3 (latin + latin-ext) at the given weights, straight from
 * fontsource's CSS: their `url(./files/…)`s are served by the render page from `sourceSans3FilesDir()`.
 */
export function sourceSans3FontCss(weights: readonly number[] = [400, 600, 700]): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@fontsource/source-sans-3/LICENSE'));
  return weights
    .flatMap((weight) => [`latin-ext-${weight}.css`, `latin-${weight}.css`])
    .map((file) => readFileSync(join(packageDir, file), 'utf8'))
    .join('\n');
}

/** The render page's font: `@font-face` CSS (latin and latin-ext) and the folder its files are served from. */
export interface DiagramFonts {
  fontCss: string;
  fontDir: string;
}

/**
 * The faces diagrams are measured with, for a theme's main font stack: a reveal.js theme's fontsource face at the
 * weights the deck ships (so labels are laid out in the face they are shown in), else Source Sans 3 at 400 and 600.
 */
export function diagramFonts(fontFamily: string): DiagramFonts {
  const font = REVEAL_FONTS[firstFontFamily(fontFamily)];
  if (!font) return { fontCss: sourceSans3FontCss([400, 600]), fontDir: sourceSans3FilesDir() };
  const packageDir = dirname(createRequire(import.meta.url).resolve(`${font.package}/LICENSE`));
  const weights = font.faces.filter((face) => /^\d+$/.test(face));
  const fontCss = weights
    .flatMap((weight) => [`latin-ext-${weight}.css`, `latin-${weight}.css`])
    .map((file) => join(packageDir, file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return { fontCss, fontDir: join(packageDir, 'files') };
}
