// The short fragment syntax: a paragraph, list item or heading ending in `{+}` or `{+ style}` appears step by step.

import type { MarkdownIt } from 'markdown-it';
import { trailingFragmentMarker } from '../../parse/linear-scan.js';
import { addClass } from '../token-attributes.js';
import { enclosingBlock } from './reveal-element-attributes.js';

export function fragmentMarker(md: MarkdownIt): void {
  md.core.ruler.push('fragment_marker', (state) => {
    const tokens = state.tokens;
    tokens.forEach((token, index) => {
      if (token.type !== 'inline' || !token.children) return;
      const last = token.children.findLast((c) => c.type === 'text' && c.content.trim() !== '');
      const marker = last && trailingFragmentMarker(last.content);
      if (!last || !marker) return;
      const block = enclosingBlock(tokens, index);
      if (!block) return;
      last.content = marker.before;
      addClass(block, marker.style ? `fragment ${marker.style}` : 'fragment');
    });
  });
}
