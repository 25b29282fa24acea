// A slide's `<section>` attributes that name local files (backgrounds, previews) as asset markers, with the references found. Pure.

import type { AssetReference } from '../model/asset.js';
import { assetAttributeKind, assetMarker, localAssetUrl } from './asset-url.js';

export function markSectionAssets(attributes: Readonly<Record<string, string>>, slideFile: string, line: number): { attributes: Record<string, string>; references: AssetReference[] } {
  const marked: Record<string, string> = {};
  const references: AssetReference[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const kind = assetAttributeKind('section', name);
    const url = kind && localAssetUrl(value, slideFile, kind, name);
    if (kind && url) {
      references.push({ kind, written: value, path: url.path, file: slideFile, line });
      marked[name] = assetMarker(url);
    } else {
      marked[name] = value;
    }
  }
  return { attributes: marked, references };
}
