// Local files a slide names (Markdown images and links, raw HTML `src`/`href`/`poster`, reveal.js background attributes)
// are recorded in the render env with file:line and their URLs replaced by asset markers, which each output places.

import type { MarkdownIt, Token } from 'markdown-it';
import { ASSET_ATTRIBUTE_NAMES, assetAttributeKind, assetMarker, localAssetUrl } from '../../assets/asset-url.js';
import type { AssetKind } from '../../model/asset.js';
import { isRenderEnv, type RenderEnv } from '../env.js';
import { locateAttributes, replaceAttributeValues } from '../html-url-attributes.js';

/** Raw HTML worth parsing: it names an attribute that can load a file. */
const MAY_NAME_FILE = new RegExp(`\\s(?:${[...ASSET_ATTRIBUTE_NAMES].join('|')})\\s*=`, 'i');

export function assetReferences(md: MarkdownIt): void {
  // After element attribute comments (`<!-- .element: … -->`) are applied and emptied: what they set is marked too.
  md.core.ruler.after('reveal_element_attributes', 'asset_references', (state) => {
    const env: unknown = state.env;
    if (!isRenderEnv(env)) return;
    for (const token of state.tokens) {
      let line = fileLine(env, token);
      if (token.type === 'html_block') token.content = markHtml(token.content, env, line);
      for (const child of token.children ?? []) {
        if (child.type === 'image') markAttribute(child, 'src', 'image', env, line);
        else if (child.type === 'link_open') markAttribute(child, 'href', 'file', env, line);
        else if (child.type === 'html_inline') child.content = markHtml(child.content, env, line);
        // A paragraph's lines are separated by breaks; raw HTML may span lines of its own.
        if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
        else if (child.type === 'html_inline') line += child.content.split('\n').length - 1;
      }
    }
  });
}

function fileLine(env: RenderEnv, token: Token): number {
  return Math.max(env.firstLine, 1) + (token.map?.[0] ?? 0);
}

function markAttribute(token: Token, name: string, kind: AssetKind, env: RenderEnv, line: number): void {
  const value = token.attrGet(name);
  if (value === null) return;
  const written = String(value);
  const url = localAssetUrl(written, env.file, kind);
  if (!url) return;
  env.assets.push({ kind, written, path: url.path, file: env.file, line });
  token.attrSet(name, assetMarker(url));
}

function markHtml(html: string, env: RenderEnv, firstLine: number): string {
  if (!MAY_NAME_FILE.test(html)) return html;
  const changes = locateAttributes(html, ASSET_ATTRIBUTE_NAMES).flatMap((attribute) => {
    const kind = assetAttributeKind(attribute.element, attribute.name);
    const url = kind && localAssetUrl(attribute.value, env.file, kind, attribute.name);
    if (!kind || !url) return [];
    env.assets.push({ kind, written: attribute.value, path: url.path, file: env.file, line: firstLine + attribute.line - 1 });
    return [{ attribute, value: assetMarker(url) }];
  });
  return changes.length === 0 ? html : replaceAttributeValues(html, changes);
}
