// Plain text -> blocks: paragraphs are separated by blank lines; lines of a block are joined unless the block is
// not hard-wrapped (a line longer than any wrapping width), where each line is its own paragraph.

import type { Block } from './blocks.js';
import { normalizeSpace } from './text.js';

const ITEM = /^\s*(?:\d{1,3}[.)]|[-*•–])\s+/;

/** Hard-wrapped text keeps its lines under this; a longer line means newlines end paragraphs. */
const WRAP_WIDTH = 100;

/** Splits plain text into blocks on blank lines; a block whose lines all start like list items is a list. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let current: string[] = [];
  let startLine = 1;
  const flush = (): void => {
    if (current.length === 0) return;
    if (current.length >= 2 && current.some((l) => l.trim().length > WRAP_WIDTH) && !current.every((l) => ITEM.test(l))) {
      const lines = current;
      const first = startLine;
      current = [];
      lines.forEach((l, k) => {
        startLine = first + k;
        current = [l];
        flush();
      });
      return;
    }
    const isList = current.length >= 2 && current.every((l) => ITEM.test(l));
    if (isList) {
      const items = current.map((l) => normalizeSpace(l));
      blocks.push({ kind: 'list', text: items.join(' '), line: startLine, items });
    } else {
      blocks.push({ kind: 'text', text: normalizeSpace(current.join(' ')), line: startLine });
    }
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.replace(/\u00a0/g, ' ').trim() === '') {
      flush();
      return;
    }
    if (current.length === 0) startLine = i + 1;
    current.push(line);
  });
  flush();
  return blocks;
}
