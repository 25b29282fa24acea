// The deck as data: headmatter, source slides with provenance, and the compiled deck.

import type { AssetReference } from './asset.js';
import type { Diagnostic } from './diagnostic.js';

/** Deck-wide settings from the YAML headmatter of the first file. */
export interface DeckMeta {
  title: string;
  subtitle?: string;
  /** Where the content comes from, in a short line (shown in every footer), e.g. the article's short title and outlet. */
  source?: string;
  /** Path (relative to the deck folder) of the source article that `[@pN]` citations resolve against. */
  article?: string;
  /** Who wrote the deck (PDF author when no briefer is named). */
  author?: string;
  /** Date of the briefing, shown on the cover. */
  date?: string;
  /** Who gives the briefing and for which organisation, shown on the cover. */
  briefer?: string;
  organisation?: string;
  /**
   * What the source says of itself (headmatter `source-author`, `source-outlet`, `source-published`,
   * `source-url`): shown on the cover, the sources slide and in PDF metadata. Undefined: not written;
   * '' (the key written with no value): not stated in the source. Never filled in by guesswork.
   */
  sourceAuthor?: string;
  sourceOutlet?: string;
  /** ISO date (YYYY-MM-DD) or the date as the source writes it. */
  sourcePublished?: string;
  sourceUrl?: string;
  /**
   * The date the briefing's information is current as of (headmatter `as-of`), shown as
   * "Information as of …" in the footer and on the cover; it may carry its own qualifier, e.g. "(article undated)".
   */
  asOf?: string;
  /** A line shown at the top and bottom of every slide, e.g. a classification or "For discussion". */
  banner?: string;
  theme: string;
  /** Page language, e.g. `en`. */
  lang: string;
  /** Smart quotes and typographic dashes (headmatter `typographer:` or reveal.js's `smartypants:`). */
  typographer?: boolean;
  /** reveal.js settings the deck passes on (headmatter or reveal-md.json `revealOptions`), already checked. */
  revealOptions?: Record<string, boolean | number | string>;
}

/** Where a piece of a slide came from in its Markdown file (1-based, inclusive lines). */
export interface SourceRange {
  file: string;
  startLine: number;
  endLine: number;
}

/** Per-slide settings: YAML frontmatter plus reveal.js `<!-- .slide: … -->` attributes. */
export interface SlideSettings {
  id?: string;
  section?: string;
  tags: string[];
  class?: string;
  layout?: string;
  background?: string;
  transition?: string;
  minutes?: number;
  /** Extra attributes for the `<section>` (from `<!-- .slide: … -->`), verbatim. */
  attributes: Record<string, string>;
}

/** One slide as written, before rendering. */
export interface SourceSlide {
  /** Stable id: frontmatter `id`, else a slug of the first heading, else `slide-<n>`. */
  id: string;
  /** 0-based horizontal position in the deck. */
  h: number;
  /** 0-based vertical position inside a stack; 0 for the top slide. */
  v: number;
  /** Markdown body without frontmatter and notes. */
  content: string;
  /** Line in the file where `content` starts (1-based). */
  contentLine: number;
  /** Speaker notes as Markdown (empty when none). */
  notes: string;
  settings: SlideSettings;
  /** Title: the first heading's text, if any. */
  title?: string;
  range: SourceRange;
  /** Paragraph ids cited on the slide (`[@p3]`), in order of first appearance. */
  citations: string[];
}

/** Output of parsing one deck (one or more Markdown files). */
export interface ParsedDeck {
  meta: DeckMeta;
  slides: SourceSlide[];
  diagnostics: Diagnostic[];
}

/** A rendered slide: its source plus HTML for the `<section>` body and the notes. */
export interface RenderedSlide {
  source: SourceSlide;
  /** Inner HTML of the slide's `<section>` (notes included as `<aside class="notes">`); local files appear as asset markers (see src/assets/asset-url.ts). */
  html: string;
  /** Local files the slide, its notes and its `<section>` attributes name, with file:line. */
  assets: AssetReference[];
}

/** The compiled deck, ready to be placed in a page. */
export interface Deck {
  meta: DeckMeta;
  slides: RenderedSlide[];
  /** `<section>` elements for `.reveal .slides`, with vertical stacks nested. */
  html: string;
  diagnostics: Diagnostic[];
}

/** Speaking time counted for a slide that sets no `minutes`, in briefing budgets and the remix view. */
export const DEFAULT_SLIDE_MINUTES = 0.5;

/** What the browser knows of every slide: enough for tools, export bookmarks and the remix view. */
export interface OutlineEntry {
  id: string;
  h: number;
  v: number;
  title: string;
  section: string;
  tags: string[];
  minutes: number;
  source: string;
  pin: string;
}
