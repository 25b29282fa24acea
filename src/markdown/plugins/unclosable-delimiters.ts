// A run of `*`, `_` or `~` that cannot close and has no run after it that could is text: read as such at once, instead
// of markdown-it making a token and a delimiter per character that its emphasis pass then leaves unmatched.

import type { MarkdownIt, StateInline } from 'markdown-it';

const MARKERS = ['*', '_', '~'] as const;

/** For each marker, where the last run of it starts that follows a character other than white space (a possible closer). */
type LastCloserStarts = Record<(typeof MARKERS)[number], number>;

/**
 * A run closes emphasis or strikethrough only if the character before it is not white space, and opens one only if
 * a later run closes it. A run after white space with no such run later is therefore text, as markdown-it would find.
 */
export function unclosableDelimiters(md: MarkdownIt): void {
  const { isWhiteSpace } = md.utils;
  const starts = new WeakMap<StateInline, LastCloserStarts>();
  const lastCloserStarts = (src: string): LastCloserStarts => {
    const found: LastCloserStarts = { '*': -1, '_': -1, '~': -1 };
    for (const marker of MARKERS) {
      for (let at = src.lastIndexOf(marker); at > 0; at = src.lastIndexOf(marker, at - 1)) {
        const before = src.charCodeAt(at - 1);
        if (before !== marker.charCodeAt(0) && !isWhiteSpace(before)) {
          found[marker] = at;
          break;
        }
      }
    }
    return found;
  };
  // Before markdown-it's strikethrough and emphasis rules, the only ones that read these characters.
  md.inline.ruler.before('strikethrough', 'unclosable_delimiters', (state: StateInline, silent: boolean) => {
    // Those rules make no tokens when only looking ahead, and neither does this one.
    if (silent) return false;
    const marker = state.src[state.pos];
    if (marker !== '*' && marker !== '_' && marker !== '~') return false;
    if (state.pos > 0 && !isWhiteSpace(state.src.charCodeAt(state.pos - 1))) return false;
    let last = starts.get(state);
    if (last === undefined) {
      last = lastCloserStarts(state.src);
      starts.set(state, last);
    }
    if (last[marker] > state.pos) return false;
    let end = state.pos;
    while (end < state.posMax && state.src[end] === marker) end++;
    state.pending += state.src.slice(state.pos, end);
    state.pos = end;
    return true;
  });
}
