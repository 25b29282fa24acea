// `export pptx`: reads the deck (or a briefing of it), plans every slide from its Markdown structure, writes an
// editable PowerPoint file with notes, linked citations, a Sources slide and diagram pictures, atomically.

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import JSZip from 'jszip';
import type { ArticleParagraph } from '../../model/article.js';
import { DEFAULT_SLIDE_MINUTES, type DeckMeta, type ParsedDeck } from '../../model/deck.js';
import { hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { sourceFacts } from '../../render/source-facts.js';
import { loadArticle } from '../../site/load-article.js';
import { assembleBriefing } from '../../briefing/assemble.js';
import { loadBriefings } from '../../briefing/load-briefings.js';
import type { BriefingManifest } from '../../briefing/manifest.js';
import { resolveManifest } from '../../briefing/select.js';
import { parseSelection } from '../../briefing/selection.js';
import { ChromiumNotFoundError, launchChromium, requireChromium, type ChromiumEnv } from '../../browser/chromium.js';
import { deckFolderOf, loadDeckFiles } from '../../io/load-deck.js';
import { createMarkdown } from '../../markdown/create-markdown.js';
import { parseDeck } from '../../parse/parse-deck.js';
import { DeckBuildError } from '../../vite/error-payload.js';
import { readThemeCss, themeChoice } from '../../io/list-themes.js';
import { writeFileAtomic } from '../atomic-write.js';
import { selectSlides, SlideRangeError } from '../range.js';
import { ExportVerificationError } from '../verify.js';
import type { ExportResult, Progress } from '../types.js';
import { readSlideContent, type Block, type SlideContent } from './content.js';
import { diagramPictures, type DiagramFence } from './diagram-pictures.js';
import { imagePictures, pictureBlocks } from './image-pictures.js';
import { frameFor, type PptxSize } from './geometry.js';
import { notesParagraphs, readNotes } from './notes.js';
import { paletteFromCss } from './palette.js';
import { backgroundImageReferences, planSlide } from './plan-slide.js';
import type { Picture, PlannedSlide } from './shapes.js';
import { planSourcesSlides } from './sources-slides.js';
import { finishPptx } from './finish-zip.js';
import { writePptx } from './write-pptx.js';

export interface PptxRequest {
  cwd: string;
  deckDir: string;
  out: string;
  size: PptxSize;
  briefing?: string;
  /** `1,3-5`, counted in the exported order (after a briefing or --select). */
  range?: string;
  /** Comma-separated selectors as `remix --select` takes them. */
  select?: string;
  themesDir: string;
  diagramCacheDir: string;
  mermaid: Record<string, unknown>;
  env: ChromiumEnv;
  progress: Progress;
}

export async function exportPptx(request: PptxRequest): Promise<ExportResult> {
  const shown = (file: string): string => path.relative(request.cwd, file) || file;
  if ((await stat(request.out).catch(() => undefined))?.isDirectory()) throw new Error(`--out ${shown(request.out)} is a folder; name the .pptx file to write`);
  request.progress(`reading ${shown(request.deckDir)}/ …`);
  const deck = await readDeck(request);
  const warnings: Diagnostic[] = [...deck.diagnostics.filter((d) => d.severity === 'warning')];
  const md = createMarkdown();
  const slides = deck.slides.map((source) => ({
    source,
    content: readSlideContent(md, source.content, source.range.file, source.contentLine),
    notes: notesParagraphs(readNotes(md, source.notes, source.range.file)),
  }));

  // Reading the deck refused a theme whose file is not a regular file; one swapped for a pipe since gives the default palette.
  const themeCss = (await readThemeCss(request.themesDir, deck.meta.theme)) ?? '';
  const palette = paletteFromCss(themeCss, deck.meta.theme);
  const fences = slides.flatMap((s) => diagramFences(s.content));
  let pictures = new Map<string, Picture>();
  let browser: Promise<Browser> | undefined;
  try {
    if (fences.length > 0) {
      const report = await diagramPictures(fences, {
        themeCss, theme: deck.meta.theme, cacheDir: request.diagramCacheDir, mermaid: request.mermaid,
        launch: () => (browser ??= launchBrowser(request)),
      });
      pictures = report.pictures;
      warnings.push(...report.diagnostics.map((d) => ({ ...d, severity: 'warning' as const })));
      request.progress(`diagrams: ${report.pictures.size} of ${fences.length} as pictures, ${report.rendered} rendered, ${browser ? 'browser launched' : 'all from the cache'}`);
    }
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    warnings.push({ severity: 'warning', code: 'no-chromium', file: fences[0]!.file, line: fences[0]!.line, column: 0, message: 'diagrams need a Chromium the first time they are drawn, and none was found, so the PowerPoint file has no diagram pictures', hint: error.message });
  }
  try {
    const backgrounds = slides.flatMap((s) => backgroundImageReferences(s.source).map((r) => ({ kind: 'picture' as const, path: r.path, alt: '', file: r.file, line: r.line })));
    const images = await imagePictures([...slides.flatMap((s) => pictureBlocks(s.content.blocks)), ...backgrounds], { displayRoot: request.cwd, projectRoot: path.dirname(deckFolderOf(request.deckDir)) }, {
      cacheDir: request.diagramCacheDir, launch: () => (browser ??= launchBrowser(request)),
    });
    for (const [key, picture] of images.pictures) pictures.set(key, picture);
    warnings.push(...images.warnings);
  } finally {
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  const frame = frameFor(request.size, deck.meta.banner !== undefined);
  const facts = { cover: sourceFacts(deck.meta, 'cover'), sources: sourceFacts(deck.meta, 'sources') };
  const planned: PlannedSlide[] = [];
  for (const slide of slides) {
    const result = planSlide(slide, { frame, palette, pictures, facts });
    planned.push(result.slide);
    warnings.push(...result.diagnostics);
  }
  const cited = [...new Set(deck.slides.flatMap((s) => s.citations))];
  const sourceUrl = sourceUrlOf(deck.meta);
  const article = await articleParagraphs(deck.meta, request, warnings);
  const sources = planSourcesSlides(
    { cited, ...(deck.meta.source ? { source: deck.meta.source } : {}), ...(sourceUrl ? { sourceUrl } : {}), ...article },
    frame,
    palette,
  );
  for (const id of sources.overflowing) warnings.push(sourcesOverflow(id, article.paragraphs?.get(id)?.line ?? 0, deck.meta, request));
  const sourcesSlideOf = new Map([...sources.slideOf].map(([id, index]) => [id, planned.length + index + 1]));
  planned.push(...sources.slides);

  request.progress(`writing ${shown(request.out)} (${planned.length} slides) …`);
  const written = await writePptx({ meta: deck.meta, ...(sourceUrl ? { sourceUrl } : {}), frame, palette, slides: planned, sourcesSlideOf });
  const bytes = await finishPptx(written, { bulletColour: palette.accent, codeFont: palette.codeFont });
  await writeFileAtomic(request.out, bytes, async (temp) => verifySlideCount(await readFile(temp), planned.length));
  const placed = planned.flatMap((s) => s.shapes).filter((s) => s.kind === 'picture');
  const pictureCount = placed.filter((s) => s.from === 'diagram').length;
  const imageCount = placed.length - pictureCount;
  return {
    files: [request.out],
    count: planned.length,
    warnings,
    summary: `${planned.length} slides (${sources.slides.length} of sources), ${request.size} (${frame.width} × ${frame.height} in), ${pictureCount} diagram${pictureCount === 1 ? '' : 's'}${imageCount > 0 ? `, ${imageCount} image${imageCount === 1 ? '' : 's'}` : ''}, theme ${deck.meta.theme}`,
  };
}

/** The deck's slides to export: the whole deck, a briefing, or a --select, then a --range of those. */
async function readDeck(request: PptxRequest): Promise<ParsedDeck> {
  const loaded = loadDeckFiles(request.deckDir, request.cwd);
  const { themes, unusable } = themeChoice(request.themesDir, request.cwd);
  const parsed = parseDeck(loaded.files, { themes, unusableThemes: unusable });
  const problems = [...loaded.diagnostics, ...parsed.diagnostics];
  if (hasErrors(problems)) throw new DeckBuildError(problems);
  let deck: ParsedDeck = { ...parsed, diagnostics: problems };
  if (request.briefing !== undefined) deck = await briefingDeck(request, parsed);
  if (request.select !== undefined) deck = selectedDeck(request.select, deck);
  if (request.range !== undefined) {
    const numbered = deck.slides.map((slide, index) => ({ slide, number: index + 1, id: slide.id, ...(slide.settings.section !== undefined ? { section: slide.settings.section } : {}), tags: slide.settings.tags }));
    try {
      deck = { ...deck, slides: selectSlides(numbered, request.range).map((n) => n.slide) };
    } catch (error) {
      if (error instanceof SlideRangeError) throw new SlideRangeError(`--range: ${error.message}`);
      throw error;
    }
  }
  return deck;
}

async function briefingDeck(request: PptxRequest, parsed: ParsedDeck): Promise<ParsedDeck> {
  const loaded = await loadBriefings(request.deckDir, path.dirname(request.deckDir), request.cwd);
  const manifest = loaded.manifests.get(request.briefing!);
  if (!manifest) {
    if (hasErrors(loaded.diagnostics)) throw new DeckBuildError(loaded.diagnostics);
    const known = [...loaded.manifests.keys()].sort();
    throw new Error(`the deck has no briefing "${request.briefing}"; ${known.length > 0 ? `its briefings: ${known.join(', ')}` : 'it has no briefings/*.yaml'}`);
  }
  const selection = resolveManifest(manifest, { deck: parsed.slides, briefings: loaded.manifests, external: loaded.external });
  const assembled = assembleBriefing(manifest, selection, parsed.meta);
  const mine = [...loaded.diagnostics.filter((d) => d.file === manifest.file), ...assembled.deck.diagnostics];
  if (hasErrors(mine)) throw new DeckBuildError(mine);
  return { ...assembled.deck, diagnostics: [...parsed.diagnostics, ...mine] };
}

/** `--select "title, section:firsts, tag:principal"`: the slides those selectors pick, in the order picked. */
function selectedDeck(text: string, deck: ParsedDeck): ParsedDeck {
  const entries = parseSelection(text, 'ids').map((part, index) => {
    if ('problem' in part) throw new SlideRangeError(`--select: ${part.problem}; use an id, section:NAME, tag:NAME, FROM..TO, number:3-5 or *`);
    return { selector: part.selector, overrides: {}, line: index + 1 };
  });
  const manifest: BriefingManifest = { name: 'select', file: '--select', title: deck.meta.title, defaultMinutes: DEFAULT_SLIDE_MINUTES, cover: false, agenda: false, entries, pins: {}, pinLines: {} };
  const selection = resolveManifest(manifest, { deck: deck.slides, briefings: new Map(), external: { extra: new Map(), decks: new Map() } });
  const error = selection.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new SlideRangeError(`--select: ${error.message} (${error.hint})`);
  return { ...deck, slides: selection.slides.map((s) => s.slide) };
}

function diagramFences(content: SlideContent): DiagramFence[] {
  const walk = (blocks: readonly Block[]): DiagramFence[] =>
    blocks.flatMap((b) => (b.kind === 'diagram' ? [{ code: b.code, file: b.file, line: b.line }] : b.kind === 'columns' ? b.columns.flatMap(walk) : []));
  return walk(content.blocks);
}

/** The headmatter's `source-url` when it is a web address citations can link to ('' means not stated in the source). */
export function sourceUrlOf(meta: DeckMeta): string | undefined {
  return meta.sourceUrl !== undefined && /^https?:\/\//i.test(meta.sourceUrl) ? meta.sourceUrl : undefined;
}

/** A cited paragraph that runs past its Sources slide, reported at its line in the article. */
function sourcesOverflow(id: string, line: number, meta: DeckMeta, request: PptxRequest): Diagnostic {
  const file = path.relative(request.cwd, path.resolve(request.deckDir, meta.article ?? ''));
  return {
    severity: 'warning', code: 'slide-overflow', file, line, column: 0,
    message: `paragraph ${id} of the article is too long for one PowerPoint Sources slide even at the smallest size, so its end runs past the slide`,
    hint: 'accept it (the article holds the full text), or cite a shorter paragraph',
  };
}

/** The article's paragraphs by id, read as builds read it (inside the project only); else warnings, and the Sources slide lists ids only. */
async function articleParagraphs(meta: DeckMeta, request: PptxRequest, warnings: Diagnostic[]): Promise<{ paragraphs?: Map<string, ArticleParagraph> }> {
  if (meta.article === undefined) return {};
  const loaded = await loadArticle(request.deckDir, meta.article, request.cwd);
  if (!loaded.document) {
    warnings.push(...loaded.diagnostics.map((d) => ({ ...d, severity: 'warning' as const, message: `${d.message}; the Sources slide lists paragraph numbers only` })));
    return {};
  }
  return { paragraphs: new Map(loaded.document.article.paragraphs.map((p) => [p.id, p])) };
}

async function launchBrowser(request: PptxRequest): Promise<Browser> {
  request.progress('starting Chromium to draw diagrams not yet cached …');
  return launchChromium({ executablePath: requireChromium(request.env) });
}

/** The written file is a zip holding one slide part per planned slide. */
async function verifySlideCount(bytes: Uint8Array, expected: number): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const actual = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  if (actual !== expected) throw new ExportVerificationError(`the PowerPoint file has ${actual} slides, but the deck makes ${expected}; nothing was written`);
}
