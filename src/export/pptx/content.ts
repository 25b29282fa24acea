// A slide's Markdown as editable pieces (title, paragraphs, list items with levels, quotes, tables, code, diagrams,
// columns), read from the markdown-it tokens the deck already renders from, with what has no PowerPoint form. Pure.

import type { MarkdownIt, Token } from 'markdown-it';
import { createRenderEnv } from '../../markdown/env.js';
import { DIAGRAM_LANGUAGES } from '../../markdown/plugins/diagram-fence.js';
import { markedAssetPath } from '../../assets/asset-url.js';
import { locateAttributes } from '../../markdown/html-url-attributes.js';
import { htmlText } from '../../markdown/html-text.js';

/** A stretch of text with one formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** Target of a Markdown link. */
  link?: string;
  /** Paragraph ids of a `[@p3]` citation (the run's text is the label). */
  cite?: string[];
  /** A line break inside the paragraph (`<br>` or a hard break). */
  lineBreak?: boolean;
}

export interface ListItem {
  /** 0 for a top-level item, 1 for an item of a nested list, … */
  level: number;
  ordered: boolean;
  /** An ordered item's number (the list's `start` counted on). */
  number?: number;
  runs: Run[];
}

export type Block =
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'quote'; paragraphs: Run[][] }
  | { kind: 'table'; header: Run[][]; rows: Run[][][] }
  | { kind: 'code'; text: string }
  | { kind: 'diagram'; code: string; file: string; line: number }
  /** A Markdown image of a local file (`path` as asset markers carry it), placed after the block it was in. */
  | { kind: 'picture'; path: string; alt: string; file: string; line: number }
  | { kind: 'columns'; columns: Block[][] };

/** Something on the slide that the PowerPoint file cannot hold, with the line it is on. */
export interface Omission {
  what: string;
  line: number;
}

export interface SlideContent {
  title?: Run[];
  blocks: Block[];
  omitted: Omission[];
}

/** `markdown`: the slide's content; `file` and `firstLine` place its tokens in the deck's files. */
export function readSlideContent(md: MarkdownIt, markdown: string, file: string, firstLine: number): SlideContent {
  const tokens = md.parse(markdown, createRenderEnv(file, firstLine));
  const reader = new TokenReader(tokens, file, firstLine);
  const blocks = reader.blocks(() => false);
  const titleIndex = blocks.findIndex((b) => b.kind === 'heading' && b.level <= 2);
  const first = blocks[titleIndex];
  if (first?.kind !== 'heading' || !blocks.slice(0, titleIndex).every((b) => b.kind === 'heading')) return { blocks, omitted: reader.omitted };
  return { title: first.runs, blocks: blocks.filter((_, i) => i !== titleIndex), omitted: reader.omitted };
}

/** The plain text of runs, as a reader of the slide would see it. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('');
}

/** Walks block tokens in order; each method consumes the tokens of what it returns. */
class TokenReader {
  readonly omitted: Omission[] = [];
  private index = 0;
  /** Images met inside the block being read; they follow it as pictures. */
  private pictures: Extract<Block, { kind: 'picture' }>[] = [];

  constructor(private readonly tokens: readonly Token[], private readonly file: string, private readonly firstLine: number) {}

  /** `<img>` elements of local files in raw HTML become pictures; true when the HTML held nothing else that shows. */
  private htmlPictures(html: string, token: Token): boolean {
    if (!/<img\s/i.test(html)) return false;
    const attributes = locateAttributes(html, IMAGE_ATTRIBUTES).filter((a) => a.element === 'img');
    let found = 0;
    for (const src of attributes.filter((a) => a.name === 'src')) {
      const file = markedAssetPath(src.value);
      if (file === undefined) continue;
      const alt = attributes.find((a) => a.name === 'alt' && a.elementStart === src.elementStart)?.value ?? '';
      this.pictures.push({ kind: 'picture', path: file, alt, file: this.file, line: this.line(token) + src.line - 1 });
      found++;
    }
    return found > 0 && /^(?:\s*<img\b[^<]*>)+\s*$/i.test(html);
  }

  private line(token: Token | undefined): number {
    return this.firstLine + (token?.map?.[0] ?? 0);
  }

  /** Blocks until `stop` says the current token closes the container (which is then consumed by the caller). */
  blocks(stop: (token: Token) => boolean): Block[] {
    const out: Block[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index]!;
      if (stop(token)) break;
      const block = this.block(token);
      if (block) out.push(...block);
      out.push(...this.pictures.splice(0));
    }
    return out;
  }

  private block(token: Token): Block[] {
    switch (token.type) {
      case 'heading_open': {
        const runs = this.inlineUntil('heading_close');
        return [{ kind: 'heading', level: Number(token.tag.slice(1)), runs }];
      }
      case 'paragraph_open': {
        const runs = this.inlineUntil('paragraph_close');
        return runs.length > 0 ? [{ kind: 'paragraph', runs }] : [];
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        return [{ kind: 'list', items: this.list(0) }];
      case 'blockquote_open': {
        this.index++;
        const inner = this.blocks((t) => t.type === 'blockquote_close');
        this.index++;
        return [{ kind: 'quote', paragraphs: inner.flatMap(blockParagraphs) }];
      }
      case 'table_open':
        return [this.table()];
      case 'fence':
      case 'code_block': {
        this.index++;
        const language = token.info.trim().split(/\s+/)[0] ?? '';
        if (token.type === 'fence' && DIAGRAM_LANGUAGES.includes(language)) return [{ kind: 'diagram', code: token.content, file: this.file, line: this.line(token) }];
        return [{ kind: 'code', text: token.content.replace(/\n$/, '') }];
      }
      case 'columns_open': {
        this.index++;
        const columns: Block[][] = [];
        while (this.tokens[this.index]?.type === 'column_open') {
          this.index++;
          columns.push(this.blocks((t) => t.type === 'column_close'));
          this.index++;
        }
        this.index++;
        return [{ kind: 'columns', columns }];
      }
      case 'html_block': {
        this.index++;
        const what = this.htmlPictures(token.content, token) ? undefined : describeHtml(token.content);
        if (what) this.omitted.push({ what: `raw HTML ${what}`, line: this.line(token) });
        return [];
      }
      case 'hr':
        this.index++;
        return [];
      default:
        this.omitted.push({ what: `a "${token.type}" element`, line: this.line(token) });
        this.index++;
        return [];
    }
  }

  /** Items of the list whose opening token is current, nested lists flattened with deeper levels. */
  private list(level: number): ListItem[] {
    const open = this.tokens[this.index]!;
    const ordered = open.type === 'ordered_list_open';
    const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
    let number = Number(open.attrGet('start') ?? 1);
    this.index++;
    const items: ListItem[] = [];
    while (this.index < this.tokens.length && this.tokens[this.index]!.type !== close) {
      const token = this.tokens[this.index]!;
      if (token.type !== 'list_item_open') {
        this.index++;
        continue;
      }
      this.index++;
      const own: Run[] = [];
      const nested: ListItem[] = [];
      while (this.index < this.tokens.length && this.tokens[this.index]!.type !== 'list_item_close') {
        const inner = this.tokens[this.index]!;
        if (inner.type === 'bullet_list_open' || inner.type === 'ordered_list_open') {
          nested.push(...this.list(level + 1));
        } else {
          for (const block of this.block(inner)) {
            const paragraphs = blockParagraphs(block);
            for (const runs of paragraphs) {
              if (own.length > 0) own.push({ text: '', lineBreak: true });
              own.push(...runs);
            }
          }
        }
      }
      this.index++;
      items.push({ level, ordered, ...(ordered ? { number: number++ } : {}), runs: own }, ...nested);
    }
    this.index++;
    return items;
  }

  private table(): Block {
    const header: Run[][] = [];
    const rows: Run[][][] = [];
    let inHead = false;
    let row: Run[][] | undefined;
    this.index++;
    while (this.index < this.tokens.length && this.tokens[this.index]!.type !== 'table_close') {
      const token = this.tokens[this.index]!;
      if (token.type === 'thead_open') inHead = true;
      else if (token.type === 'thead_close') inHead = false;
      else if (token.type === 'tr_open') row = [];
      else if (token.type === 'tr_close' && row) {
        if (inHead) header.push(...row);
        else rows.push(row);
        row = undefined;
      } else if (token.type === 'inline' && row) {
        row.push(this.inline(token));
      }
      this.index++;
    }
    this.index++;
    return { kind: 'table', header, rows };
  }

  /** The inline token after the current opening token, as runs; consumes up to and including `close`. */
  private inlineUntil(close: string): Run[] {
    this.index++;
    let runs: Run[] = [];
    while (this.index < this.tokens.length && this.tokens[this.index]!.type !== close) {
      const token = this.tokens[this.index]!;
      if (token.type === 'inline') runs = runs.concat(this.inline(token));
      this.index++;
    }
    this.index++;
    return trimRuns(runs);
  }

  private inline(token: Token): Run[] {
    const runs: Run[] = [];
    const style = { bold: 0, italic: 0 };
    const links: string[] = [];
    const push = (run: Run): void => {
      const link = links.at(-1);
      runs.push({ ...run, ...(style.bold > 0 ? { bold: true } : {}), ...(style.italic > 0 ? { italic: true } : {}), ...(link !== undefined ? { link } : {}) });
    };
    for (const child of token.children ?? []) {
      switch (child.type) {
        case 'text':
          if (child.content !== '') push({ text: child.content });
          break;
        case 'code_inline':
          push({ text: child.content, code: true });
          break;
        case 'strong_open':
          style.bold++;
          break;
        case 'strong_close':
          style.bold--;
          break;
        case 'em_open':
          style.italic++;
          break;
        case 'em_close':
          style.italic--;
          break;
        case 'link_open':
          links.push(String(child.attrGet('href') ?? ''));
          break;
        case 'link_close':
          links.pop();
          break;
        case 'softbreak':
          push({ text: ' ' });
          break;
        case 'hardbreak':
          push({ text: '', lineBreak: true });
          break;
        case 'citation': {
          const ids = (child.meta as { ids: string[] }).ids;
          runs.push({ text: ids.join(', '), cite: ids });
          break;
        }
        case 'image': {
          const src = String(child.attrGet('src') ?? '');
          const file = markedAssetPath(src);
          if (file !== undefined) {
            this.pictures.push({ kind: 'picture', path: file, alt: child.content, file: this.file, line: this.line(token) });
            break;
          }
          this.omitted.push({ what: `the image "${src}" (only files beside the slides become pictures; its alt text is kept)`, line: this.line(token) });
          if (child.content) push({ text: child.content });
          break;
        }
        case 'html_inline': {
          const tag = htmlTag(child.content);
          if (tag?.name === 'br') {
            push({ text: '', lineBreak: true });
            break;
          }
          // Inline emphasis written as HTML has a PowerPoint form: it styles the runs up to its closing tag.
          if (tag && STYLE_TAGS[tag.name]) {
            style[STYLE_TAGS[tag.name]!] += tag.closing ? -1 : 1;
            break;
          }
          const what = this.htmlPictures(child.content, token) ? undefined : describeHtml(child.content);
          if (what) this.omitted.push({ what: `raw HTML ${what} (its text is kept)`, line: this.line(token) });
          break;
        }
        default:
          if (child.content) push({ text: child.content });
      }
    }
    return runs;
  }
}

/** The paragraphs a block holds, for places that take only text (list items, quotes, notes). */
export function blockParagraphs(block: Block): Run[][] {
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return [block.runs];
    case 'list':
      return block.items.map((item) => item.runs);
    case 'quote':
      return block.paragraphs;
    case 'code':
      return [[{ text: block.text, code: true }]];
    case 'table':
      return [block.header, ...block.rows].map((row) => row.flatMap((cell, i) => (i === 0 ? cell : [{ text: ' · ' }, ...cell])));
    case 'columns':
      return block.columns.flat().flatMap(blockParagraphs);
    case 'diagram':
    case 'picture':
      return [];
  }
}

const IMAGE_ATTRIBUTES: ReadonlySet<string> = new Set(['src', 'alt']);

const STYLE_TAGS: Record<string, 'bold' | 'italic'> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic' };

/** The tag name of an inline HTML tag (`<b>`, `</em>`, `<br/>`), lower-case, and whether it closes. */
function htmlTag(html: string): { name: string; closing: boolean } | undefined {
  const match = /^<(\/?)([A-Za-z][\w-]*)[^>]*>$/.exec(html.trim());
  return match ? { name: match[2]!.toLowerCase(), closing: match[1] === '/' } : undefined;
}

/**
 * `<div class="x">boxed</div>` → `<div> holding "boxed"` (the words it shows, cut at ~40 characters); HTML comments
 * and whitespace have no visible form, so nothing is reported for them.
 */
function describeHtml(html: string): string | undefined {
  const text = html.trim();
  if (text === '' || (text.startsWith('<!--') && text.endsWith('-->'))) return undefined;
  const tag = /^<\/?([A-Za-z][\w-]*)/.exec(text)?.[1];
  if (tag && text.startsWith('</')) return undefined;
  if (!tag) return `"${text.slice(0, 30)}"`;
  const words = htmlText(text);
  const shown = words.length > 40 ? `${words.slice(0, 40).replace(/\s+\S*$/, '')} …` : words;
  return `<${tag.toLowerCase()}>${shown ? ` holding "${shown}"` : ''}`;
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.filter((r) => r.lineBreak || r.cite || r.text !== '');
  while (out[0] && !out[0].cite && !out[0].lineBreak && out[0].text.trim() === '') out.shift();
  while (out.at(-1) && !out.at(-1)!.cite && !out.at(-1)!.lineBreak && out.at(-1)!.text.trim() === '') out.pop();
  if (out[0] && !out[0].cite) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
  const last = out.at(-1);
  if (last && !last.cite) out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return out;
}
