// Reads `name="value"` attribute lists from reveal.js comments (`.slide:`, `.element:` or a deck's own patterns), dropping unsafe ones.

import { attributeCommentDirective, type AttributePatterns } from './attribute-patterns.js';
import { firstCommentDirective } from './linear-scan.js';

/** A name starts with a letter or `_`, so the `:` reveal.js's default element pattern leaves in front (`.element: …`) is not one. */
const ATTRIBUTE = /([A-Za-z_][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Event handlers and `style`-free names only; values are kept verbatim and escaped when rendered. */
export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (name.startsWith('on')) continue;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (/^\s*(javascript|vbscript|data:text\/html)/i.test(value)) continue;
    attributes[name] = name === 'class' && attributes.class ? `${attributes.class} ${value}` : value;
  }
  return attributes;
}

/** Matches a reveal.js attribute comment (with the deck's own patterns, when it sets them); returns its kind and attributes. */
export function readRevealComment(html: string, patterns?: AttributePatterns): { kind: 'slide' | 'element'; attributes: Record<string, string> } | undefined {
  const directive = firstCommentDirective(html, (comment) => attributeCommentDirective(comment, patterns));
  if (directive === undefined || directive.kind === 'notes') return undefined;
  return { kind: directive.kind, attributes: parseAttributes(directive.body) };
}
