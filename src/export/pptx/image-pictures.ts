// The image files a PowerPoint export places: each one checked where the deck's other outputs check it (a missing file or
// one outside the project is an error at file:line), read, and made a picture; a format PowerPoint cannot store is a warning.

import path from 'node:path';
import type { AssetReference } from '../../model/asset.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { readAsset, resolveAssets, type AssetRoots } from '../../site/resolve-assets.js';
import { DeckBuildError } from '../../vite/error-payload.js';
import type { Block } from './content.js';
import { svgFilePicture, type PictureOptions } from './diagram-pictures.js';
import { imageFormat } from './image-file.js';
import { pictureKey } from './plan-slide.js';
import type { Picture } from './shapes.js';

export type PictureBlock = Extract<Block, { kind: 'picture' }>;

export function pictureBlocks(blocks: readonly Block[]): PictureBlock[] {
  return blocks.flatMap((b) => (b.kind === 'picture' ? [b] : b.kind === 'columns' ? b.columns.flatMap(pictureBlocks) : []));
}

export async function imagePictures(blocks: readonly PictureBlock[], roots: AssetRoots, svg: Pick<PictureOptions, 'cacheDir' | 'launch'>): Promise<{ pictures: Map<string, Picture>; warnings: Diagnostic[] }> {
  // The marker keeps the path only; from the slide's folder it reads as it was written (normalised).
  const references: AssetReference[] = blocks.map((b) => ({ kind: 'image', written: path.posix.relative(path.posix.dirname(b.file), b.path), path: b.path, file: b.file, line: b.line }));
  const { assets, diagnostics } = await resolveAssets(references, roots);
  if (diagnostics.length > 0) throw new DeckBuildError(diagnostics);
  const pictures = new Map<string, Picture>();
  const warnings: Diagnostic[] = [];
  for (const block of blocks) {
    const key = pictureKey(block.path);
    const asset = assets.get(block.path);
    if (pictures.has(key) || !asset) continue;
    const bytes = await readAsset(asset);
    const format = imageFormat(bytes);
    if (format) pictures.set(key, { image: bytes, ...format, alt: block.alt });
    else if (/\.svg$/i.test(block.path)) pictures.set(key, await svgFilePicture(bytes.toString('utf8'), block.alt, svg));
    else {
      warnings.push({
        severity: 'warning', code: 'image-format', file: block.file, line: block.line, column: 0,
        message: `the image ${block.path} is in a format PowerPoint cannot show as a picture, so the PowerPoint file leaves it out`,
        hint: 'use a PNG, JPEG, GIF or SVG file for images that must appear in PowerPoint',
      });
    }
  }
  return { pictures, warnings };
}
