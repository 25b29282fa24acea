// How deep the raw HTML of a slide nests, counted over markdown-it's HTML tokens in one linear pass. Pure.

import type { Token } from 'markdown-it';

/** Deeper raw HTML is refused: no slide needs it, and a sanitiser walking it takes minutes or empties the slide. */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(\/?)>/g;

export interface DepthExcess {
  /** 0-based line of the token (in the Markdown rendered) where nesting passes the cap. */
  line: number;
  depth: number;
}

/** The first place where raw HTML (html_block and html_inline tokens, in order) nests deeper than `cap`, or undefined. */
export function htmlDepthExcess(tokens: readonly Token[], cap = MAX_HTML_DEPTH): DepthExcess | undefined {
  let depth = 0;
  const visit = (html: string, line: number): DepthExcess | undefined => {
    for (const tag of html.matchAll(TAG)) {
      const name = tag[2]!.toLowerCase();
      if (tag[1] === '/') depth = Math.max(0, depth - 1);
      else if (!VOID.has(name) && tag[3] !== '/') depth++;
      if (depth > cap) return { line, depth };
    }
    return undefined;
  };
  for (const token of tokens) {
    const line = token.map?.[0] ?? 0;
    if (token.type === 'html_block') {
      const excess = visit(token.content, line);
      if (excess) return excess;
    }
    for (const child of token.children ?? []) {
      if (child.type !== 'html_inline') continue;
      const excess = visit(child.content, line);
      if (excess) return excess;
    }
  }
  return undefined;
}
