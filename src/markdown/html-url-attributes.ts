// The attributes of raw HTML (an html_block or html_inline token's text) with where each sits in it, parsed by parse5. Pure.

import { parseFragment } from 'parse5';

export interface LocatedAttribute {
  element: string;
  /** Where the element starts in the text (attributes of one element share it). */
  elementStart: number;
  name: string;
  /** The value as the browser reads it (entities decoded). */
  value: string;
  /** Offsets of the whole `name="value"` in the text, and its 1-based line there. */
  start: number;
  end: number;
  line: number;
}

interface Parse5Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  sourceCodeLocation?: { startOffset: number; attrs?: Record<string, { startOffset: number; endOffset: number; startLine: number }> } | null;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

/** Every attribute named in `names` on the elements of `html`, in document order. */
export function locateAttributes(html: string, names: ReadonlySet<string>): LocatedAttribute[] {
  const found: LocatedAttribute[] = [];
  const visit = (node: Parse5Node): void => {
    const locations = node.sourceCodeLocation?.attrs;
    const elementStart = node.sourceCodeLocation?.startOffset ?? 0;
    if (node.tagName && node.attrs && locations) {
      for (const attribute of node.attrs) {
        const where = locations[attribute.name];
        if (!names.has(attribute.name) || !where) continue;
        found.push({ element: node.tagName, elementStart, name: attribute.name, value: attribute.value, start: where.startOffset, end: where.endOffset, line: where.startLine });
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as Parse5Node);
  return found;
}

/** `html` with each located attribute given a new value (written `name="value"`, escaped); others untouched. */
export function replaceAttributeValues(html: string, changes: readonly { attribute: LocatedAttribute; value: string }[]): string {
  let out = html;
  for (const { attribute, value } of [...changes].sort((a, b) => b.attribute.start - a.attribute.start)) {
    out = `${out.slice(0, attribute.start)}${attribute.name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"${out.slice(attribute.end)}`;
  }
  return out;
}
