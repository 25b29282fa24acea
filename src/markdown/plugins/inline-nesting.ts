// Bounds how deeply inline markup (links in link text, emphasis in emphasis) nests: markdown-it scans ahead up to its
// nesting limit for every `[` it meets, so its default of 100 made a megabyte of unclosed `![` cost seconds.

import type { MarkdownIt } from 'markdown-it';

/** Inline markup nested deeper than this reads as text; no slide needs links or emphasis nested 20 deep. */
export const INLINE_MAX_NESTING = 20;

/**
 * Runs markdown-it's inline pass with the lower limit. Block nesting (lists, quotations) keeps markdown-it's own limit:
 * only the inline parser sees the lowered options, through an instance that shares everything else with `md`.
 */
export function inlineNesting(md: MarkdownIt): void {
  // Both read through to `md` (and to its options, should they be set later), except for the one limit.
  const options: MarkdownIt['options'] = Object.create(md.options, { maxNesting: { value: INLINE_MAX_NESTING } });
  const inlineMd: MarkdownIt = Object.create(md, { options: { value: options } });
  md.core.ruler.at('inline', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline') md.inline.parse(token.content, inlineMd, state.env, token.children ?? (token.children = []));
    }
  });
}
