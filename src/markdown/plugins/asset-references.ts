// Local files a slide names (Markdown images and links, raw HTML `src`/`href`/`poster`, reveal.js background attributes)
// are recorded in the render env with file:line and their URLs replaced by asset markers, which each output places;
// a link to the deck's own article is no file to publish: it goes where the article is published.

import type { MarkdownIt, Token } from 'markdown-it';
import { ASSET_ATTRIBUTE_NAMES, assetAttributeKind, assetMarker, localAssetUrl } from '../../assets/asset-url.js';
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
      markAttributes(token, env, line);
      for (const child of token.children ?? []) {
        markAttributes(child, env, line);
        if (child.type === 'html_inline') child.content = markHtml(child.content, env, line);
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

/** Image `src`, link `href`, and what `<!-- .element: -->` comments set (`data-background-image`, `data-src`…). */
function markAttributes(token: Token, env: RenderEnv, line: number): void {
  for (const attribute of token.attrs ?? []) {
    const placed = placeUrl(env, token.tag, attribute[0], String(attribute[1]), line);
    if (placed !== undefined) attribute[1] = placed;
  }
}

function markHtml(html: string, env: RenderEnv, firstLine: number): string {
  if (!MAY_NAME_FILE.test(html)) return html;
  const changes = locateAttributes(html, ASSET_ATTRIBUTE_NAMES).flatMap((attribute) => {
    const placed = placeUrl(env, attribute.element, attribute.name, attribute.value, firstLine + attribute.line - 1);
    return placed === undefined ? [] : [{ attribute, value: placed }];
  });
  return changes.length === 0 ? html : replaceAttributeValues(html, changes);
}

/**
 * The value that replaces `written` (attribute `name` of `element`, on file line `line`), or undefined when it names
 * no local file. A link to the deck's article becomes the article's published place; any other file, a marker and a
 * reference in the env.
 */
function placeUrl(env: RenderEnv, element: string, name: string, written: string, line: number): string | undefined {
  const kind = assetAttributeKind(element, name);
  const url = kind && localAssetUrl(written, env.file, kind, name);
  if (!kind || !url) return undefined;
  const article = kind === 'file' && env.articleLink?.path === url.path ? env.articleLink : undefined;
  if (article) return `${article.href}${url.suffix}`;
  env.assets.push({ kind, written, path: url.path, file: env.file, line });
  return assetMarker(url);
}
