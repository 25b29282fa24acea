// The one slide-selection language: `--range`, `--select`, `?select=` and briefing manifest entries are all read here. Pure, for node and browser.

/** What one selector picks. Positions are 1-based and inclusive; `range` runs from one slide id to another. */
export type Selector =
  | { kind: 'position'; from: number; to: number }
  | { kind: 'id'; id: string }
  | { kind: 'section'; section: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'all' }
  | { kind: 'briefing'; briefing: string }
  | { kind: 'markdown'; markdown: string }
  | { kind: 'file'; path: string }
  | { kind: 'deck'; deck: string; id: string };

/**
 * What a bare word reads as: `--range` counts slides (`3`, `3-5`; an id is written `id:intro`), while links,
 * `--select` and manifests name slides (`intro`; `007` is an id; slide numbers are written `number:3-5`).
 */
export type BareNumbers = 'positions' | 'ids';

/** One part of a selection as written, and what it selects or why it cannot be read. */
export type SelectionPart = { text: string; selector: Selector } | { text: string; problem: string };

const ID = /^[A-Za-z0-9][\w-]*$/;
const POSITION = /^(\d+)(?:\s*-\s*(\d+))?$/;
const ID_RANGE = /^([A-Za-z0-9][\w-]*)\s*\.\.\s*([A-Za-z0-9][\w-]*)$/;
const PREFIXED = /^(section|tag|briefing|id|number):\s*(.*)$/;

/** One selector: `*`, `section:NAME`, `tag:NAME`, `briefing:NAME`, `id:ID`, `number:3-5`, `FROM..TO`, `3`, `3-5` or an id. */
export function parseSelector(written: string, numbers: BareNumbers): Selector | { problem: string } {
  const text = written.trim();
  if (text === '*') return { kind: 'all' };
  const prefixed = PREFIXED.exec(text);
  if (prefixed) {
    const value = prefixed[2]!.trim();
    if (value === '') return { problem: `"${text}" names no ${prefixed[1]}` };
    switch (prefixed[1]) {
      case 'section':
        return { kind: 'section', section: value };
      case 'tag':
        return { kind: 'tag', tag: value };
      case 'briefing':
        return { kind: 'briefing', briefing: value };
      case 'id':
        return ID.test(value) ? { kind: 'id', id: value } : { problem: `"${value}" is not a slide id` };
      default:
        return position(value) ?? { problem: `"${value}" is not a slide number or a range such as 3-5` };
    }
  }
  const range = ID_RANGE.exec(text);
  if (range) return { kind: 'range', from: range[1]!, to: range[2]! };
  if (numbers === 'positions') return position(text) ?? { problem: `"${text}" is not a slide number, a range such as 3-5, or a selector (id:NAME, FROM..TO, section:NAME, tag:NAME, *)` };
  if (ID.test(text)) return { kind: 'id', id: text };
  return { problem: `"${text}" is not a selector` };
}

/** `3` or `3-5` as a position selector; a 0 or a backwards range is a problem; anything else undefined. */
function position(text: string): Selector | { problem: string } | undefined {
  const match = POSITION.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from === 0 || to === 0) return { problem: `"${text}": slides are numbered from 1` };
  if (to < from) return { problem: `"${text}" runs backwards; write ${to}-${from}` };
  return { kind: 'position', from, to };
}

/** A comma-separated selection, part by part; an empty part (`1,,2`) is a problem, an empty text has no parts. */
export function parseSelection(text: string, numbers: BareNumbers): SelectionPart[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const trimmed = part.trim();
    if (trimmed === '') return { text: trimmed, problem: `"${text}" has an empty part between commas` };
    const selector = parseSelector(trimmed, numbers);
    return 'problem' in selector ? { text: trimmed, problem: selector.problem } : { text: trimmed, selector };
  });
}

/** What a slide offers to selectors: its id, section and tags (a position is its index). */
export interface SelectableSlide {
  id: string;
  section?: string;
  tags?: readonly string[];
}

/**
 * The indices (0-based, in `slides`) one in-deck selector picks, in deck order, or why it picks none.
 * `briefing`, `markdown`, `file` and `deck` reach outside the slide list: only a briefing manifest resolves them.
 */
export function slidesPicked(selector: Selector, slides: readonly SelectableSlide[]): number[] | { problem: string } {
  const all = slides.map((_slide, index) => index);
  switch (selector.kind) {
    case 'all':
      return all;
    case 'position':
      if (selector.to > slides.length) {
        const written = selector.from === selector.to ? `${selector.from}` : `${selector.from}-${selector.to}`;
        return { problem: `"${written}" is beyond the last slide: the deck has ${slides.length} slide${slides.length === 1 ? '' : 's'}` };
      }
      return all.slice(selector.from - 1, selector.to);
    case 'id': {
      const index = slides.findIndex((slide) => slide.id === selector.id);
      return index === -1 ? { problem: `no slide with id "${selector.id}"` } : [index];
    }
    case 'section': {
      const picked = all.filter((index) => slides[index]!.section === selector.section);
      return picked.length > 0 ? picked : { problem: `no slide is in section "${selector.section}"` };
    }
    case 'tag': {
      const picked = all.filter((index) => slides[index]!.tags?.includes(selector.tag));
      return picked.length > 0 ? picked : { problem: `no slide has tag "${selector.tag}"` };
    }
    case 'range': {
      const from = slides.findIndex((slide) => slide.id === selector.from);
      const to = slides.findIndex((slide) => slide.id === selector.to);
      if (from === -1 || to === -1) return { problem: `no slide with id "${from === -1 ? selector.from : selector.to}" for the range ${selector.from}..${selector.to}` };
      if (from > to) return { problem: `the range ${selector.from}..${selector.to} runs backwards: "${selector.to}" comes before "${selector.from}" in the deck` };
      return all.slice(from, to + 1);
    }
    default:
      return { problem: `${selector.kind}: entries work in briefing manifests only` };
  }
}
