// The list items of a slide read from markdown-it tokens: plain text, cited paragraph ids, file line and lead-in.

import type { Token } from 'markdown-it';
import type { SourceSlide } from '../model/deck.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { createRenderEnv } from '../markdown/env.js';

/** One list item as a reader sees it. */
export interface SlideBullet {
  /** The item's own text (nested items excluded), markup and citations removed, whitespace collapsed. */
  text: string;
  /** Paragraph ids of the item's `[@pN]` citations, in order (the citation plugin's reading). */
  citations: string[];
  /** 1-based line in the slide's file where the item starts. */
  line: number;
  /**
   * Text that frames the item: the paragraph just before its list ("According to officials, the minister:"),
   * the texts of the items it is nested in, and the slide title.
   */
  context: string[];
}

/** A block of visible slide text: headings and paragraphs as plain text, fences with their language. */
export interface SlideBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'fence';
  text: string;
  /** Fence language (`mermaid`, …); empty for other blocks. */
  language: string;
  line: number;
}

export interface SlideReading {
  bullets: SlideBullet[];
  blocks: SlideBlock[];
}

const md = createMarkdown();

function inlineText(inline: Token | undefined): { text: string; citations: string[] } {
  let text = '';
  const citations: string[] = [];
  for (const child of inline?.children ?? []) {
    if (child.type === 'citation') citations.push(...(child.meta as { ids: string[] }).ids);
    else if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += child.content;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), citations };
}

/** Reads a slide's body (not its notes) into list items and visible blocks. */
export function readSlide(slide: SourceSlide): SlideReading {
  const tokens = md.parse(slide.content, createRenderEnv(slide.range.file, slide.contentLine));
  const bullets: SlideBullet[] = [];
  const blocks: SlideBlock[] = [];
  const line = (token: Token): number => slide.contentLine + (token.map?.[0] ?? 0);
  /** Open list items (their texts), innermost last; and the lead-in paragraph of each open list. */
  const items: string[] = [];
  const leadIns: (string | undefined)[] = [];
  let lastParagraph: string | undefined;
  let pendingItem: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
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
        pendingItem = token;
        items.push('');
        break;
      case 'list_item_close':
        items.pop();
        pendingItem = undefined;
        break;
      case 'heading_open':
        lastParagraph = undefined;
        blocks.push({ kind: 'heading', text: inlineText(tokens[i + 1]).text, language: '', line: line(token) });
        break;
      case 'fence':
        lastParagraph = undefined;
        blocks.push({ kind: 'fence', text: token.content, language: token.info.trim().split(/\s+/)[0] ?? '', line: line(token) });
        break;
      case 'inline': {
        if (tokens[i - 1]?.type !== 'paragraph_open') break;
        const { text, citations } = inlineText(token);
        if (pendingItem && items[items.length - 1] === '') {
          const context = [...leadIns.filter((l): l is string => l !== undefined), ...items.slice(0, -1), ...(slide.title ? [slide.title] : [])];
          bullets.push({ text, citations, line: line(pendingItem), context });
          blocks.push({ kind: 'list-item', text, language: '', line: line(pendingItem) });
          items[items.length - 1] = text || ' ';
        } else {
          blocks.push({ kind: 'paragraph', text, language: '', line: line(token) });
          if (items.length === 0) lastParagraph = text;
        }
        break;
      }
      default:
        break;
    }
  }
  return { bullets, blocks };
}
