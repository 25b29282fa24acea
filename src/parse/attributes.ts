// Reads `name="value"` attribute lists from reveal.js comments (`.slide:`, `.element:`), dropping unsafe ones.

import { firstCommentDirective } from './linear-scan.js';

const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

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

/** Matches a reveal.js attribute comment; returns its kind and attributes. */
export function readRevealComment(html: string): { kind: 'slide' | 'element'; attributes: Record<string, string> } | undefined {
  const directive = firstCommentDirective(html);
  if (directive === undefined || directive.kind === 'notes') return undefined;
  return { kind: directive.kind, attributes: parseAttributes(directive.body) };
}
