// Renders parsed slides to reveal.js `<section>` HTML with one markdown-it instance, sanitising what it renders. Pure.

import type { MarkdownIt } from 'markdown-it';
import type { RenderEnv } from '../markdown/env.js';
import type { Deck, ParsedDeck, RenderedSlide, SourceSlide } from '../model/deck.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { createRenderEnv, type DiagramOccurrence } from '../markdown/env.js';
import { lazySanitizer, needsSanitizing, type HtmlSanitizer } from './sanitize.js';
import { formatAttributes, sectionAttributes } from './section-attributes.js';
import { partContentsHtml } from './part-contents.js';
import { factsPlaceFor, sourceFactsHtml } from './source-facts.js';

export interface RenderResult {
  deck: Deck;
  /** Diagram fences found, in deck order; their placeholders are still in the HTML. */
  diagrams: DiagramOccurrence[];
}

/** Slide bodies and notes with raw HTML (or unknown tokens) go through `sanitizer`, so they cannot add script (see sanitize.ts). */
export function renderDeck(parsed: ParsedDeck, md: MarkdownIt = createMarkdown({ typographer: parsed.meta.typographer === true }), sanitizer: HtmlSanitizer = lazySanitizer()): RenderResult {
  const diagramCounts = new Map<string, number>();
  const diagrams: DiagramOccurrence[] = [];
  const slides: RenderedSlide[] = parsed.slides.map((source, index) => {
    const env = createRenderEnv(source.range.file, source.contentLine, diagramCounts, { layout: source.settings.layout });
    const place = factsPlaceFor(source.settings.layout);
    const facts = place ? sourceFactsHtml(parsed.meta, place, md.utils.escapeHtml) : '';
    const body = renderSafely(md, sanitizer, source.content, env) + facts + partContentsHtml(parsed.slides, index, md.utils.escapeHtml);
    diagrams.push(...env.diagrams);
    const notes = source.notes ? `<aside class="notes">${renderSafely(md, sanitizer, source.notes, createRenderEnv(source.range.file, 0, undefined, { part: 'notes' }))}</aside>` : '';
    return { source, html: body + notes };
  });
  const deck: Deck = {
    meta: parsed.meta,
    slides,
    html: deckHtml(slides, md.utils.escapeHtml),
    diagnostics: parsed.diagnostics,
  };
  return { deck, diagrams };
}

/** markdown-it escapes all it builds from Markdown (and refuses script URLs); raw HTML is what can bring markup in. */
function renderSafely(md: MarkdownIt, sanitizer: HtmlSanitizer, markdown: string, env: RenderEnv): string {
  const tokens = md.parse(markdown, env);
  const html = md.renderer.render(tokens, md.options, env);
  return needsSanitizing(tokens) ? sanitizer.sanitize(html) : html;
}

export function sectionHtml(slide: RenderedSlide, escape: (text: string) => string): string {
  return `<section${formatAttributes(sectionAttributes(slide.source), escape)}>\n${slide.html}</section>`;
}

/** Horizontal slides in order; a slide with vertical children becomes a stack `<section>`. */
export function deckHtml(slides: readonly RenderedSlide[], escape: (text: string) => string): string {
  const stacks = groupStacks(slides);
  return stacks
    .map((stack) => (stack.length === 1 ? sectionHtml(stack[0]!, escape) : `<section class="stack">\n${stack.map((s) => sectionHtml(s, escape)).join('\n')}\n</section>`))
    .join('\n');
}

export function groupStacks<T extends { source: Pick<SourceSlide, 'h'> }>(slides: readonly T[]): T[][] {
  const stacks: T[][] = [];
  for (const slide of slides) {
    const last = stacks.at(-1);
    if (last && last[0]!.source.h === slide.source.h) last.push(slide);
    else stacks.push([slide]);
  }
  return stacks;
}
