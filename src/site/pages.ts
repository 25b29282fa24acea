// The pages a deck publishes (the deck, one per briefing, the remix view) and how each fills the page template. Pure.

import type { Deck, SlideIndexEntry } from '../model/deck.js';
import { slidePin } from '../briefing/pin.js';
import { deckChromeHtml } from '../render/deck-chrome.js';
import { documentFacts } from '../render/document-facts.js';
import type { Site } from '../site/load-site.js';
import { SOURCE_PAGE_DIR, type SourceDocument } from '../model/source.js';
import { embeddedSourceHtml } from '../source/embedded-source.js';
import { escapeHtml } from '../render/escape-html.js';
import { PAGE_DATA_OPEN_TAG } from './page-data-tag.js';

export type PageKind = 'deck' | 'briefing' | 'remix';

export interface Page {
  kind: PageKind;
  /** Path of the page's folder relative to the site root: '', 'briefings/<name>/', 'remix/'. */
  dir: string;
  deck: Deck;
  /** Briefing name, for briefing pages. */
  name?: string;
  /** Extra facts the page's client reads (briefing budget and total). */
  data: Record<string, unknown>;
  /** The article the slides cite (deck and briefing pages): linked, or embedded when the page must stand alone. */
  source?: SourceDocument;
}

export type { SlideIndexEntry } from '../model/deck.js';

export const SLIDES_MARKER = '<!--briefdeck:slides-->';
export const DATA_MARKER = '<!--briefdeck:data-->';
/** Inside `.reveal`, after `.slides`: the footer (source, as-of date) and banner every slide shows. */
export const CHROME_MARKER = '<!--briefdeck:chrome-->';
/** After `.reveal`: where a page that stands alone carries the source article, a closed dialog (see src/source/embedded-source.ts). */
export const SOURCE_MARKER = '<!--briefdeck:source-->';

export function sitePages(site: Site): Page[] {
  const source = site.source ? { source: site.source } : {};
  // Where the client finds the source page from each page (briefing pages sit two folders down).
  const sourceData = (dir: string): Record<string, unknown> => (site.source ? { source: { page: `${'../'.repeat(dir.split('/').filter(Boolean).length) || './'}${SOURCE_PAGE_DIR}`, file: site.source.file } } : {});
  return [
    { kind: 'deck', dir: '', deck: site.deck, data: sourceData(''), ...source },
    ...site.briefings.map((b): Page => ({
      kind: 'briefing',
      dir: `briefings/${b.manifest.name}/`,
      deck: b.deck,
      name: b.manifest.name,
      data: { briefing: b.manifest.name, minutes: b.minutes, ...(b.manifest.minutes !== undefined ? { budget: b.manifest.minutes } : {}), ...sourceData(`briefings/${b.manifest.name}/`) },
      ...source,
    })),
    { kind: 'remix', dir: 'remix/', deck: site.deck, data: { briefings: site.briefings.map((b) => b.manifest.name) } },
  ];
}

/** The page a dev-server URL asks for (`/briefings/x/`, `/remix/`), else the deck. */
export function pageForPath(pages: readonly Page[], urlPath: string): Page {
  const clean = urlPath.split(/[?#]/)[0]!.replace(/^\/+/, '').replace(/index\.html$/, '');
  const dir = clean === '' || clean.endsWith('/') ? clean : `${clean}/`;
  return pages.find((p) => p.dir === dir) ?? pages[0]!;
}

export function deckSlideIndex(deck: Deck): SlideIndexEntry[] {
  return deck.slides.map(({ source, sourceFile }) => ({
    id: source.id,
    h: source.h,
    v: source.v,
    title: source.title ?? '',
    section: source.settings.section ?? '',
    tags: source.settings.tags,
    minutes: source.settings.minutes ?? 0,
    source: `${sourceFile}:${source.range.startLine}`,
    pin: slidePin(source),
  }));
}

export interface PageOptions {
  /** Content-Security-Policy, as a `<meta http-equiv>` before anything loads (built and dev pages carry the same one). */
  csp?: string;
  /** The source article inside the page (a closed dialog), for a page without a source page beside it. */
  embedSource?: boolean;
  /** A long deck's page carries only its near slides and the URL of the rest, which holds the slide index too (see src/site/deferred-slides.ts). */
  deferred?: { nearHtml: string; url: string };
}

/** Fills the template: slides, footer and banner, title, language, theme, page kind, the slide index and document facts as JSON data and, when given, the CSP. */
export function renderPage(template: string, page: Pick<Page, 'kind' | 'deck' | 'data' | 'source'>, options: PageOptions = {}): string {
  if (!template.includes(SLIDES_MARKER)) throw new Error(`the page template has no ${SLIDES_MARKER} marker where the slides go`);
  const { meta } = page.deck;
  const slides = options.deferred ? { slideIndex: [], deferred: options.deferred.url } : { slideIndex: deckSlideIndex(page.deck) };
  const data = { kind: page.kind, title: meta.title, ...page.data, ...slides, facts: documentFacts(meta, page.deck.slides.map((s) => s.source)), ...(meta.revealOptions ? { revealOptions: meta.revealOptions } : {}) };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const filled = template
    .replace(SLIDES_MARKER, () => options.deferred?.nearHtml ?? page.deck.html)
    .replace(CHROME_MARKER, () => deckChromeHtml(meta))
    .replace(SOURCE_MARKER, () => (page.source && options.embedSource ? embeddedSourceHtml(page.source, meta) : ''))
    .replace(DATA_MARKER, () => `${PAGE_DATA_OPEN_TAG}${json}</script>`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<html[^>]*>/, () => `<html lang="${escapeHtml(meta.lang)}" data-theme="${escapeHtml(meta.theme)}" data-page="${page.kind}">`);
  return options.csp === undefined ? filled : insertCsp(filled, options.csp);
}

/** Right after `<meta charset>` (or `<head>`): a meta policy governs only what comes after it. */
function insertCsp(html: string, csp: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`;
  const anchor = /<meta\s+charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!anchor) throw new Error('the page template has no <head> to put the Content-Security-Policy in');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/**
 * A page written `depth` folders below the site root reaches what the root's relative URLs name (built
 * assets, the source page, files the slides name, backgrounds included) with `../`. URLs with a scheme, absolute paths and
 * fragments are left alone.
 */
export function relocateRelativeUrls(html: string, dir: string): string {
  const depth = dir.split('/').filter(Boolean).length;
  if (depth === 0) return html;
  const up = '../'.repeat(depth);
  return html
    .replace(/(\s(?:src|href|poster|data-src|data-background-image|data-background-video|data-preview-image|data-preview-video)=")(?:\.\/)?(?!["#?/]|[a-z][a-z0-9+.-]*:)/gi, `$1${up}`)
    // reveal.js's `data-background` may hold a colour (`red`): only a `./` path is a file.
    .replace(/(\sdata-background=")\.\//gi, `$1${up}`);
}

/** How a page in `pageDir` names a file the build wrote (`assets/x.json`): relative under a relative base (`./`), else under the base. */
export function builtFileUrl(fileName: string, base: string, pageDir: string): string {
  if (base !== './' && base !== '') return `${base}${fileName}`;
  const depth = pageDir.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth) || './'}${fileName}`;
}
