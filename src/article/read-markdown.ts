// Markdown -> blocks: frontmatter, ATX/setext headings, paragraphs, lists, quotes and image captions.

import { parse as parseYaml } from 'yaml';
import { scanLines } from '../parse/lines.js';
import type { Block } from './blocks.js';
import { decodeEntities } from './entities.js';
import { normalizeSpace } from './text.js';

/** Inline Markdown to plain text: links and images keep their text, emphasis and code marks go. */
export function inlineText(md: string): string {
  const text = md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>"'])/g, '$1');
  return normalizeSpace(decodeEntities(text));
}

const ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/;

/** Entirely emphasised, e.g. `*A photo caption (June 3, 2031).*` */
function isEmphasised(line: string): boolean {
  return /^\s*(\*|_)(?!\1)[\s\S]+\1\s*$/.test(line.trim());
}

function frontmatter(lines: string[]): { blocks: Block[]; next: number } {
  if (lines[0]?.trim() !== '---') return { blocks: [], next: 0 };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return { blocks: [], next: 0 };
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch {
    return { blocks: [], next: end + 1 };
  }
  const blocks: Block[] = [];
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    const str = (...keys: string[]): string | undefined => {
      for (const k of keys) {
        const v = record[k];
        if (typeof v === 'string' && v.trim()) return normalizeSpace(v);
        if (v instanceof Date) return v.toISOString().slice(0, 10);
      }
      return undefined;
    };
    const push = (kind: Block['kind'], text: string | undefined): void => {
      if (text) blocks.push({ kind, text, line: 1 });
    };
    push('doc-title', str('title'));
    push('dek', str('dek', 'subtitle', 'description', 'summary'));
    push('kicker', str('kicker', 'section', 'category'));
    push('byline', str('author', 'byline'));
    push('date', str('date', 'published'));
  }
  return { blocks, next: end + 1 };
}

/** Reads Markdown into blocks in document order. */
export function markdownBlocks(md: string): Block[] {
  const lines = md.split('\n');
  // Code fences, found as the slide parser finds them: their lines are no part of the article's text.
  const inFence = scanLines(md).lines.map((line) => line.context === 'fence');
  const front = frontmatter(lines);
  const blocks: Block[] = [...front.blocks];
  let i = front.next;
  let afterImage = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      i++;
      continue;
    }
    if (inFence[i]) {
      while (i < lines.length && inFence[i]) i++;
      continue;
    }
    if (trimmed.startsWith('<!--')) {
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      i++;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      i++;
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      blocks.push({ kind: 'heading', text: inlineText(atx[2] ?? ''), line: i + 1, level: atx[1]!.length });
      afterImage = false;
      i++;
      continue;
    }
    const image = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/.exec(line);
    if (image) {
      const alt = normalizeSpace(image[1] ?? '');
      if (alt) blocks.push({ kind: 'caption', text: alt, line: i + 1 });
      afterImage = true;
      i++;
      continue;
    }
    const start = i;
    const chunk: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && !inFence[i] && !/^\s{0,3}#{1,6}\s/.test(lines[i]!)) {
      chunk.push(lines[i]!);
      i++;
    }
    const setext = chunk.length >= 2 && /^\s{0,3}(=+|-+)\s*$/.test(chunk[chunk.length - 1]!);
    if (setext) {
      const level = chunk[chunk.length - 1]!.trim().startsWith('=') ? 1 : 2;
      blocks.push({ kind: 'heading', text: inlineText(chunk.slice(0, -1).join(' ')), line: start + 1, level });
      afterImage = false;
      continue;
    }
    const unquoted = chunk.map((l) => l.replace(/^\s{0,3}>\s?/, ''));
    if (ITEM.test(unquoted[0]!)) {
      const items: string[] = [];
      for (const l of unquoted) {
        if (ITEM.test(l)) items.push(l.trim());
        else if (items.length > 0) items[items.length - 1] += ` ${l.trim()}`;
      }
      const clean = items.map((it) => inlineText(it.replace(/^[-*+]\s+/, '')));
      blocks.push({ kind: 'list', text: clean.join(' '), line: start + 1, items: clean });
      afterImage = false;
      continue;
    }
    const kind = afterImage && isEmphasised(unquoted.join(' ')) ? 'caption' : 'text';
    // An emphasised caption under an image replaces the image's alt text.
    if (kind === 'caption' && blocks[blocks.length - 1]?.kind === 'caption') blocks.pop();
    blocks.push({ kind, text: inlineText(unquoted.join(' ')), line: start + 1 });
    afterImage = false;
  }
  return blocks;
}
