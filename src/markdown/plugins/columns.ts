// Columns: a line holding only `|||` or `<!-- column -->` starts the next column; a leading heading spans them all.

import type { MarkdownIt, StateBlock, StateCore, Token } from 'markdown-it';

const BREAK = /^(?:\|\|\||<!--\s*column\s*-->)[ \t]*$/;

export function columns(md: MarkdownIt): void {
  // Before `table` and `html_block`, which would otherwise read the marker; it also ends a paragraph or list.
  md.block.ruler.before('table', 'column_break', columnBreak, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.core.ruler.after('block', 'columns', wrapColumns);
}

function columnBreak(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]!);
  if (!BREAK.test(line)) return false;
  if (silent) return true;
  // Only between top-level blocks: inside a list or quote the marker is plain text.
  if (state.level !== 0) return false;
  const token = state.push('column_break', '', 0);
  token.map = [startLine, startLine + 1];
  token.markup = line.trim();
  state.line = startLine + 1;
  return true;
}

/** `<div class="columns"><div class="column">…</div>…</div>` around everything after the leading heading. */
function wrapColumns(state: StateCore): void {
  const { tokens } = state;
  if (!tokens.some((t) => t.type === 'column_break')) return;
  const start = tokens[0]?.type === 'heading_open' ? tokens.findIndex((t) => t.type === 'heading_close') + 1 : 0;
  const make = (type: string, nesting: 1 | -1, className?: string): Token => {
    const token = new state.Token(type, 'div', nesting);
    token.block = true;
    if (className) token.attrSet('class', className);
    return token;
  };
  const body: Token[] = [make('columns_open', 1, 'columns'), make('column_open', 1, 'column')];
  for (const token of tokens.slice(start)) {
    if (token.type === 'column_break') {
      body.push(make('column_close', -1), make('column_open', 1, 'column'));
    } else {
      token.level += 2;
      body.push(token);
    }
  }
  body.push(make('column_close', -1), make('columns_close', -1));
  state.tokens = [...tokens.slice(0, start), ...body];
}
