// `<!-- .element: class="fragment" -->` applies attributes to the element before it, as reveal.js's markdown does.

import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import type { AttributePatterns } from '../../parse/attribute-patterns.js';
import { readRevealComment } from '../../parse/attributes.js';
import { listItemTarget } from '../list-item-target.js';
import { addAttributes } from '../token-attributes.js';

/** `attributePatterns`: the deck's own comment patterns (reveal.js's `data-element-attributes`), if it sets them. */
export function revealElementAttributes(md: MarkdownIt, options: { attributePatterns?: AttributePatterns } = {}): void {
  const patterns = options.attributePatterns;
  md.core.ruler.push('reveal_element_attributes', (state) => {
    const tokens = state.tokens;
    const sourceLines = state.src.split('\n');
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'inline' && token.children) {
        applyInline(token.children, enclosingBlock(tokens, i), patterns);
      } else if (token.type === 'html_block') {
        const comment = readRevealComment(token.content, patterns);
        if (comment?.kind !== 'element') continue;
        const target = previousBlockSibling(tokens, i);
        if (target) addAttributes(listItemTarget(tokens, i, target, sourceLines), comment.attributes);
        token.content = '';
      }
    }
  });
}

/** Inside a paragraph: the comment targets the inline element just before it, else the block. */
function applyInline(children: Token[], block: Token | undefined, patterns: AttributePatterns | undefined): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'html_inline') continue;
    const comment = readRevealComment(child.content, patterns);
    if (comment?.kind !== 'element') continue;
    const target = previousInlineElement(children, i) ?? block;
    if (target) addAttributes(target, comment.attributes);
    child.content = '';
    const before = children[i - 1];
    if (before?.type === 'text') before.content = before.content.trimEnd();
  }
}

function previousInlineElement(children: Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const token = children[i]!;
    if (token.type === 'text' && token.content.trim() === '') continue;
    if (token.type === 'image') return token;
    if (token.nesting === -1) return matchingOpen(children, i);
    return undefined;
  }
  return undefined;
}

function matchingOpen(tokens: Token[], closeIndex: number): Token | undefined {
  let depth = 0;
  for (let i = closeIndex; i >= 0; i--) {
    depth += tokens[i]!.nesting;
    if (depth === 0) return tokens[i];
  }
  return undefined;
}

/** The block an inline token renders in: its paragraph, or the list item when the paragraph is hidden. */
export function enclosingBlock(tokens: Token[], inlineIndex: number): Token | undefined {
  const open = tokens[inlineIndex - 1];
  if (!open || open.nesting !== 1) return undefined;
  if (open.type === 'paragraph_open' && open.hidden) {
    const item = tokens[inlineIndex - 2];
    if (item?.type === 'list_item_open') return item;
  }
  return open;
}

function previousBlockSibling(tokens: Token[], index: number): Token | undefined {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.nesting === -1) {
      if (depth === 0) return matchingOpen(tokens, i);
      depth++;
    } else if (token.nesting === 1) {
      if (depth === 0) return undefined;
      depth--;
    } else if (depth === 0 && token.block && token.type !== 'html_block') {
      return token;
    }
  }
  return undefined;
}
