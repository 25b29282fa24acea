// A `[` or `![` that can open no link, image or citation is read as text at once, instead of markdown-it scanning ahead
// for its label's end from every such bracket (seconds for a megabyte of them): one with no `]` after it in its inline
// content, or, in a document that defines no link references, one with no `](` after it (unless it starts `[@`).

import type { MarkdownIt, StateInline } from 'markdown-it';

const OPEN_BRACKET = 0x5b; /* [ */
const BANG = 0x21; /* ! */
const AT = 0x40; /* @ */

/** Where the inline content's last `]` is, and its last `](`: found once per content. */
interface LastCloses {
  bracket: number;
  bracketParen: number;
}

/**
 * Runs before every rule that reads a label (markdown-it's link and image, our citation). A label needs a `]` past the
 * bracket; without reference definitions a link or image also needs `(` right after that `]`, and a citation (`[@`)
 * needs only the `]`. Where none can follow, the bracket is text, as markdown-it would have found after its scan.
 * `!` before a `[` is one character of text like any other, so look-ahead scans land on the `[` as they would.
 */
export function unclosableBrackets(md: MarkdownIt): void {
  // One state per inline run (nested labels included), so its content is searched once.
  const lastCloses = new WeakMap<StateInline, LastCloses>();
  md.inline.ruler.after('emphasis', 'unclosable_brackets', (state: StateInline, silent: boolean) => {
    const code = state.src.charCodeAt(state.pos);
    const bracketAt = code === OPEN_BRACKET ? state.pos : code === BANG && state.pos + 1 < state.posMax ? state.pos + 1 : -1;
    if (bracketAt === -1 || state.src.charCodeAt(bracketAt) !== OPEN_BRACKET) return false;
    let last = lastCloses.get(state);
    if (last === undefined) {
      last = { bracket: state.src.lastIndexOf(']'), bracketParen: state.src.lastIndexOf('](') };
      lastCloses.set(state, last);
    }
    const citationCanOpen = code === OPEN_BRACKET && state.src.charCodeAt(state.pos + 1) === AT;
    const needs = citationCanOpen || state.env?.references !== undefined ? last.bracket : last.bracketParen;
    if (needs > bracketAt) return false;
    if (!silent) state.pending += state.src[state.pos];
    state.pos++;
    return true;
  });
}
