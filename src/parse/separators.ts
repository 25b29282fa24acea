// Slide, vertical and notes separators as reveal.js and reveal-md declare them: chosen, compiled safely, and applied.

import type { Diagnostic } from '../model/diagnostic.js';
import { scanLines, type ScannedLine } from './lines.js';
import type { AttributePatternOptions } from './attribute-patterns.js';
import { compileUserPattern } from './user-pattern.js';

/** Separator patterns, as reveal.js's markdown plugin takes them (regular expressions as text), and its attribute comment patterns. */
export interface SeparatorOptions extends AttributePatternOptions {
  separator?: string;
  /** `null` or '' : no vertical slides. */
  verticalSeparator?: string | null;
  notesSeparator?: string;
}

/** reveal.js's markdown plugin defaults (`data-separator`, `data-separator-vertical`, `data-separator-notes`). */
export const REVEAL_DEFAULTS = { separator: '\r?\n---\r?\n', verticalSeparator: null, notesSeparator: '^s*notes?:' } as const;
/** reveal-md's defaults: `---` and `----` alone on a line between blank-free lines. */
export const REVEAL_MD_DEFAULTS = { separator: '^(\r\n?|\n)---(\r\n?|\n)$', verticalSeparator: '^(\r\n?|\n)----(\r\n?|\n)$', notesSeparator: '^s*notes?:' } as const;

/** Headmatter keys that make a deck a reveal-md deck (reveal-md reads them from front matter). */
export const SEPARATOR_KEYS = ['separator', 'verticalSeparator', 'notesSeparator'] as const;
export const REVEAL_MD_KEYS = [...SEPARATOR_KEYS, 'revealOptions', 'highlightTheme'] as const;

export interface SeparatorSources {
  /** Deck headmatter, with the file line of each key. */
  headmatter?: { data: Record<string, unknown>; file: string; keyLine(key: string): number };
  /** `reveal-md.json` beside the deck (already read), if any. */
  revealMdJson?: { data: Record<string, unknown>; file: string };
  /** Plugin options (reveal.js's `markdown` config). */
  plugin?: SeparatorOptions;
}

/** Compiled separators: `split` finds both kinds (global, multiline), `horizontal` tells them apart. */
export interface CompiledSeparators {
  split: RegExp;
  horizontal: RegExp;
  notes: RegExp;
}

/**
 * Which separators a deck uses. None given anywhere: undefined (briefdeck's own `---`, `--`, `Note:`,
 * with slide frontmatter). A reveal-md deck (a reveal-md key in the headmatter or a reveal-md.json):
 * reveal-md's defaults for what it leaves out; plugin options alone: reveal.js's defaults.
 * Headmatter beats reveal-md.json beats plugin options, key by key, as in reveal-md.
 */
export function chooseSeparators(sources: SeparatorSources): { separators?: CompiledSeparators; diagnostics: Diagnostic[] } {
  const head = sources.headmatter;
  const json = sources.revealMdJson;
  const revealMd = json !== undefined || (head !== undefined && REVEAL_MD_KEYS.some((key) => Object.hasOwn(head.data, key)));
  const plugin = sources.plugin ?? {};
  const pluginGiven = SEPARATOR_KEYS.some((key) => plugin[key] !== undefined);
  if (!revealMd && !pluginGiven) return { diagnostics: [] };

  const defaults = revealMd ? REVEAL_MD_DEFAULTS : REVEAL_DEFAULTS;
  const diagnostics: Diagnostic[] = [];
  const compiled: Partial<Record<(typeof SEPARATOR_KEYS)[number], RegExp | null>> = {};
  for (const key of SEPARATOR_KEYS) {
    const found = pickPattern(key, head, json, plugin);
    const source = found ? found.value : defaults[key];
    if (source === null || source === '') {
      if (key === 'verticalSeparator') compiled[key] = null;
      else diagnostics.push(patternProblem(found!, key, 'is empty', `write a pattern, e.g. ${JSON.stringify(defaults[key])}, or remove "${key}" to use the default`));
      continue;
    }
    if (typeof source !== 'string') {
      diagnostics.push(patternProblem(found!, key, 'should be a regular expression written as text', `quote it, e.g. ${key}: "<!--s-->"`));
      continue;
    }
    const result = compileUserPattern(source, key === 'notesSeparator' ? 'mgi' : 'mg');
    if (!result.ok) {
      diagnostics.push(patternProblem(found!, key, result.reason, 'write a simpler pattern, e.g. "^\\n\\n\\n" (three blank lines) or "<!--s-->"'));
      continue;
    }
    compiled[key] = result.regex;
  }
  if (diagnostics.length > 0 || !compiled.separator || !compiled.notesSeparator) return { diagnostics };
  const vertical = compiled.verticalSeparator;
  return {
    separators: {
      split: new RegExp(compiled.separator.source + (vertical ? `|${vertical.source}` : ''), 'mg'),
      // As reveal.js does: a match is horizontal when the horizontal pattern (without flags) finds it.
      horizontal: new RegExp(compiled.separator.source),
      notes: compiled.notesSeparator,
    },
    diagnostics,
  };
}

/** A pattern setting as found: its value and where it was written. */
export interface FoundPattern {
  value: unknown;
  file: string;
  line: number;
  origin: string;
}

/** Where `key` is set, by precedence: the headmatter, then reveal-md.json, then the plugin options. */
export function pickPattern(
  key: keyof SeparatorOptions,
  head: SeparatorSources['headmatter'],
  json: SeparatorSources['revealMdJson'],
  plugin: SeparatorOptions,
): FoundPattern | undefined {
  if (head && Object.hasOwn(head.data, key)) return { value: head.data[key], file: head.file, line: head.keyLine(key), origin: 'headmatter' };
  if (json && Object.hasOwn(json.data, key)) return { value: json.data[key], file: json.file, line: 1, origin: 'reveal-md.json' };
  if (plugin[key] !== undefined) return { value: plugin[key], file: 'vite.config', line: 0, origin: 'plugin options' };
  return undefined;
}

export function patternProblem(found: FoundPattern, key: string, what: string, hint: string, code = 'invalid-separator'): Diagnostic {
  return {
    severity: 'error', code, file: found.file, line: found.line, column: 1,
    message: `the ${key} pattern (${found.origin}) ${what}`, hint,
  };
}

/** One slide's text as the separators cut it, with the file line it starts on. */
export interface SeparatedPiece {
  text: string;
  line: number;
  horizontal: boolean;
}

/**
 * reveal.js's slidify: every match of `split` ends a slide; a match `horizontal` finds starts a new
 * stack, any other a vertical slide. Unlike reveal.js, a match inside a code fence or an HTML comment
 * does not split, so code about separators stays whole. A match of no characters splits nothing.
 */
export function splitBySeparators(text: string, firstLine: number, separators: CompiledSeparators): SeparatedPiece[] {
  const blocked = blockedRanges(scanLines(text, firstLine).lines);
  const pieces: SeparatedPiece[] = [];
  const split = new RegExp(separators.split.source, separators.split.flags);
  let start = 0;
  let horizontal = true;
  for (let match = split.exec(text); match; match = split.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].length === 0) {
      split.lastIndex++;
      continue;
    }
    if (blocked.some(([from, to]) => match!.index < to && end > from)) continue;
    pieces.push({ text: text.slice(start, match.index), line: lineAt(text, start, firstLine), horizontal });
    horizontal = separators.horizontal.test(match[0]);
    start = end;
  }
  pieces.push({ text: text.slice(start), line: lineAt(text, start, firstLine), horizontal });
  return pieces;
}

/** Character ranges of fences and multi-line comments: from their first line's start to their last line's end. */
function blockedRanges(lines: ScannedLine[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let offset = 0;
  let open: number | undefined;
  lines.forEach((line, index) => {
    const inside = line.context !== 'text';
    if (inside && open === undefined) open = offset;
    const next = lines[index + 1];
    const closes = inside && (!next || next.context === 'text' || closesHere(line, next));
    if (closes && open !== undefined) {
      ranges.push([open, offset + line.text.length]);
      open = undefined;
    }
    offset += line.text.length + 1;
  });
  return ranges;
}

/** Two blocks can touch (a fence right after a comment): a new block starts where its context changes. */
function closesHere(line: ScannedLine, next: ScannedLine): boolean {
  return next.context !== line.context;
}

function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where the notes begin in a slide's text: the first match of the notes pattern outside fences and comments (offsets). */
export function findNotes(text: string, firstLine: number, notes: RegExp): { start: number; end: number } | undefined {
  const pattern = new RegExp(notes.source, notes.flags.includes('g') ? notes.flags : `${notes.flags}g`);
  const blocked = blockedRanges(scanLines(text, firstLine).lines);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (!blocked.some(([from, to]) => match!.index < to && end > from)) return { start: match.index, end };
  }
  return undefined;
}
