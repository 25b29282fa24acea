// Speaker notes as the notes pane shows them: the talk track first, then the source sentences (the blockquote
// after a `Source:` line), one paragraph per line, read from the notes' markdown-it tokens. Pure.

import type { MarkdownIt } from 'markdown-it';
import { readSlideContent, runsText, type Block, type Run } from './content.js';

export interface SlideNotes {
  /** What to say: paragraphs and list items, list items marked with a bullet and indented by level. */
  talk: string[];
  /** The sentences the slide rests on, verbatim. */
  sources: string[];
}

const SOURCE_LABEL = /^sources?:$/i;

export function readNotes(md: MarkdownIt, markdown: string, file: string): SlideNotes {
  if (markdown.trim() === '') return { talk: [], sources: [] };
  const content = readSlideContent(md, markdown, file, 0);
  const blocks: Block[] = content.title ? [{ kind: 'heading', level: 2, runs: content.title }, ...content.blocks] : content.blocks;
  const talk: string[] = [];
  const sources: string[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === 'paragraph' && SOURCE_LABEL.test(runsText(block.runs).trim()) && next?.kind === 'quote') return;
    const previous = blocks[index - 1];
    if (block.kind === 'quote' && previous?.kind === 'paragraph' && SOURCE_LABEL.test(runsText(previous.runs).trim())) {
      sources.push(...block.paragraphs.map(notesText));
      return;
    }
    talk.push(...blockLines(block));
  });
  return { talk, sources };
}

/** The notes as plain paragraphs, as they go into the notes pane. */
export function notesParagraphs(notes: SlideNotes): string[] {
  if (notes.sources.length === 0) return notes.talk;
  return [...notes.talk, ...(notes.talk.length > 0 ? [''] : []), 'Source:', ...notes.sources.map((s) => `“${s}”`)];
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'list':
      return block.items.map((item) => `${'    '.repeat(item.level)}• ${notesText(item.runs)}`);
    case 'quote':
      return block.paragraphs.map((p) => `“${notesText(p)}”`);
    case 'code':
      return block.text.split('\n');
    case 'columns':
      return block.columns.flat().flatMap(blockLines);
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(notesText).join(' | '));
    case 'diagram':
      return [];
    case 'picture':
      return block.alt ? [block.alt] : [];
    case 'paragraph':
    case 'heading':
      return [notesText(block.runs)];
  }
}

/** Citations read `[p3]` in notes, where superscripts do not exist. */
function notesText(runs: readonly Run[]): string {
  return runs.map((r) => (r.cite ? `[${r.cite.join(', ')}]` : r.lineBreak ? ' ' : r.text)).join('').replace(/\s+/g, ' ').trim();
}
