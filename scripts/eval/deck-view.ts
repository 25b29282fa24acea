// A deck as the scorer sees it: parsed by the project's parser, bullets per section, actor units, visible text.

import type { DeckMeta } from '../../src/model/deck.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { parseDeck, type DeckFile } from '../../src/parse/parse-deck.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { mermaidUnits } from './mermaid-units.js';

export interface SectionView {
  /** Slides whose frontmatter says `section:` this section. */
  slides: number;
  /** List items of those slides (speaker notes excluded). */
  bullets: string[];
  /** Headings and paragraphs of those slides: where an empty section says so. */
  prose: string[];
  /** Everything visible on those slides: prose, bullets and diagram units. */
  visible: string[];
}

export interface DeckView {
  meta: DeckMeta;
  /** The deck headmatter as written, keys the parser does not know yet (e.g. `source-published`) included. */
  headmatter: Record<string, unknown>;
  sections: Map<string, SectionView>;
  /** Every visible unit of the deck: headmatter lines, headings, paragraphs, list items, diagram units. */
  visible: string[];
  diagnostics: Diagnostic[];
}

const emptySection = (): SectionView => ({ slides: 0, bullets: [], prose: [], visible: [] });

/** Reads deck files (name + text) into the scorer's view. */
export function viewDeck(files: readonly { name: string; text: string }[]): DeckView {
  const deckFiles: DeckFile[] = files.map((f) => ({ file: f.name, text: f.text }));
  const parsed = parseDeck(deckFiles);
  const sections = new Map<string, SectionView>();
  const visible = [parsed.meta.title, parsed.meta.subtitle ?? '', parsed.meta.source ?? ''].filter((t) => t !== '');
  for (const slide of parsed.slides) {
    const name = slide.settings.section ?? '';
    const section = sections.get(name) ?? emptySection();
    sections.set(name, section);
    section.slides++;
    // Table cells are not scored: the gold checklists speak of headings, paragraphs, bullets and diagrams.
    for (const block of slide.text.blocks.filter((b) => b.kind !== 'table-cell')) {
      const units = block.kind === 'fence' ? (block.language === 'mermaid' ? mermaidUnits(block.text) : []) : [block.text];
      if (block.kind === 'list-item') section.bullets.push(block.text);
      if (block.kind === 'heading' || block.kind === 'paragraph') section.prose.push(block.text);
      section.visible.push(...units);
      visible.push(...units);
    }
  }
  const first = deckFiles[0];
  const headmatter = first ? parseFile(first.text, first.file, true).headmatter?.data ?? {} : {};
  return { meta: parsed.meta, headmatter, sections, visible, diagnostics: parsed.diagnostics };
}

export function sectionOf(view: DeckView, name: string): SectionView {
  return view.sections.get(name) ?? emptySection();
}
