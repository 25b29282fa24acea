// Loads and compiles everything a deck folder publishes: the deck and its briefings (the edge where files meet the pure steps).

import path from 'node:path';
import type { Deck } from '../model/deck.js';
import { uniqueDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { compileParsed } from '../compile/compile-deck.js';
import type { DiagramRenderer } from '../compile/diagram-renderer.js';
import { compileBriefings, type CompiledBriefing } from '../briefing/compile-briefings.js';
import { loadBriefings } from '../briefing/load-briefings.js';
import { listHighlightStyles } from '../io/highlight-styles.js';
import type { UnusableTheme } from '../io/list-themes.js';
import { deckFolderOf, loadDeckFiles } from '../io/load-deck.js';
import { parseDeck } from '../parse/parse-deck.js';
import type { SeparatorOptions } from '../parse/separators.js';
import type { DiagramOccurrence } from '../markdown/env.js';
import { SOURCE_PAGE_DIR, type SourceDocument } from '../model/source.js';
import { loadArticle, type ArticleReading } from './load-article.js';
import { resolveAssets, type ResolvedAsset } from './resolve-assets.js';
import type { SessionCache } from '../compile/session-cache.js';
import { articleLinkFor } from '../source/article-copy.js';
import type { SiteCaches } from './site-caches.js';

export interface Site {
  deck: Deck;
  briefings: CompiledBriefing[];
  /** Diagram fences of the deck itself. */
  diagrams: DiagramOccurrence[];
  /** The local files the deck's and briefings' slides name, by the path their asset markers carry. */
  assets: ReadonlyMap<string, ResolvedAsset>;
  /** The article the deck cites, when it names one that reads (`briefdeck check` reports why one does not). */
  source?: SourceDocument;
}

export interface SiteSource {
  deckDir: string;
  /** Theme names the deck may use. */
  themes: readonly string[];
  /** Themes whose file is not a regular file: choosing one is an error naming the file. */
  unusableThemes?: Readonly<Record<string, UnusableTheme>>;
  /** Briefings may not reach outside it. Default: the deck folder's parent. */
  projectRoot?: string;
  /** Paths in messages are relative to it. */
  displayRoot: string;
  renderDiagrams?: DiagramRenderer;
  /** Separators from the plugin options (reveal.js's `markdown` config). */
  separators?: SeparatorOptions;
  /** What earlier compiles of a session parsed, rendered and read, reused where every input is the same. */
  caches?: SiteCaches;
  /** Without `caches`: where the article as read is looked up and kept (a build keeps only this, on disk). */
  articles?: SessionCache<ArticleReading>;
}

/** The whole site: the deck, then its briefings. */
export async function loadSite(source: SiteSource): Promise<SiteResult> {
  return (await loadDeckStage(source)).withBriefings();
}

export interface SiteResult {
  site: Site;
  diagnostics: Diagnostic[];
}

/** The deck compiled, its briefings not yet: what an open deck page needs after an edit, before the briefings are recompiled. */
export interface DeckStage extends SiteResult {
  /** The whole site: this deck with its briefings compiled (the deck's own result when it has errors). */
  withBriefings(): Promise<SiteResult>;
}

/** Loads and compiles the deck itself; `site.briefings` stays empty until `withBriefings`. */
export async function loadDeckStage(source: SiteSource): Promise<DeckStage> {
  const files = loadDeckFiles(source.deckDir, source.displayRoot);
  const highlightThemes = await listHighlightStyles();
  const { caches } = source;
  const parsed = parseDeck(files.files, { themes: source.themes, ...(source.unusableThemes ? { unusableThemes: source.unusableThemes } : {}), highlightThemes, ...(source.separators ? { separators: source.separators } : {}), ...(caches ? { caches } : {}) });
  const article = parsed.meta.article === undefined ? undefined : (await loadArticle(source.deckDir, parsed.meta.article, source.displayRoot, undefined, caches?.articles ?? source.articles)).document;
  // Citations link to the source page only when there is one to link to.
  // Slide files are shown relative to displayRoot; the page names them relative to the deck folder.
  const deckFolder = path.relative(source.displayRoot, deckFolderOf(source.deckDir));
  // A link to the article itself is no file to publish (the article as slide references name files: from displayRoot).
  const articleLink = article && articleLinkFor(article, path.relative(source.displayRoot, path.resolve(deckFolderOf(source.deckDir), article.file)).split(path.sep).join('/'));
  const options = { deckFolder, ...(source.renderDiagrams ? { renderDiagrams: source.renderDiagrams } : {}), ...(article ? { sourceHref: SOURCE_PAGE_DIR } : {}), ...(articleLink ? { articleLink } : {}), ...(caches ? { renderCache: caches.slides } : {}) };
  const { deck, diagrams } = await compileParsed(parsed, options);
  const assetRoots = { displayRoot: source.displayRoot, projectRoot: source.projectRoot ?? path.dirname(deckFolderOf(source.deckDir)) };
  const deckAssets = await resolveAssets(deck.slides.flatMap((s) => s.assets), assetRoots);
  const diagnostics = [...files.diagnostics, ...deck.diagnostics, ...deckAssets.diagnostics];
  const withSource = article ? { source: article } : {};
  const deckSite: Site = { deck, briefings: [], diagrams, assets: deckAssets.assets, ...withSource };
  const withBriefings = async (): Promise<SiteResult> => {
    if (diagnostics.some((d) => d.severity === 'error')) return { site: deckSite, diagnostics };
    const loaded = await loadBriefings(source.deckDir, source.projectRoot ?? path.dirname(source.deckDir), source.displayRoot);
    const briefings = await compileBriefings(parsed, loaded, options);
    // A briefing's overrides may name files of their own (a background).
    const briefingAssets = await resolveAssets(briefings.briefings.flatMap((b) => b.deck.slides.flatMap((s) => s.assets)).filter((a) => !deckAssets.assets.has(a.path)), assetRoots);
    const assets = new Map([...deckAssets.assets, ...briefingAssets.assets]);
    return { site: { ...deckSite, briefings: briefings.briefings, assets }, diagnostics: uniqueDiagnostics([...diagnostics, ...briefings.diagnostics, ...briefingAssets.diagnostics]) };
  };
  return { site: deckSite, diagnostics, withBriefings };
}
