// The inline parser's tokens made at the cost of plain field stores: markdown-it 15's Token constructor defines each of
// its fields through a generic helper, which was the largest part of parsing a line of many links or citations.

import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';

/**
 * A token of markdown-it's own kind (its prototype, so `instanceof` and the attribute methods hold), its fields set in
 * the order markdown-it's constructor sets them, so it has the very shape and values of one made by markdown-it.
 */
function InlineToken(this: Token, type: string, tag: string, nesting: Token['nesting']): void {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = false;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
}
InlineToken.prototype = markdownIt.Token.prototype;
const TokenLike = InlineToken as unknown as typeof markdownIt.Token;

/**
 * The inline state makes its tokens as InlineToken; `pushPending` and `push` are otherwise markdown-it's own, step for
 * step (tests/markdown/inline-tokens.test.ts holds them to markdown-it's tokens). Inline rules make their tokens
 * through these two; block and core rules make few tokens and keep markdown-it's constructor.
 */
export function inlineTokens(md: MarkdownIt): void {
  md.inline.State = class extends md.inline.State {
    override pushPending(): Token {
      const token = new TokenLike('text', '', 0);
      token.content = this.pending;
      token.level = this.pendingLevel;
      this.tokens.push(token);
      this.pending = '';
      return token;
    }

    override push(type: string, tag: string, nesting: Token['nesting']): Token {
      if (this.pending) this.pushPending();
      const token = new TokenLike(type, tag, nesting);
      let tokenMeta: StateInline['tokens_meta'][number];
      if (nesting < 0) {
        this.level--;
        this.delimiters = this._prev_delimiters.pop()!;
      }
      token.level = this.level;
      if (nesting > 0) {
        this.level++;
        this._prev_delimiters.push(this.delimiters);
        this.delimiters = [];
        tokenMeta = { delimiters: this.delimiters };
      }
      this.pendingLevel = this.level;
      this.tokens.push(token);
      this.tokens_meta.push(tokenMeta);
      return token;
    }
  };
}
