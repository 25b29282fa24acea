// The words raw HTML shows (an html_block token's text without its tags, scripts and styles), parsed by parse5. Pure.

import { parseFragment } from 'parse5';

interface Parse5Node {
  nodeName: string;
  value?: string;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

const HIDDEN = new Set(['script', 'style', 'template', '#comment']);

/** The visible text of `html`, whitespace collapsed. */
export function htmlText(html: string): string {
  const parts: string[] = [];
  const visit = (node: Parse5Node): void => {
    if (HIDDEN.has(node.nodeName)) return;
    if (node.nodeName === '#text' && node.value) parts.push(node.value);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parseFragment(html) as unknown as Parse5Node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
