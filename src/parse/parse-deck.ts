// Parses a deck (one or more Markdown files) into slides with ids, settings and diagnostics. Pure.

import type { DeckMeta, ParsedDeck, SlideSettings, SourceSlide } from '../model/deck.js';
import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { ATTRIBUTE_PATTERN_KEYS, chooseAttributePatterns } from './attribute-patterns.js';
import { createMarkdown } from '../markdown/create-markdown.js';
import { parseSlideText, type SlideReading } from '../markdown/slide-text.js';
import { keepBodyTokens } from '../markdown/parsed-bodies.js';
import { parseFile, type FileSyntax, type HeadmatterView, type ParsedFile, type RawSlide } from './parse-file.js';
import { cached, type SessionCache } from '../compile/session-cache.js';
import { MARKDOWN_KEYS, readMarkdownSettings } from './markdown-settings.js';
import { HIGHLIGHT_THEME_KEY, readHighlightTheme } from './highlight-theme.js';
import { readRevealOptions } from './reveal-options.js';
import { chooseSeparators, SEPARATOR_KEYS, type SeparatorOptions } from './separators.js';
import { emptySettings, layoutDefaults, readDeckMeta, readSlideSettings } from './settings.js';
import { SLIDE_ID_PATTERN, slugify } from './slug.js';
import type { UnusableTheme } from '../io/list-themes.js';

export interface DeckFile {
  /** Path used in diagnostics and provenance (relative to the project is best). */
  file: string;
  text: string;
  /** On the first file: the deck's `reveal-md.json`, read by the loader (it makes the deck a reveal-md deck). */
  revealMdJson?: { data: Record<string, unknown>; file: string };
}

export interface ParseOptions {
  /** Theme names the deck may choose; an unknown theme is an error. */
  themes?: readonly string[];
  /** Themes whose file is there but is not a regular file (a pipe, a device…): choosing one is an error naming the file. */
  unusableThemes?: Readonly<Record<string, UnusableTheme>>;
  defaultTheme?: string;
  /** Separators and attribute patterns as reveal.js's `markdown` config gives them; the headmatter's own win, key by key. */
  separators?: SeparatorOptions;
  /** `reveal-md.json` beside the deck, already read: it makes the deck a reveal-md deck. */
  revealMdJson?: { data: Record<string, unknown>; file: string };
  /** highlight.js style names `highlightTheme` may choose; an unknown one is an error. Unchecked when not given. */
  highlightThemes?: readonly string[];
  /** What earlier compiles of a session parsed: an edit re-parses only its own file. */
  caches?: ParseCaches;
}

export interface ParseCaches {
  /** Each file's cut, by its path, text and the syntax it was cut with (the first file: what chooses that syntax). */
  files: SessionCache<CachedFile>;
  /** Each slide's headings, citations and text, by its Markdown and where it sits. */
  slideText: SessionCache<SlideReading>;
}

/** One file's cut, with the headmatter the first file handed to the syntax choice (replayed when the cut is reused). */
export interface CachedFile {
  parsed: ParsedFile;
  asked?: { head: HeadmatterView | undefined };
}

/** The syntax a file after the first was cut with, as a key (RegExps do not serialise). */
function syntaxKey(syntax: FileSyntax): unknown {
  const { separators, attributePatterns } = syntax;
  return [separators ? [separators.split, separators.horizontal, separators.notes].map((re) => `/${re.source}/${re.flags}`) : null, attributePatterns ?? null];
}

const DEFAULT_THEMES = ['briefing', 'dark'];

/**
 * Reads each slide's headings, citations and quotations as written: no smart quotes. Bare URLs are made links as the
 * render makes them, so its parse serves the render too; a slide where such a link's text is not the URL as written
 * (percent escapes decoded, a Unicode host) is read from a parse without them (`asWrittenReader`).
 */
const reader = createMarkdown();
const asWrittenReader = createMarkdown({ linkify: false });

export function parseDeck(files: readonly DeckFile[], options: ParseOptions = {}): ParsedDeck {
  const themes = options.themes ?? DEFAULT_THEMES;
  const diagnostics: Diagnostic[] = [];
  const raw: RawSlide[] = [];
  let headmatter: { data: Record<string, unknown>; line: number; file: string } | undefined;

  // The first file's headmatter chooses the separators and attribute patterns; every file of the deck is read with them.
  let chosen: FileSyntax = {};
  let headView: HeadmatterView | undefined;
  const revealMdJson = options.revealMdJson ?? files[0]?.revealMdJson;
  const syntaxFor = (file: string, first: boolean) => (head: HeadmatterView | undefined): FileSyntax => {
    if (!first) return chosen;
    headView = head;
    const sources = {
      ...(head ? { headmatter: { ...head, file } } : {}),
      ...(revealMdJson ? { revealMdJson } : {}),
      ...(options.separators ? { plugin: options.separators } : {}),
    };
    const separators = chooseSeparators(sources);
    const patterns = chooseAttributePatterns(sources);
    diagnostics.push(...separators.diagnostics, ...patterns.diagnostics);
    chosen = { ...(separators.separators ? { separators: separators.separators } : {}), ...(patterns.patterns ? { attributePatterns: patterns.patterns } : {}) };
    return chosen;
  };

  const cutFile = (deckFile: DeckFile, first: boolean): ParsedFile => {
    const choose = syntaxFor(deckFile.file, first);
    const cache = options.caches?.files;
    if (!cache) return parseFile(deckFile.text, deckFile.file, first, choose);
    // The first file chooses the syntax from its headmatter, reveal-md.json and the plugin's options; the others are cut with that choice.
    const key = JSON.stringify([deckFile.file, deckFile.text, first, first ? [revealMdJson ?? null, options.separators ?? null] : syntaxKey(chosen)]);
    const hit = cache.get(key);
    if (hit) {
      if (hit.asked) choose(hit.asked.head);
      return hit.parsed;
    }
    let asked: CachedFile['asked'];
    const parsed = parseFile(deckFile.text, deckFile.file, first, (head) => {
      asked = { head };
      return choose(head);
    });
    cache.set(key, { parsed, ...(asked ? { asked } : {}) });
    return parsed;
  };

  files.forEach((deckFile, index) => {
    const parsed = cutFile(deckFile, index === 0);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.headmatter) headmatter = { ...parsed.headmatter, file: deckFile.file };
    parsed.slides.forEach((slide, slideIndex) => raw.push(slideIndex === 0 ? { ...slide, horizontal: true } : slide));
  });

  const firstFile = files[0]?.file ?? 'slides';
  const { meta, problems } = readDeckMeta(headmatter?.data ?? {}, {
    title: '',
    theme: options.defaultTheme ?? 'briefing',
    lang: 'en',
  });
  for (const p of problems) diagnostics.push(settingDiagnostic(p, headmatter?.file ?? firstFile, headmatter?.line ?? 1));
  if (headmatter && headView) {
    const markdown = readMarkdownSettings(headmatter.data, { file: headmatter.file, keyLine: headView.keyLine });
    diagnostics.push(...markdown.diagnostics);
    if (markdown.settings.typographer !== undefined) meta.typographer = markdown.settings.typographer;
  }
  // reveal-md reads revealOptions from the front matter over those of reveal-md.json, key by key.
  const revealOptions = [
    ...(revealMdJson && Object.hasOwn(revealMdJson.data, 'revealOptions') ? [readRevealOptions(revealMdJson.data.revealOptions, { file: revealMdJson.file, line: 1 })] : []),
    ...(headmatter && headView && Object.hasOwn(headmatter.data, 'revealOptions') ? [readRevealOptions(headmatter.data.revealOptions, { file: headmatter.file, line: headView.keyLine('revealOptions') })] : []),
  ];
  for (const read of revealOptions) diagnostics.push(...read.diagnostics);
  if (revealOptions.length > 0) meta.revealOptions = Object.assign({}, ...revealOptions.map((read) => read.options));
  const highlight = readHighlightTheme([
    ...(revealMdJson ? [{ data: revealMdJson.data, file: revealMdJson.file, line: 1 }] : []),
    ...(headmatter && headView ? [{ data: headmatter.data, file: headmatter.file, line: headView.keyLine(HIGHLIGHT_THEME_KEY) }] : []),
  ], options.highlightThemes);
  diagnostics.push(...highlight.diagnostics);
  if (highlight.highlightTheme !== undefined) meta.highlightTheme = highlight.highlightTheme;

  if (chosen.attributePatterns) meta.attributePatterns = chosen.attributePatterns;

  // The render parses bodies with the deck's markdown-it: the reading's tokens serve it where its settings are the reader's.
  const readerSettings = meta.attributePatterns === undefined && meta.typographer !== true;
  const slides = resolveSlides(raw, headmatter, diagnostics, options.caches?.slideText, readerSettings);
  if (!meta.title) meta.title = slides.find((s) => s.title)?.title ?? 'Untitled deck';
  checkTheme(meta, themes, options.unusableThemes ?? {}, headmatter?.file ?? firstFile, headmatter?.line ?? 1, diagnostics);

  const empty = slides.filter((s) => s.content.trim() === '' && s.notes === '');
  if (empty.length < slides.length) {
    for (const slide of empty) {
      diagnostics.push({
        severity: 'warning', code: 'empty-slide', file: slide.range.file, line: slide.range.startLine, column: 1,
        message: 'this slide is empty',
        hint: 'remove the extra separator (--- or --) or write the slide',
      });
    }
  }
  // No files at all is the loader's to report (no Markdown files, or none readable as text): one message, not two.
  if (files.length > 0 && !hasErrors(diagnostics) && slides.every((s) => s.content.trim() === '')) {
    diagnostics.push({
      severity: 'error', code: 'empty-deck', file: firstFile, line: 0, column: 0,
      message: 'the deck has no slides with content',
      hint: 'write at least one slide, e.g. "# Title" followed by text; separate slides with a line holding only ---',
    });
  }
  return { meta, slides, diagnostics };
}

function resolveSlides(
  raw: RawSlide[],
  headmatter: { data: Record<string, unknown>; line: number; file: string } | undefined,
  diagnostics: Diagnostic[],
  textCache?: SessionCache<SlideReading>,
  keepTokens = false,
): SourceSlide[] {
  const explicit = new Map<string, string>();
  const slides: SourceSlide[] = [];
  let h = -1;
  let v = 0;
  /** The headmatter's `cite:`, every slide's default. */
  let deckCite: SlideSettings['cite'];
  raw.forEach((slide, index) => {
    if (slide.horizontal) {
      h++;
      v = 0;
    } else {
      v++;
    }
    const settings = emptySettings();
    if (index === 0 && headmatter) {
      for (const p of readSlideSettings(withoutHandledKeys(headmatter.data), settings, true)) diagnostics.push(settingDiagnostic(p, headmatter.file, headmatter.line));
      deckCite = settings.cite;
    }
    if (slide.frontmatter) {
      for (const p of readSlideSettings(slide.frontmatter.data, settings)) diagnostics.push(settingDiagnostic(p, slide.file, slide.frontmatter.line));
    }
    const cite = settings.cite ?? layoutDefaults(settings.layout).cite ?? deckCite;
    if (cite !== undefined) settings.cite = cite;
    settings.attributes = { ...slide.slideAttributes };
    if (settings.id !== undefined) {
      const fromHeadmatter = index === 0 && headmatter !== undefined && slide.frontmatter?.data.id === undefined;
      const file = fromHeadmatter ? headmatter.file : slide.file;
      const line = fromHeadmatter ? headmatter.line : slide.frontmatter?.line ?? slide.startLine;
      const previous = explicit.get(settings.id);
      if (!SLIDE_ID_PATTERN.test(settings.id)) {
        diagnostics.push({
          severity: 'error', code: 'invalid-id', file, line, column: 1,
          message: `slide id "${settings.id}" is not valid`,
          hint: 'use letters, digits, - and _ only, starting with a letter or digit, e.g. "open-questions"',
        });
      } else if (previous) {
        diagnostics.push({
          severity: 'error', code: 'duplicate-id', file, line, column: 1,
          message: `slide id "${settings.id}" is already used at ${previous}`,
          hint: 'give each slide its own id; briefings and links find slides by id',
        });
      } else {
        explicit.set(settings.id, `${file}:${line}`);
      }
    }
    let parsed: ReturnType<typeof parseSlideText> | undefined;
    const read = cached(textCache, () => JSON.stringify([slide.content, slide.file, slide.contentLine]), () => {
      parsed = parseSlideText(reader, slide.content, slide.file, slide.contentLine, asWrittenReader);
      return parsed.reading;
    });
    const source: SourceSlide = {
      id: settings.id ?? '',
      h,
      v,
      content: slide.content,
      contentLine: slide.contentLine,
      notes: slide.notes,
      settings,
      ...(read.title !== undefined ? { title: read.title } : {}),
      range: { file: slide.file, startLine: slide.startLine, endLine: slide.endLine },
      citations: read.citations,
      text: read.text,
    };
    if (keepTokens && parsed) keepBodyTokens(source, parsed.tokens, parsed.env);
    slides.push(source);
  });
  assignDefaultIds(slides, new Set(explicit.keys()));
  return slides;
}

/** Separator, attribute pattern, Markdown and code-colour keys are read by the splitter, the renderer and the page, not as slide settings. */
const HANDLED_KEYS: ReadonlySet<string> = new Set([...SEPARATOR_KEYS, ...ATTRIBUTE_PATTERN_KEYS, ...MARKDOWN_KEYS, 'revealOptions', HIGHLIGHT_THEME_KEY]);

function withoutHandledKeys(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !HANDLED_KEYS.has(key)));
}

/** Slides without an explicit id get a slug of their title, made unique with -2, -3 … */
function assignDefaultIds(slides: SourceSlide[], taken: Set<string>): void {
  slides.forEach((slide, index) => {
    if (slide.settings.id !== undefined) return;
    const base = slugify(slide.title ?? '') || `slide-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    slide.id = id;
  });
}

function checkTheme(meta: DeckMeta, themes: readonly string[], unusable: Readonly<Record<string, UnusableTheme>>, file: string, line: number, diagnostics: Diagnostic[]): void {
  if (themes.includes(meta.theme)) return;
  const refused = Object.hasOwn(unusable, meta.theme) ? unusable[meta.theme] : undefined;
  if (refused) {
    diagnostics.push({
      severity: 'error', code: 'theme-not-a-file', file, line, column: 1,
      message: `the theme file ${refused.file} cannot be used: ${refused.detail}`,
      hint: 'replace it with a regular CSS file, or choose another theme',
    });
    return;
  }
  diagnostics.push({
    severity: 'error', code: 'unknown-theme', file, line, column: 1,
    message: `unknown theme "${meta.theme}"`,
    hint: `choose one of: ${themes.join(', ')}`,
  });
}

function settingDiagnostic(p: { message: string; hint: string; severity: 'error' | 'warning'; key: string }, file: string, line: number): Diagnostic {
  return { severity: p.severity, code: p.severity === 'error' ? 'invalid-setting' : 'unknown-setting', file, line, column: 1, message: p.message, hint: p.hint };
}
