// A slide body's markdown-it tokens from the reading of the deck, handed once to its rendering so a body is parsed once.

import type { MarkdownIt, Token } from 'markdown-it';
import type { RenderEnv } from './env.js';

/**
 * Tokens by the slide they were read from (the very object the parse returned; a copy has none, so it is parsed anew).
 * Kept only where the render would parse to the same tokens: the reading's markdown-it options (bare links made, no
 * smart quotes), the default attribute patterns, and no local file placed (where a file goes depends on the render's
 * settings).
 */
const bodies = new WeakMap<object, Token[]>();

/** Keeps `tokens` of `slide`'s body for its rendering, if what the reading did to them does not depend on where it renders. */
export function keepBodyTokens(slide: object, tokens: Token[], env: RenderEnv): void {
  if (env.assets.length === 0) bodies.set(slide, tokens);
}

/** `slide` with `changes` (its body unchanged): the copy's body keeps the tokens read for the original's. */
export function slideCopy<T extends { content: string }>(slide: T, changes: Partial<Omit<T, 'content'>>): T {
  const copy = { ...slide, ...changes };
  const tokens = bodies.get(slide);
  if (tokens) {
    bodies.delete(slide);
    bodies.set(copy, tokens);
  }
  return copy;
}

/**
 * The body tokens of `slide`, if `md` parses its body to the same tokens; given once (rendering may change them), so a
 * second rendering parses anew.
 */
export function takeBodyTokens(slide: object, md: MarkdownIt): Token[] | undefined {
  const tokens = bodies.get(slide);
  if (!tokens) return undefined;
  bodies.delete(slide);
  if (md.options.typographer) return undefined;
  return md.options.linkify || !madeLinks(tokens) ? tokens : undefined;
}

/** Whether the reading made a link of a bare URL in `tokens` (a markdown-it without bare links would not). */
function madeLinks(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.type === 'inline' && (token.children ?? []).some((child) => child.type === 'link_open' && child.markup === 'linkify'));
}
