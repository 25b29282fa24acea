// Prints a parsed deck back as one Markdown file that parses to the same slides, settings, notes and metadata. Pure.

import type { DeckMeta, ParsedDeck, SlideSettings, SourceSlide } from '../model/deck.js';
import { REVEAL_ATTRIBUTE_PATTERNS } from './attribute-patterns.js';
import { META_FIELDS } from './settings.js';
import { yamlLine } from './yaml-write.js';

/** The headmatter key of each deck field, in the order they are printed: the parser's table, read backwards. */
const META_KEYS = Object.fromEntries(Object.entries(META_FIELDS).map(([key, field]) => [field, key])) as Record<keyof DeckMeta, string>;

type PrintedSetting = Exclude<keyof SlideSettings, 'attributes'>;

const SETTING_KEYS: { readonly [K in PrintedSetting]-?: true } = {
  id: true, section: true, tags: true, class: true, layout: true, background: true, transition: true, minutes: true, cite: true,
};

/**
 * One file: the headmatter (deck fields and the first slide's settings), then each slide after `---`
 * (or `--` inside a stack) with a frontmatter block that always names its id, so default ids become
 * explicit and the content never touches a separator. `<!-- .slide: -->` attributes follow the content;
 * notes come last, in a `<!-- notes: -->` comment (or after `Note:` when they contain `-->`).
 * One case has no faithful form: notes holding `-->` and also a separator, fence or comment line.
 */
export function printDeck(deck: Pick<ParsedDeck, 'meta' | 'slides'>): string {
  const [first, ...rest] = deck.slides;
  const headmatter = [...metaLines(deck.meta), ...(first ? settingLines(first) : [])];
  const parts = [`---\n${headmatter.join('\n')}\n---`, first ? slideBody(first) : ''];
  for (const slide of rest) {
    parts.push(`${slide.v === 0 ? '---' : '--'}\n${settingLines(slide).join('\n')}\n---`, slideBody(slide));
  }
  return `${parts.join('\n')}\n`;
}

function metaLines(meta: DeckMeta): string[] {
  const text = (Object.keys(META_KEYS) as (keyof DeckMeta)[])
    .filter((field) => meta[field] !== undefined)
    .map((field) => yamlLine(META_KEYS[field], meta[field]));
  return [
    ...text,
    ...(meta.typographer !== undefined ? [yamlLine('typographer', meta.typographer)] : []),
    // Slide attributes are printed as `<!-- .slide: -->`, which reveal.js's default slide pattern reads; element comments stay as written.
    ...(meta.attributePatterns && meta.attributePatterns.element !== REVEAL_ATTRIBUTE_PATTERNS.elementAttributes ? [yamlLine('elementAttributes', meta.attributePatterns.element)] : []),
    ...(meta.revealOptions !== undefined ? [yamlLine('revealOptions', meta.revealOptions)] : []),
    ...(meta.highlightTheme !== undefined ? [yamlLine('highlightTheme', meta.highlightTheme)] : []),
  ];
}

function settingLines(slide: SourceSlide): string[] {
  const settings: SlideSettings = { ...slide.settings, id: slide.id };
  return (Object.keys(SETTING_KEYS) as PrintedSetting[])
    .filter((key) => settings[key] !== undefined && !(key === 'tags' && settings.tags.length === 0))
    .map((key) => yamlLine(key, settings[key]));
}

function slideBody(slide: SourceSlide): string {
  const lines = [slide.content];
  const attributes = Object.entries(slide.settings.attributes);
  if (attributes.length > 0) lines.push(`<!-- .slide: ${attributes.map(([name, value]) => formatAttribute(name, value)).join(' ')} -->`);
  if (slide.notes !== '') lines.push('', slide.notes.includes('-->') ? `Note:\n${slide.notes}` : `<!-- notes: ${slide.notes} -->`);
  return lines.join('\n');
}

function formatAttribute(name: string, value: string): string {
  return value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`;
}
