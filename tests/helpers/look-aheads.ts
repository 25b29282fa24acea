// Counts markdown-it's one-token look-aheads while it parses a text: the work per bracket that nesting limits and shortcuts bound.

import type { MarkdownIt } from 'markdown-it';

/** How many times `md` looks ahead one inline token while parsing `text`. */
export function lookAheads(md: MarkdownIt, text: string): number {
  const skipToken = md.inline.skipToken.bind(md.inline);
  let steps = 0;
  md.inline.skipToken = (state) => {
    steps++;
    skipToken(state);
  };
  md.parse(text, {});
  return steps;
}
