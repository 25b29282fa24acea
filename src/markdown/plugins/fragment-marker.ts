// The short fragment syntax: a paragraph, list item or heading ending in `{+}` or `{+ style}` appears step by step.

import type { MarkdownIt } from 'markdown-it';
import { addClass } from '../token-attributes.js';
import { enclosingBlock } from './reveal-element-attributes.js';

const MARKER = /\s*\{\+\s*([a-z-]*)\s*\}\s*$/;

export function fragmentMarker(md: MarkdownIt): void {
  md.core.ruler.push('fragment_marker', (state) => {
    const tokens = state.tokens;
    tokens.forEach((token, index) => {
      if (token.type !== 'inline' || !token.children) return;
      const last = [...token.children].reverse().find((c) => c.type === 'text' && c.content.trim() !== '');
      const match = last && MARKER.exec(last.content);
      if (!last || !match) return;
      const block = enclosingBlock(tokens, index);
      if (!block) return;
      last.content = last.content.slice(0, match.index);
      addClass(block, match[1] ? `fragment ${match[1]}` : 'fragment');
    });
  });
}
