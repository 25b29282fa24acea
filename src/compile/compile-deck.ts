// Deck files → compiled Deck: parse, render, then diagrams through an injected renderer.

import type { Deck, ParsedDeck, RenderedSlide } from '../model/deck.js';
import { hasErrors } from '../model/diagnostic.js';
import { createDeckMarkdown } from '../markdown/create-markdown.js';
import type { ArticleLink, DiagramOccurrence } from '../markdown/env.js';
import { parseDeck, type DeckFile, type ParseOptions } from '../parse/parse-deck.js';
import { renderSlides, type RenderedPart } from '../render/render-deck.js';
import { deckHtml } from '../render/section-html.js';
import type { SessionCache } from './session-cache.js';
import { lazySanitizer } from '../render/sanitize.js';
import type { DiagramRenderer } from './diagram-renderer.js';
import { insertDiagrams, NO_DIAGRAMS } from './insert-diagrams.js';

export interface CompileOptions extends ParseOptions {
  /** Omitted: diagrams stay as code for the browser fallback. */
  renderDiagrams?: DiagramRenderer;
  /** The source page's folder (e.g. `source/`): citations link to its paragraphs. Omitted: citations are plain references. */
  sourceHref?: string;
  /** The deck's article: links to it go where it is published (see markdown/env.ts). */
  articleLink?: ArticleLink;
  /** The deck folder as slide files are shown: the page names them relative to it (see render/deck-relative.ts). */
  deckFolder?: string;
  /** Slides a session rendered before, reused when nothing they depend on changed. */
  renderCache?: SessionCache<RenderedPart>;
}

/** What the render and diagram steps take (a deck's, or a briefing's assembled from it). */
export type RenderStepOptions = Pick<CompileOptions, 'renderDiagrams' | 'sourceHref' | 'articleLink' | 'deckFolder' | 'renderCache'>;

export interface CompiledDeck {
  deck: Deck;
  diagrams: DiagramOccurrence[];
}

export async function compileDeck(files: readonly DeckFile[], options: CompileOptions = {}): Promise<CompiledDeck> {
  return compileParsed(parseDeck(files, options), options);
}

/** Render and diagram steps for slides already parsed (a deck, or a briefing assembled from one). */
export async function compileParsed(parsed: ParsedDeck, options: RenderStepOptions = {}): Promise<CompiledDeck> {
  const md = createDeckMarkdown(parsed.meta);
  const rendered = renderSlides(parsed, md, lazySanitizer(), {
    ...(options.sourceHref !== undefined ? { sourceHref: options.sourceHref } : {}),
    ...(options.articleLink !== undefined ? { articleLink: options.articleLink } : {}),
    ...(options.deckFolder !== undefined ? { deckFolder: options.deckFolder } : {}),
    ...(options.renderCache ? { cache: options.renderCache } : {}),
  });
  const { diagrams } = rendered;
  // The deck's HTML is joined once, from the slides with their diagrams in.
  const deckOf = (slides: RenderedSlide[], diagnostics: Deck['diagnostics']): Deck => ({ meta: parsed.meta, slides, html: deckHtml(slides), diagnostics });
  if (hasErrors(rendered.diagnostics) || diagrams.length === 0 || !options.renderDiagrams) {
    return { deck: deckOf(insertDiagrams(rendered.slides, diagrams, NO_DIAGRAMS), rendered.diagnostics), diagrams };
  }
  const output = await options.renderDiagrams(diagrams, { theme: parsed.meta.theme });
  return { deck: deckOf(insertDiagrams(rendered.slides, diagrams, output), [...rendered.diagnostics, ...output.diagnostics]), diagrams };
}
