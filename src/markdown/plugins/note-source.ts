// In speaker notes, a line `Source:` followed by a blockquote is the source text the slide rests on, kept apart from
// the talk track: a `<div class="bd-note-source" data-note-source>` that handouts can leave out.

import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { isRenderEnv } from '../env.js';

const LABEL = /^Sources?:$/;

/**
 * The speaker view is reveal.js's own window, which loads none of the deck's CSS: the block carries its look
 * inline (neutral greys that read on its white page), and themes may restyle it by class elsewhere.
 */
const BLOCK_STYLE = 'margin:0.9em 0 0;padding:0.45em 0.8em;border-left:4px solid #8a96a3;background:#f1f3f6;color:#3b444f;font-size:0.72em;line-height:1.35';
const LABEL_STYLE = 'margin:0 0 0.25em;font-size:0.8em;font-weight:600;letter-spacing:0.06em;text-transform:uppercase;color:#56606c';
const QUOTE_STYLE = 'margin:0;padding:0;border:none;font-style:normal';

export function noteSource(md: MarkdownIt): void {
  md.core.ruler.after('block', 'note_source', wrapSourceBlocks);
  md.renderer.rules.note_source_open = (tokens, index) => {
    const label = md.utils.escapeHtml(String((tokens[index]!.meta as { label?: string } | null)?.label ?? 'Source:').replace(/:$/, ''));
    return `<div class="bd-note-source" data-note-source style="${BLOCK_STYLE}">\n<p class="bd-note-source-label" style="${LABEL_STYLE}">${label}</p>\n`;
  };
  md.renderer.rules.note_source_close = () => '</div>\n';
}

/** Only in notes (the render env says so): on a slide, a "Source:" line and a quotation are ordinary content. */
function wrapSourceBlocks(state: StateCore): void {
  if (!isRenderEnv(state.env) || state.env.part !== 'notes') return;
  const { tokens } = state;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [open, inline, close, quote] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    if (open.type !== 'paragraph_open' || close.type !== 'paragraph_close' || quote.type !== 'blockquote_open') continue;
    if (inline.type !== 'inline' || !LABEL.test(inline.content.trim()) || quote.level !== open.level) continue;
    const end = matchingClose(tokens, i + 3);
    if (end < 0) continue;
    quote.attrSet('style', QUOTE_STYLE);
    const blockOpen = new state.Token('note_source_open', 'div', 1);
    blockOpen.block = true;
    blockOpen.meta = { label: inline.content.trim() };
    const blockClose = new state.Token('note_source_close', 'div', -1);
    blockClose.block = true;
    tokens.splice(end + 1, 0, blockClose);
    tokens.splice(i, 3, blockOpen);
    i = end - 2;
  }
}

function matchingClose(tokens: readonly Token[], openIndex: number): number {
  let depth = 0;
  for (let j = openIndex; j < tokens.length; j++) {
    if (tokens[j]!.type === 'blockquote_open') depth++;
    else if (tokens[j]!.type === 'blockquote_close' && --depth === 0) return j;
  }
  return -1;
}
