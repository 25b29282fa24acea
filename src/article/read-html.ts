// HTML -> blocks: drops scripts, styles and page furniture, keeps headings, paragraphs, lists and captions.

import type { Block, BlockKind } from './blocks.js';
import { decodeEntities } from './entities.js';
import { normalizeSpace } from './text.js';

/** Elements whose whole content is never article text. */
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'iframe', 'select'];

/** Replaces a match by as many newlines as it spanned, so later offsets keep their line numbers. */
function blank(match: string): string {
  return match.replace(/[^\n]/g, '');
}

function stripTags(html: string): string {
  return normalizeSpace(decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')));
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** A kind the markup itself declares through a class name, e.g. `<p class="dek">`. */
function declaredKind(attrs: string): BlockKind | undefined {
  const cls = (attribute(attrs, 'class') ?? '').toLowerCase();
  if (/\b(dek|standfirst|subtitle|subhead|summary|lede|deck)\b/.test(cls)) return 'dek';
  if (/\b(kicker|eyebrow|rubric|category|section-label)\b/.test(cls)) return 'kicker';
  if (/\b(credit|photo-credit)\b/.test(cls)) return 'credit';
  if (/\b(caption|figcaption)\b/.test(cls)) return 'caption';
  if (/\b(byline|author)\b/.test(cls)) return 'byline';
  if (/\b(dateline|date|published|timestamp)\b/.test(cls)) return 'date';
  return undefined;
}

/** A lookup from offset to 1-based line, built once per text: a binary search over line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Reads an HTML page into blocks in document order. */
export function htmlBlocks(html: string): Block[] {
  let cleaned = html.replace(/<!--[\s\S]*?-->/g, blank);
  for (const tag of DROPPED) {
    cleaned = cleaned.replace(new RegExp(`<${tag}\\b[\\s\\S]*?<\\/${tag}\\s*>`, 'gi'), blank);
  }
  const blocks: Block[] = [];
  const head = /<head\b[\s\S]*?<\/head\s*>/i.exec(cleaned);
  if (head) {
    const headLine = lineIndex(cleaned)(head.index);
    const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head[0]);
    if (title) {
      const text = stripTags(title[1] ?? '').split(/\s+[|–—]\s+/)[0] ?? '';
      if (text) blocks.push({ kind: 'doc-title', text, line: headLine });
    }
    for (const meta of head[0].matchAll(/<meta\b([^>]*)>/gi)) {
      const attrs = meta[1] ?? '';
      const name = (attribute(attrs, 'name') ?? attribute(attrs, 'property') ?? '').toLowerCase();
      const content = normalizeSpace(attribute(attrs, 'content') ?? '');
      if (!content) continue;
      if (name === 'description' || name === 'og:description') blocks.push({ kind: 'dek', text: content, line: headLine });
      else if (name === 'author') blocks.push({ kind: 'byline', text: content, line: headLine });
      else if (name === 'article:published_time' || name === 'date') blocks.push({ kind: 'date', text: content, line: headLine });
    }
    cleaned = cleaned.slice(0, head.index) + blank(head[0]) + cleaned.slice(head.index + head[0].length);
  }
  const lineOf = lineIndex(cleaned);
  const element = /<(h[1-6]|p|ol|ul|figcaption|time|blockquote)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
  for (const m of cleaned.matchAll(element)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = m[2] ?? '';
    const inner = m[3] ?? '';
    const line = lineOf(m.index ?? 0);
    const declared = declaredKind(attrs);
    if (tag === 'ol' || tag === 'ul') {
      const raw = [...inner.matchAll(/<li\b[^>]*>([\s\S]*?)(?=<li\b|$)/gi)].map((li) => li[1] ?? '');
      // A list of nothing but links is page furniture: share buttons, tags, related stories.
      if (raw.length > 0 && raw.every((li) => /^\s*<a\b[^>]*>[\s\S]*?<\/a>\s*(?:<\/li>\s*)?$/i.test(li))) continue;
      const items = raw.map((li) => stripTags(li)).filter(Boolean);
      if (items.length > 0) blocks.push({ kind: 'list', text: items.join(' '), line, items });
      continue;
    }
    if (tag === 'blockquote') {
      // Paragraphs inside a quote are matched on their own below only when it has no <p>.
      if (/<p\b/i.test(inner)) {
        for (const p of inner.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p\s*>/gi)) {
          const text = stripTags(p[2] ?? '');
          if (text) blocks.push({ kind: 'text', text, line: lineOf((m.index ?? 0) + m[0].indexOf(p[0])) });
        }
        continue;
      }
    }
    const text = stripTags(inner);
    if (!text) continue;
    if (tag === 'time') {
      blocks.push({ kind: 'date', text: attribute(attrs, 'datetime') ?? text, line });
    } else if (tag.startsWith('h')) {
      blocks.push({ kind: declared ?? 'heading', text, line, level: Number(tag.slice(1)) });
    } else if (tag === 'figcaption') {
      blocks.push({ kind: declared === 'credit' ? 'credit' : 'caption', text, line });
    } else {
      blocks.push({ kind: declared ?? 'text', text, line });
    }
  }
  return blocks;
}
