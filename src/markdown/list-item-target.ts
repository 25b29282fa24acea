// reveal.js's rule for an element comment right after a list: with no blank line between, it applies to the last item.

import type { Token } from 'markdown-it';

/**
 * `target` is the block an element comment at `commentIndex` would apply to. When that block is a
 * list and the comment's line follows the list with no blank line (as reveal.js's markdown plugin
 * tests it), the list's last item is the target instead; otherwise `target` stays.
 */
export function listItemTarget(tokens: Token[], commentIndex: number, target: Token, sourceLines: readonly string[]): Token {
  if (target.type !== 'bullet_list_open' && target.type !== 'ordered_list_open') return target;
  const commentLine = tokens[commentIndex]!.map?.[0];
  if (commentLine === undefined || commentLine === 0 || (sourceLines[commentLine - 1] ?? '').trim() === '') return target;
  const open = tokens.indexOf(target);
  let lastItem: Token | undefined;
  for (let i = open + 1; i < commentIndex; i++) {
    const token = tokens[i]!;
    if (token.level === target.level && token.nesting === -1) break;
    if (token.type === 'list_item_open' && token.level === target.level + 1) lastItem = token;
  }
  return lastItem ?? target;
}
