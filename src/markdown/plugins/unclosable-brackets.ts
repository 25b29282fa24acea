// A `[` or `![` with no `]` after it in its inline content can open no link, image or citation: it is read as text at
// once, instead of markdown-it scanning ahead for a label end from every such bracket (seconds for a megabyte of them).

import type { MarkdownIt, StateInline } from 'markdown-it';

const OPEN_BRACKET = 0x5b; /* [ */
const BANG = 0x21; /* ! */

/**
 * Runs before every rule that reads a label (markdown-it's link and image, our citation): they all need a `]` at or
 * past the bracket, so where the inline content has none the bracket is text, as markdown-it would have found.
 */
export function unclosableBrackets(md: MarkdownIt): void {
  // The last `]` of each inline content, found once per content (one state per inline run, nested labels included).
  const lastClose = new WeakMap<StateInline, number>();
  md.inline.ruler.after('emphasis', 'unclosable_brackets', (state: StateInline, silent: boolean) => {
    const code = state.src.charCodeAt(state.pos);
    const width = code === OPEN_BRACKET ? 1 : code === BANG && state.pos + 1 < state.posMax && state.src.charCodeAt(state.pos + 1) === OPEN_BRACKET ? 2 : 0;
    if (width === 0) return false;
    let last = lastClose.get(state);
    if (last === undefined) {
      last = state.src.lastIndexOf(']');
      lastClose.set(state, last);
    }
    if (last > state.pos) return false;
    if (!silent) state.pending += state.src.slice(state.pos, state.pos + width);
    state.pos += width;
    return true;
  });
}
