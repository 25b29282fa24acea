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
  /**
   * The deck's own attribute comment patterns (reveal.js's `data-element-attributes` / `data-attributes`, as
   * headmatter `elementAttributes` / `slideAttributes`), checked; absent: `<!-- .element: -->` and `<!-- .slide: -->`.
   */
  attributePatterns?: { element: string; slide: string };
  /** The highlight.js style code is coloured with (headmatter or reveal-md.json `highlightTheme`); default: by the theme's background. */
  highlightTheme?: string;
  /** reveal.js settings the deck passes on (headmatter or reveal-md.json `revealOptions`), already checked. */
  revealOptions?: Record<string, boolean | number | string>;
}

/** Where a piece of a slide came from in its Markdown file (1-based, inclusive lines). */
export interface SourceRange {
  file: string;
  startLine: number;
  endLine: number;
}

/**
 * Whether a slide's bullets must each carry a citation (`cite:` in the headmatter or a slide's frontmatter), or
 * whether the slide makes no claims of its own at all (`none`: it describes the deck or its source).
 */
export type CiteRule = 'required' | 'optional' | 'none';

export const CITE_RULES: readonly CiteRule[] = ['required', 'optional', 'none'];

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
  /**
   * `cite: required`: every bullet of the slide must cite its paragraph (`briefdeck check` warns otherwise);
   * `optional` (the default): bullets may go uncited; `none`: the slide makes no claims (a sources slide), so bullets
   * need no citation and the hedge check passes over it. Set in the headmatter, it is every slide's default; a
   * layout may imply one (LAYOUT_DEFAULTS), which the slide's own setting overrides.
   */
  cite?: CiteRule;
  /** Extra attributes for the `<section>` (from `<!-- .slide: … -->`), verbatim. */
  attributes: Record<string, string>;
}

/** Where something sits in a slide's file: 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A `[@…]` citation as written. `malformed`: not of the form `[@p3]` / `[@p3, p7]` (its ids read as best they can be). */
export interface SlideCitation extends TextPosition {
  ids: string[];
  written: string;
  malformed: boolean;
}

/** A quotation (text between “…” or "…") and where its opening mark is. */
export interface SlideQuotation extends TextPosition {
  text: string;
}

/**
 * A block of a slide's visible text, read from its markdown-it tokens: a heading, a paragraph, a list item's own
 * text (nested items apart), a table cell, or a code fence. The scope of the citations and quotations in it.
 */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'fence';
  /** Plain text: markup and citations removed, whitespace collapsed; a fence's code as written. */
  text: string;
  /** 1-based line in the file where the block starts. */
  line: number;
  /** Heading level (1–6); 0 for other blocks. */
  level: number;
  /** Fence language (`mermaid`, …); empty for other blocks. */
  language: string;
  citations: SlideCitation[];
  quotations: SlideQuotation[];
  /**
   * List items: the text that frames the item — the paragraph just before its list ("According to officials, the
   * minister:"), the texts of the items it is nested in, and the slide title. Empty for other blocks.
   */
  context: string[];
}

/** What a slide's body says, read once from its markdown-it tokens (speaker notes apart). */
export interface SlideText {
  /** In reading order. */
  blocks: TextBlock[];
  /** Headings written as raw HTML (`<h2>…</h2>`): they name a slide for screen readers too. Level and line. */
  htmlHeadings: { level: number; line: number }[];
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
  /** Title: the text of the first Markdown heading outside lists and quotations, if any. */
  title?: string;
  range: SourceRange;
  /** Paragraph ids cited on the slide (well-formed `[@p3]` citations of its body), in order of first appearance. */
  citations: string[];
  /** Headings, paragraphs, list items, table cells and fences of the body, with their citations and quotations. */
  text: SlideText;
}

/** Output of parsing one deck (one or more Markdown files). */
export interface ParsedDeck {
  meta: DeckMeta;
  slides: SourceSlide[];
  diagnostics: Diagnostic[];
}

/** A rendered slide: its source plus HTML for the `<section>` body and, apart, the notes. */
export interface RenderedSlide {
  source: SourceSlide;
  /** The slide's content as HTML (without the notes). */
  body: string;
  /** The speaker notes as HTML ('' when none); the `<section>` carries them in `<aside class="notes">`. */
  notes: string;
  /** The slide's file relative to the deck folder, as the page names it (`data-source`): the same from any working folder. */
  sourceFile: string;
  /** Local files the slide, its notes and its `<section>` attributes name, with file:line; in `body`, `notes` and the attributes they appear as asset markers (see src/assets/asset-url.ts). */
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

/**
 * What a deck says of itself for document metadata (PDF author, subject, keywords and the source's own facts),
 * carried in the built page's data so an export of the build alone has it all.
 */
export interface DocumentFacts {
  author?: string;
  subject?: string;
  keywords?: string[];
  /** What the source states of itself (only what is stated: never guessed). */
  source?: { author?: string; outlet?: string; published?: string; url?: string };
}

/** Speaking time counted for a slide that sets no `minutes`, in briefing budgets and the remix view. */
export const DEFAULT_SLIDE_MINUTES = 0.5;

/** What the browser knows of every slide: enough for tools, export bookmarks and the remix view. */
export interface SlideIndexEntry {
  id: string;
  h: number;
  v: number;
  title: string;
  section: string;
  tags: string[];
  minutes: number;
  /** `file:line`, the file relative to the deck folder (as `data-source`). */
  source: string;
  pin: string;
}
