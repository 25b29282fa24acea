// Resolves a briefing's selectors against the deck: the picked slides in order, with overrides and diagnostics. Pure.

import type { SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { BriefingEntry, BriefingManifest, SlideOverrides } from './manifest.js';
import { slidePin } from './pin.js';
import { slidesPicked, type Selector } from './selection.js';
import { closestName } from './suggest.js';

/** Content a manifest brings in from outside the deck, loaded beforehand by the IO layer (keyed as written). */
export interface ExternalSlides {
  /** `file:` and `markdown:` entries, already parsed: key is the path, or `markdown@<line>`. */
  extra: Map<string, SourceSlide[] | Diagnostic>;
  /** `deck:` entries: key is the deck folder as written. */
  decks: Map<string, SourceSlide[] | Diagnostic>;
}

export interface SelectedSlide {
  slide: SourceSlide;
  /** The manifest line that picked it. */
  line: number;
}

export interface Selection {
  slides: SelectedSlide[];
  diagnostics: Diagnostic[];
}

export interface SelectContext {
  deck: readonly SourceSlide[];
  /** Every manifest of the deck, for `briefing:` entries. */
  briefings: ReadonlyMap<string, BriefingManifest>;
  external: ExternalSlides;
}

/** A manifest's entries resolved against the deck (other briefings, extra files and decks included), pins checked. */
export function resolveManifest(manifest: BriefingManifest, context: SelectContext): Selection {
  const diagnostics: Diagnostic[] = [];
  const picked = new Map<string, SelectedSlide>();
  resolve(manifest, context, [manifest.name], picked, diagnostics);
  for (const { slide } of picked.values()) {
    const pin = manifest.pins[slide.id];
    if (pin !== undefined && pin !== slidePin(slide)) {
      diagnostics.push({
        severity: 'warning', code: 'briefing-pin', file: manifest.file, line: manifest.pinLines[slide.id] ?? 1, column: 0,
        message: `slide ${slide.id} changed since this briefing picked it (${slide.range.file}:${slide.range.startLine})`,
        hint: `look at the slide; if the briefing still wants it, update its pin to ${slidePin(slide)} (or run briefdeck remix again)`,
      });
    }
  }
  return { slides: [...picked.values()], diagnostics };
}

function resolve(
  manifest: BriefingManifest,
  context: SelectContext,
  chain: string[],
  picked: Map<string, SelectedSlide>,
  diagnostics: Diagnostic[],
): void {
  const problem = (entry: BriefingEntry, message: string, hint: string, severity: Diagnostic['severity'] = 'error'): void => {
    diagnostics.push({ severity, code: 'briefing', file: manifest.file, line: entry.line, column: 0, message, hint });
  };
  const selectable = context.deck.map((slide) => ({ id: slide.id, ...(slide.settings.section !== undefined ? { section: slide.settings.section } : {}), tags: slide.settings.tags }));
  const add = (slides: readonly SourceSlide[], entry: BriefingEntry): void => {
    for (const slide of slides) {
      if (picked.has(slide.id)) {
        if (entry.selector.kind === 'id') problem(entry, `slide "${slide.id}" is picked twice; it stays where it was first picked`, 'remove one of the entries', 'warning');
        continue;
      }
      picked.set(slide.id, { slide: applyOverrides(slide, entry.overrides), line: entry.line });
    }
  };

  for (const entry of manifest.entries) {
    const { selector } = entry;
    switch (selector.kind) {
      case 'all':
      case 'position':
      case 'id':
      case 'section':
      case 'tag':
      case 'range': {
        const found = slidesPicked(selector, selectable);
        if (Array.isArray(found)) add(found.map((index) => context.deck[index]!), entry);
        else problem(entry, found.problem, hintFor(selector, context.deck));
        break;
      }
      case 'markdown':
      case 'file': {
        const key = selector.kind === 'file' ? selector.path : `markdown@${entry.line}`;
        const loaded = context.external.extra.get(key);
        if (!loaded) problem(entry, `the extra slide "${key}" was not loaded`, 'check the path');
        else if (!Array.isArray(loaded)) diagnostics.push(loaded);
        else add(loaded, entry);
        break;
      }
      case 'deck': {
        const loaded = context.external.decks.get(selector.deck);
        if (!loaded) problem(entry, `the deck "${selector.deck}" was not loaded`, 'check the path');
        else if (!Array.isArray(loaded)) diagnostics.push(loaded);
        else {
          const slide = loaded.find((s) => s.id === selector.id);
          if (slide) add([slide], entry);
          else problem(entry, `the deck ${selector.deck} has no slide with id "${selector.id}"`, didYouMean(selector.id, loaded.map((s) => s.id), 'slide ids there'));
        }
        break;
      }
      case 'briefing': {
        const other = context.briefings.get(selector.briefing);
        if (chain.includes(selector.briefing)) {
          if (reportsCycle(chain, selector.briefing)) {
            problem(entry, `briefings include each other in a cycle: ${[...chain, selector.briefing].join(' → ')}`, 'remove one of the briefing: entries');
          }
        } else if (!other) {
          problem(entry, `no briefing named "${selector.briefing}"`, didYouMean(selector.briefing, [...context.briefings.keys()], 'briefings'));
        } else {
          resolve(other, context, [...chain, selector.briefing], picked, diagnostics);
        }
        break;
      }
    }
  }
}

/**
 * Every briefing in a cycle meets it when compiled; only the one whose name sorts first reports it,
 * so a cycle is one error, not one per member (a briefing that merely includes a cycle stays quiet).
 */
function reportsCycle(chain: readonly string[], repeated: string): boolean {
  const members = chain.slice(chain.indexOf(repeated));
  return chain[0] === repeated && members.every((name) => repeated <= name);
}

/** What to do when an in-deck selector picks nothing: the closest name, or the names there are. */
function hintFor(selector: Selector, deck: readonly SourceSlide[]): string {
  const ids = deck.map((s) => s.id);
  switch (selector.kind) {
    case 'id':
      return didYouMean(selector.id, ids, 'slide ids');
    case 'section':
      return didYouMean(selector.section, unique(deck.map((s) => s.settings.section)), 'sections');
    case 'tag':
      return didYouMean(selector.tag, unique(deck.flatMap((s) => s.settings.tags)), 'tags');
    case 'range': {
      const from = ids.indexOf(selector.from);
      const to = ids.indexOf(selector.to);
      if (from !== -1 && to !== -1) return `write ${selector.to}..${selector.from}, or list the slides one by one to reorder them`;
      return didYouMean(from === -1 ? selector.from : selector.to, ids, 'slide ids');
    }
    default:
      return `number the slides from 1 to ${deck.length}, or name them by id`;
  }
}

function didYouMean(wanted: string, known: readonly string[], what: string): string {
  const close = closestName(wanted, known);
  if (close) return `did you mean "${close}"?`;
  return known.length > 0 ? `known ${what}: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` : `the deck has no ${what}`;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

const FIRST_HEADING = /^( {0,3}#{1,6}[ \t]+).*$/m;

/** The slide as this briefing shows it: another title, no notes, extra classes. */
export function applyOverrides(slide: SourceSlide, overrides: SlideOverrides): SourceSlide {
  if (overrides.title === undefined && overrides.notes === undefined && overrides.class === undefined) return slide;
  const title = overrides.title;
  const content =
    title === undefined ? slide.content : FIRST_HEADING.test(slide.content) ? slide.content.replace(FIRST_HEADING, (_m, marks: string) => `${marks}${title}`) : `## ${title}\n\n${slide.content}`;
  return {
    ...slide,
    content,
    ...(title !== undefined ? { title } : {}),
    notes: overrides.notes === false ? '' : slide.notes,
    settings: overrides.class === undefined ? slide.settings : { ...slide.settings, class: [slide.settings.class, overrides.class].filter(Boolean).join(' ') },
  };
}
