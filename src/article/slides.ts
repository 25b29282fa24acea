// Slide drafts and their Markdown form: per-slide frontmatter after `---`, content, then a `Note:` block.

import { yamlText } from '../parse/yaml-write.js';

export interface SlideDraft {
  id: string;
  section?: string;
  /** A layout name from the parser's LAYOUTS. */
  layout?: string;
  class?: string;
  /** `required`: every bullet must cite its paragraph (`cite:` in the slide's frontmatter, checked by `briefdeck check`). */
  cite?: 'required';
  /** Markdown lines of the slide body (heading included). */
  body: string[];
  /** Markdown lines of the speaker notes. */
  notes: string[];
}

export interface FileDraft {
  name: string;
  slides: SlideDraft[];
  /** Deck headmatter: only for the first file. */
  headmatter?: Record<string, string | undefined>;
}

/** Splits bullets into as few pages of at most `max` as possible, balanced (6 with max 5 -> 3 + 3). */
export function pages<T>(items: readonly T[], max: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / Math.max(1, max));
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Suffix for continuation slides: `firsts`, `firsts-2`, `firsts-3`. */
export function pageId(base: string, index: number): string {
  return index === 0 ? base : `${base}-${index + 1}`;
}

/**
 * A block mapping is its pairs' lines one after another, so each pair is written by itself and a pair the file
 * already wrote (the same layout or section on every slide) is taken from `written` instead of being written again.
 */
function yamlBlock(data: Record<string, string | undefined>, written: Map<string, string>): string {
  const entries = Object.entries(data).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  if (entries.length === 0) return yamlText({}).trimEnd();
  let block = '';
  for (const [key, value] of entries) {
    const pairKey = `${key}\n${value}`;
    let line = written.get(pairKey);
    if (line === undefined) {
      line = yamlText({ [key]: value });
      written.set(pairKey, line);
    }
    block += line;
  }
  return block.trimEnd();
}

function settings(slide: SlideDraft): Record<string, string | undefined> {
  return { id: slide.id, layout: slide.layout, section: slide.section, class: slide.class, cite: slide.cite };
}

function slideText(slide: SlideDraft): string {
  const parts = [slide.body.join('\n').trimEnd()];
  if (slide.notes.length > 0) parts.push(`Note:\n${slide.notes.join('\n').trimEnd()}`);
  return parts.join('\n\n');
}

/** One deck file: headmatter (first file) or the first slide's frontmatter, then slides separated by `---`. */
export function serializeFile(file: FileDraft): string {
  const out: string[] = [];
  const written = new Map<string, string>();
  file.slides.forEach((slide, i) => {
    const front = i === 0 && file.headmatter ? { ...file.headmatter, ...settings(slide) } : settings(slide);
    out.push(`---\n${yamlBlock(front, written)}\n---\n${slideText(slide)}\n`);
  });
  return out.join('\n');
}
