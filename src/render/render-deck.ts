// Renders parsed slides to reveal.js `<section>` HTML with one markdown-it instance, sanitising what it renders. Pure.

import type { MarkdownIt, Token } from 'markdown-it';
import type { RenderEnv } from '../markdown/env.js';
import type { Deck, ParsedDeck, RenderedSlide, SourceSlide } from '../model/deck.js';
import { createDeckMarkdown } from '../markdown/create-markdown.js';
import { createRenderEnv, type DiagramOccurrence } from '../markdown/env.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { htmlDepthExcess, MAX_HTML_DEPTH } from './html-depth.js';
import { lazySanitizer, needsSanitizing, type HtmlSanitizer } from './sanitize.js';
import { deckRelativePath } from './deck-relative.js';
import { refusedSectionPreview, sectionAssetReferences } from './section-attributes.js';
import { deckHtml } from './section-html.js';
import { partContentsHtml } from './part-contents.js';
import { guardPreviewLinks } from './preview-links.js';
import { factsPlaceFor, sourceFactsHtml } from './source-facts.js';
import { cached, type SessionCache } from '../compile/session-cache.js';
import { takeBodyTokens } from '../markdown/parsed-bodies.js';
import type { AssetReference } from '../model/asset.js';

export interface RenderResult {
  deck: Deck;
  /** Diagram fences found, in deck order; their placeholders are still in the HTML. */
  diagrams: DiagramOccurrence[];
}

export interface RenderOptions extends Pick<RenderEnv, 'sourceHref' | 'articleLink'> {
  /** The deck folder, shown from where slide files are shown: the page names slide files relative to it. Default: as shown. */
  deckFolder?: string;
  /** Slides rendered by earlier compiles of a session, by everything their HTML depends on. */
  cache?: SessionCache<RenderedPart>;
}

/** One slide's rendering as a session keeps it. */
export interface RenderedPart {
  body: string;
  notes: string;
  diagrams: DiagramOccurrence[];
  assets: AssetReference[];
  diagnostics: Diagnostic[];
  /** The deck's diagram counts after this slide (a repeated diagram gets the next id, in deck order). */
  countsAfter: [string, number][];
}

/** Slide bodies and notes with raw HTML (or unknown tokens) go through `sanitizer`, so they cannot add script (see sanitize.ts). */
export function renderDeck(parsed: ParsedDeck, md: MarkdownIt = createDeckMarkdown(parsed.meta), sanitizer: HtmlSanitizer = lazySanitizer(), options: RenderOptions = {}): RenderResult {
  const { slides, diagrams, diagnostics } = renderSlides(parsed, md, sanitizer, options);
  return { deck: { meta: parsed.meta, slides, html: deckHtml(slides), diagnostics }, diagrams };
}

/** The slides of `renderDeck`, without the deck's HTML: for a step that changes the slides before joining them (diagrams). */
export function renderSlides(parsed: ParsedDeck, md: MarkdownIt, sanitizer: HtmlSanitizer, options: RenderOptions = {}): { slides: RenderedSlide[]; diagrams: DiagramOccurrence[]; diagnostics: Diagnostic[] } {
  const { deckFolder = '', cache, ...where } = options;
  // What the markdown-it instance renders with (its options and the deck's attribute patterns), for the cache keys.
  const markdownKey = cache && JSON.stringify([md.options, parsed.meta.attributePatterns ?? null]);
  // reveal.js's `previewLinks`: every link previews (frames its URL) on click.
  const previewLinks = parsed.meta.revealOptions?.previewLinks === true;
  let diagramCounts = new Map<string, number>();
  const diagrams: DiagramOccurrence[] = [];
  const diagnostics: Diagnostic[] = [];
  const slides: RenderedSlide[] = parsed.slides.map((source, index) => {
    const place = factsPlaceFor(source.settings.layout);
    // The cover's facts and a part's contents come from the headmatter and the other slides: made each time, part of the key.
    const extras = (place ? sourceFactsHtml(parsed.meta, place) : '') + partContentsHtml(parsed.slides, index);
    const counts = diagramCounts;
    const part = cached(cache, () => JSON.stringify([source, extras, where, markdownKey, previewLinks, [...counts]]), () => renderSlide(md, sanitizer, source, extras, counts, where, previewLinks));
    diagramCounts = new Map(part.countsAfter);
    diagrams.push(...part.diagrams);
    diagnostics.push(...part.diagnostics);
    return { source, body: part.body, notes: part.notes, sourceFile: deckRelativePath(source.range.file, deckFolder), assets: [...sectionAssetReferences(source), ...part.assets] };
  });
  return { slides, diagrams, diagnostics: [...parsed.diagnostics, ...diagnostics] };
}

/** One slide's body and notes; `diagramCounts` (the deck's so far) is left as it was. */
function renderSlide(md: MarkdownIt, sanitizer: HtmlSanitizer, source: SourceSlide, extras: string, diagramCounts: ReadonlyMap<string, number>, where: Pick<RenderEnv, 'sourceHref' | 'articleLink'>, previewLinks: boolean): RenderedPart {
  const diagnostics: Diagnostic[] = [];
  const counts = new Map(diagramCounts);
  const env = createRenderEnv(source.range.file, source.contentLine, counts, { ...where, layout: source.settings.layout });
  const tokens = takeBodyTokens(source, md) ?? md.parse(source.content, env);
  const rendered = guardPreviewLinks(renderSafely(md, sanitizer, source.content, env, diagnostics, tokens), previewLinks);
  const madeHere = guardPreviewLinks(extras, previewLinks);
  const sectionPreview = refusedSectionPreview(source);
  // What briefdeck wrote and the slide's own attributes are counted at the slide's first line.
  const slideLine = { file: source.range.file, line: source.range.startLine };
  diagnostics.push(
    ...rendered.refused.map((url) => previewOff(url, { file: env.file, line: Math.max(env.firstLine, 1) + lineMentioning(tokens, url) })),
    ...[...madeHere.refused, ...(sectionPreview === undefined ? [] : [sectionPreview])].map((url) => previewOff(url, slideLine)),
  );
  const body = rendered.html + madeHere.html;
  const notesEnv = createRenderEnv(source.range.file, source.range.startLine, undefined, { ...where, part: 'notes' });
  const notes = source.notes ? renderSafely(md, sanitizer, source.notes, notesEnv, diagnostics) : '';
  return { body, notes, diagrams: env.diagrams, assets: [...env.assets, ...notesEnv.assets], diagnostics, countsAfter: [...counts] };
}

/**
 * markdown-it escapes all it builds from Markdown (and refuses script URLs); raw HTML is what can bring markup in.
 * `parsed`: the tokens of `markdown` already read (see parsed-bodies.ts). Raw HTML nested past MAX_HTML_DEPTH is refused before the sanitiser walks it; a `<section>` is flattened, with a warning.
 */
function renderSafely(md: MarkdownIt, sanitizer: HtmlSanitizer, markdown: string, env: RenderEnv, diagnostics: Diagnostic[], parsed?: Token[]): string {
  const tokens = parsed ?? md.parse(markdown, env);
  const at = (line: number): Pick<Diagnostic, 'file' | 'line' | 'column'> => ({ file: env.file, line: Math.max(env.firstLine, 1) + line, column: 1 });
  const excess = htmlDepthExcess(tokens);
  if (excess) {
    diagnostics.push({
      severity: 'error', code: 'html-depth', ...at(excess.line),
      message: `raw HTML here nests more than ${MAX_HTML_DEPTH} elements deep, which no slide needs; the slide was not rendered`,
      hint: 'flatten the HTML (close the elements you open), or write the content as Markdown',
    });
    return `<p>${md.utils.escapeHtml(`This slide's HTML nests more than ${MAX_HTML_DEPTH} elements deep.`)}</p>`;
  }
  const html = md.renderer.render(tokens, md.options, env);
  if (!needsSanitizing(tokens)) return html;
  let flattened = false;
  const safe = sanitizer.sanitize(html, (what) => (flattened ||= what === 'section-flattened'));
  if (flattened) {
    const line = lineOf(tokens, (text) => /<section[\s>/]/i.test(text));
    diagnostics.push({
      severity: 'warning', code: 'html-section', ...at(line),
      message: 'a <section> in raw HTML would make this slide a stack of slides; it was removed and its content kept',
      hint: 'use a <div> for a group, or separate slides with --- (vertical ones with --)',
    });
  }
  return safe;
}

/** The line (from the Markdown's first) of the first token whose text or attributes pass `test`; 0 when none does. */
function lineOf(tokens: readonly Token[], test: (text: string) => boolean): number {
  const text = (t: Token): string => [t.content, ...(t.attrs ?? []).map(([, value]) => value)].join(' ');
  return tokens.find((t) => test(t.type === 'inline' ? (t.children ?? []).map(text).join('') : text(t)))?.map?.[0] ?? 0;
}

function lineMentioning(tokens: readonly Token[], url: string): number {
  return lineOf(tokens, (text) => text.includes(url));
}

/** The warning for a link preview turned off because it would frame `url`, another site. */
function previewOff(url: string, where: { file: string; line: number }): Diagnostic {
  return {
    severity: 'warning', code: 'preview-other-site', ...where, column: 1,
    message: `a link preview here would open ${url} in a frame, and it is not on the deck's own site; the preview was turned off (data-preview-link="false")`,
    hint: 'preview only pages published with the deck (a relative URL); a link to another site stays a plain link',
  };
}
