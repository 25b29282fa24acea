// A slide body's headings, paragraphs, list items, table cells and fences, with their citations and quotations and
// file positions, read once from its markdown-it tokens (the citation plugin's reading of `[@p3]`). Pure.

import type { MarkdownIt, Token } from 'markdown-it';
import type { SlideCitation, SlideQuotation, SlideText, TextBlock } from '../model/deck.js';
import { createRenderEnv, type RenderEnv } from './env.js';
import type { CitationMeta } from './plugins/citation.js';

export interface SlideReading {
  text: SlideText;
  /** The first Markdown heading outside lists and quotations, as plain text. */
  title?: string;
  /** Ids of the well-formed citations, in order of first appearance. */
  citations: string[];
}

/** `content` is the slide body as written; its first line is line `firstLine` of `file`. */
export function readSlideText(md: MarkdownIt, content: string, file: string, firstLine: number): SlideReading {
  return parseSlideText(md, content, file, firstLine).reading;
}

/**
 * `readSlideText`, with the tokens `md` parsed and the env they were parsed with (what the parse placed in it: local
 * files). Where `md` made a link of a bare URL that does not read as written (see `readsAsWritten`), the reading is
 * of `asWritten`'s parse instead (`md` without bare links), so a link is always read as the URL written.
 */
export function parseSlideText(md: MarkdownIt, content: string, file: string, firstLine: number, asWritten = md): { reading: SlideReading; tokens: Token[]; env: RenderEnv } {
  const env = createRenderEnv(file, firstLine);
  const tokens = md.parse(content, env);
  const read = readTokens(tokens, content, firstLine);
  if (read.linksAsWritten || asWritten === md) return { reading: read.reading, tokens, env };
  return { reading: readTokens(asWritten.parse(content, createRenderEnv(file, firstLine)), content, firstLine).reading, tokens, env };
}

/**
 * The reading of a slide body from its tokens (`md.parse` of `content`, whose first line is file line `firstLine`), and
 * whether every link made of a bare URL reads as written.
 */
function readTokens(tokens: readonly Token[], content: string, firstLine: number): { reading: SlideReading; linksAsWritten: boolean } {
  const sourceLines = content.split('\n');
  const blocks: TextBlock[] = [];
  const htmlHeadings: SlideText['htmlHeadings'] = [];
  let title: string | undefined;
  /** Open containers (list items and quotations) the current token sits in. */
  let nested = 0;
  /** Open list items (their texts), innermost last; and the lead-in paragraph of each open list. */
  const items: string[] = [];
  const leadIns: (string | undefined)[] = [];
  let lastParagraph: string | undefined;
  let pendingItem: Token | undefined;
  const listItems: { block: TextBlock; frame: string[] }[] = [];

  /** The table row being read: its cells' inline tokens have no line of their own. */
  let row: Token | undefined;
  let linksAsWritten = true;
  const block = (kind: TextBlock['kind'], inline: Token | undefined, at: Token, level = 0): TextBlock => {
    const start = at.map?.[0] ?? 0;
    const line = firstLine + start;
    const read = inline ? readInline(inline, sourceLines, firstLine, inline.map?.[0] ?? start) : { text: '', citations: [], quotations: [], linksAsWritten: true };
    linksAsWritten &&= read.linksAsWritten;
    return { kind, text: read.text, line, level, language: '', citations: read.citations, quotations: read.quotations, context: [] };
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'blockquote_open':
        nested++;
        break;
      case 'blockquote_close':
        nested--;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        leadIns.push(items.length === 0 ? lastParagraph : undefined);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        leadIns.pop();
        lastParagraph = undefined;
        break;
      case 'list_item_open':
        nested++;
        pendingItem = token;
        items.push('');
        break;
      case 'list_item_close':
        nested--;
        items.pop();
        pendingItem = undefined;
        break;
      case 'heading_open': {
        lastParagraph = undefined;
        const heading = block('heading', tokens[i + 1], token, Number(token.tag.slice(1)));
        blocks.push(heading);
        if (title === undefined && nested === 0 && heading.text !== '') title = heading.text;
        break;
      }
      case 'tr_open':
        row = token;
        break;
      case 'fence':
        lastParagraph = undefined;
        blocks.push({ ...block('fence', undefined, token), text: token.content, language: token.info.trim().split(/\s+/)[0] ?? '' });
        break;
      case 'html_block':
      case 'inline':
        htmlHeadings.push(...headingTags(token, firstLine));
        if (token.type === 'html_block') break;
        if (tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open') {
          blocks.push(block('table-cell', token, row ?? token));
          break;
        }
        if (tokens[i - 1]?.type !== 'paragraph_open') break;
        if (pendingItem && items[items.length - 1] === '') {
          const item = block('list-item', token, pendingItem);
          blocks.push(item);
          listItems.push({ block: item, frame: [...leadIns.filter((l): l is string => l !== undefined), ...items.slice(0, -1)] });
          items[items.length - 1] = item.text || ' ';
        } else {
          const paragraph = block('paragraph', token, token);
          blocks.push(paragraph);
          if (items.length === 0) lastParagraph = paragraph.text;
        }
        break;
      default:
        break;
    }
  }
  for (const { block: item, frame } of listItems) item.context = [...frame, ...(title !== undefined ? [title] : [])];
  return { reading: { text: { blocks, htmlHeadings }, ...(title !== undefined ? { title } : {}), citations: citedIds(blocks) }, linksAsWritten };
}

/** Ids of the well-formed citations of `blocks`, in order of first appearance. */
function citedIds(blocks: readonly TextBlock[]): string[] {
  const ids = new Set<string>();
  for (const block of blocks) {
    for (const citation of block.citations) {
      if (!citation.malformed) for (const id of citation.ids) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * Characters that start markup some inline rule reads (emphasis, links, images, code, escapes, entities, HTML, the
 * fragment marker): a bare URL holding none reads the same whether it is made a link or left as text.
 */
const MARKUP_CHARACTERS = /[!&*[\\\]_`<>{}~]/;

/**
 * Whether the link markdown-it made of a bare URL (`open`, then its text) reads as the text it would be without bare
 * links: its text is the URL as written (a text equal to the link's address is neither percent-decoded nor a punycode
 * host shown in Unicode), with no character other rules would read as markup.
 */
function readsAsWritten(open: Token, text: Token | undefined): boolean {
  if (text?.type !== 'text' || MARKUP_CHARACTERS.test(text.content)) return false;
  const href = open.attrGet('href');
  return href === text.content || href === `http://${text.content}` || href === `mailto:${text.content}`;
}

const HEADING_TAG = /<h[1-6][\s>/]/i;
const HEADING_TAGS = /<h([1-6])[\s>/]/gi;

/** `<h1>`…`<h6>` opening tags in raw HTML (a block, or the inline HTML of a paragraph). */
function headingTags(token: Token, firstLine: number): SlideText['htmlHeadings'] {
  // Raw HTML is written in the token's content: without a heading tag there, none of its HTML pieces holds one.
  if (!HEADING_TAG.test(token.content)) return [];
  const line = firstLine + (token.map?.[0] ?? 0);
  const pieces = token.type === 'html_block' ? [token.content] : (token.children ?? []).filter((c) => c.type === 'html_inline').map((c) => c.content);
  return pieces.flatMap((html) => [...html.matchAll(HEADING_TAGS)].map((m) => ({ level: Number(m[1]), line })));
}

/** A piece of the text quotations are looked for in, and where it starts in the inline content. */
interface Piece {
  at: number;
  source: number;
}

/**
 * An inline token's plain text (markup and citations out, code kept), its citations and its quotations (code
 * left out), each placed at its line and column: children are found in the inline content in order.
 */
function readInline(inline: Token, sourceLines: readonly string[], firstLine: number, firstRow: number): { text: string; citations: SlideCitation[]; quotations: SlideQuotation[]; linksAsWritten: boolean } {
  const content = inline.content;
  const rowStarts = [0];
  for (let at = content.indexOf('\n'); at !== -1; at = content.indexOf('\n', at + 1)) rowStarts.push(at + 1);
  const indents = new Map<number, number>();
  /** Each line of the inline content is its source line less the indentation and markers before it. */
  const indentOf = (row: number): number => {
    const known = indents.get(row);
    if (known !== undefined) return known;
    const rowText = content.slice(rowStarts[row], (rowStarts[row + 1] ?? content.length + 1) - 1);
    const raw = sourceLines[firstRow + row] ?? rowText;
    const indent = rowText === '' ? 0 : Math.max(0, raw.lastIndexOf(rowText));
    indents.set(row, indent);
    return indent;
  };
  const position = (offset: number): { line: number; column: number } => {
    const row = lastAtOrBefore(rowStarts, offset, (start) => start);
    return { line: firstLine + firstRow + row, column: indentOf(row) + (offset - rowStarts[row]!) + 1 };
  };
  // Quotations are looked for only where a quotation mark is: elsewhere no text piece needs placing.
  const quotable = content.includes('"') || content.includes('“');
  let cursor = 0;
  const find = (text: string): number => {
    const at = content.indexOf(text, cursor);
    const start = at === -1 ? cursor : at;
    cursor = Math.min(content.length, start + text.length);
    return start;
  };
  let text = '';
  let scanned = '';
  const pieces: Piece[] = [];
  const citations: SlideCitation[] = [];
  let linksAsWritten = true;
  const children = inline.children ?? [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    switch (child.type) {
      case 'text':
        text += child.content;
        if (!quotable) break;
        pieces.push({ at: scanned.length, source: find(child.content) });
        scanned += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        if (!quotable) break;
        pieces.push({ at: scanned.length, source: find('\n') });
        scanned += '\n';
        break;
      case 'code_inline':
        text += child.content;
        if (!quotable) break;
        find(child.content);
        scanned += ' ';
        break;
      case 'image':
        text += child.content;
        break;
      case 'html_inline':
        if (quotable) find(child.content);
        break;
      case 'link_open':
        if (child.markup === 'linkify') linksAsWritten &&= readsAsWritten(child, children[index + 1]);
        break;
      case 'citation':
      case 'citation_malformed': {
        const meta = child.meta as CitationMeta;
        const at = position(meta.offset);
        citations.push({ ids: meta.ids, written: meta.written, malformed: child.type === 'citation_malformed', line: at.line, column: at.column });
        if (!quotable) break;
        cursor = Math.max(cursor, meta.offset + meta.written.length);
        scanned += ' ';
        break;
      }
      default:
        break;
    }
  }
  const sourceOffset = (index: number): number => {
    const piece = pieces[lastAtOrBefore(pieces, index, (p) => p.at)];
    return piece && piece.at <= index ? piece.source + (index - piece.at) : 0;
  };
  const quotations = !quotable ? [] : quotationsIn(scanned).map((q) => ({ text: q.text, ...position(sourceOffset(q.index)) }));
  return { text: text.replace(/\s+/g, ' ').trim(), citations, quotations, linksAsWritten };
}

/** The index of the last item whose key is at most `value` (items sorted by key), else 0. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (key(items[middle]!) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Quotations in a text: “…” pairs, then "…" pairs. */
function quotationsIn(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of text.matchAll(/“([^“”]*)”/g)) out.push({ text: m[1]!, index: m.index });
  for (const m of text.matchAll(/"([^"]*)"/g)) out.push({ text: m[1]!, index: m.index });
  return out;
}
