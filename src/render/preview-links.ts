// Turns off every link preview in a slide's HTML that would frame another site (see refusedPreview), whoever wrote the link. Pure.

import { parseFragment } from 'parse5';
import { PREVIEW_OFF, refusedPreview } from './attribute-policy.js';

export interface GuardedPreviews {
  html: string;
  /** The URL each turned-off preview would have framed, in document order. */
  refused: string[];
}

interface Parse5Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  sourceCodeLocation?: { startOffset: number; attrs?: Record<string, { startOffset: number; endOffset: number }> } | null;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const OFF_ATTRIBUTE = `data-preview-link="${PREVIEW_OFF}"`;

/**
 * `html` with `data-preview-link="false"` on each element whose link preview would frame a URL off the deck's
 * origin: markup written as Markdown, raw HTML or by briefdeck alike. `previewLinks`: the deck's reveal.js
 * setting, under which every `<a href>` previews.
 */
export function guardPreviewLinks(html: string, previewLinks: boolean): GuardedPreviews {
  if (!previewLinks && !/data-preview-link/i.test(html)) return { html, refused: [] };
  const refused: string[] = [];
  const edits: Edit[] = [];
  const visit = (node: Parse5Node): void => {
    const location = node.sourceCodeLocation;
    if (node.tagName && node.attrs && location) {
      const attributes = new Map(node.attrs.map((a) => [a.name, a.value]));
      const url = refusedPreview(node.tagName, (name) => attributes.get(name), previewLinks);
      if (url !== undefined) {
        refused.push(url);
        const written = location.attrs?.['data-preview-link'];
        // A new attribute goes right after `<tag`.
        const after = location.startOffset + 1 + node.tagName.length;
        edits.push(written ? { start: written.startOffset, end: written.endOffset, text: OFF_ATTRIBUTE } : { start: after, end: after, text: ` ${OFF_ATTRIBUTE}` });
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as Parse5Node);
  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  return { html: out, refused };
}
