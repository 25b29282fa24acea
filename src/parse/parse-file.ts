// Splits one Markdown file into raw slides: headmatter, separators, frontmatter, notes, slide comments.

import type { Diagnostic } from '../model/diagnostic.js';
import { attributeCommentDirective, type AttributePatterns } from './attribute-patterns.js';
import { parseAttributes } from './attributes.js';
import { scanLines, type ScannedLine } from './lines.js';
import { replaceComments } from './linear-scan.js';
import { TEXT_SETTING_KEYS } from './settings.js';
import { findNotes, splitBySeparators, type CompiledSeparators } from './separators.js';
import { parseYamlBlock } from './yaml-block.js';

/** A slide as cut from its file, before ids and settings are resolved. */
export interface RawSlide {
  file: string;
  /** Starts a new horizontal slide (false: a vertical slide below the previous one). */
  horizontal: boolean;
  startLine: number;
  endLine: number;
  content: string;
  contentLine: number;
  notes: string;
  frontmatter?: { data: Record<string, unknown>; line: number };
  slideAttributes: Record<string, string>;
}

export interface ParsedFile {
  headmatter?: { data: Record<string, unknown>; line: number };
  slides: RawSlide[];
  diagnostics: Diagnostic[];
}

const HORIZONTAL = /^---\s*$/;
const VERTICAL = /^--\s*$/;
const YAML_KEY = /^[A-Za-z_][\w-]*\s*:(\s|$)/;
const NOTE_LINE = /^\s*notes?:\s?(.*)$/i;

/** The headmatter as the separator choice needs it: its data and the file line each key is written on. */
export interface HeadmatterView {
  data: Record<string, unknown>;
  keyLine(key: string): number;
}

/** How a file is cut and marked: custom separators (undefined: `---`, `--`, `Note:`) and attribute comment patterns (undefined: `.slide:`, `.element:`). */
export interface FileSyntax {
  separators?: CompiledSeparators;
  attributePatterns?: AttributePatterns;
}

/**
 * `isFirst`: the file's leading YAML block is the deck headmatter (else the first slide's frontmatter).
 * `syntaxFor`: the separators and attribute patterns for this file, given its headmatter.
 */
export function parseFile(
  text: string,
  file: string,
  isFirst: boolean,
  syntaxFor: (headmatter: HeadmatterView | undefined) => FileSyntax = () => ({}),
): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, column: number, code: string, message: string, hint: string): void => {
    diagnostics.push({ severity: 'error', code, file, line, column, message, hint });
  };

  const allLines = text.split(/\r?\n/);
  let bodyStart = 0;
  let headmatter: ParsedFile['headmatter'];
  let leadingFrontmatter: RawSlide['frontmatter'];

  if (HORIZONTAL.test(allLines[0] ?? '') && (isFirst || YAML_KEY.test(allLines[1] ?? ''))) {
    const close = allLines.findIndex((line, index) => index > 0 && HORIZONTAL.test(line));
    if (close === -1) {
      problem(1, 1, 'unclosed-headmatter', `the ${isFirst ? 'deck headmatter' : 'frontmatter'} opened on line 1 is never closed`, 'add a line holding only --- after the settings');
      return { slides: [], diagnostics };
    }
    const yaml = parseYamlBlock(allLines.slice(1, close).join('\n'), 2, TEXT_SETTING_KEYS);
    if (yaml.ok) {
      if (isFirst) headmatter = { data: yaml.data, line: 1 };
      else leadingFrontmatter = { data: yaml.data, line: 1 };
    } else {
      problem(yaml.line, yaml.column, 'yaml', `invalid YAML in the ${isFirst ? 'deck headmatter' : 'frontmatter'}: ${yaml.message}`, 'write settings as "key: value" lines; quote values that contain ": " or "#"');
    }
    bodyStart = close + 1;
  }
  const headLines = allLines.slice(0, bodyStart);
  const { separators, attributePatterns } = syntaxFor(headmatter ? {
    data: headmatter.data,
    keyLine: (key) => Math.max(1, headLines.findIndex((line) => line.startsWith(`${key}:`)) + 1),
  } : undefined);

  const scan = scanLines(allLines.slice(bodyStart).join('\n'), bodyStart + 1);
  if (scan.unclosed) {
    const what = scan.unclosed.kind === 'fence' ? `code fence ${scan.unclosed.marker}` : 'HTML comment <!--';
    const closer = scan.unclosed.kind === 'fence' ? `a line holding only ${scan.unclosed.marker}` : '-->';
    problem(scan.unclosed.line, 1, `unclosed-${scan.unclosed.kind}`, `the ${what} opened here is never closed, so the rest of the file is swallowed`, `close it with ${closer}`);
  }

  if (separators) {
    const pieces = splitBySeparators(allLines.slice(bodyStart).join('\n'), bodyStart + 1, separators);
    const slides = pieces.map((piece, index) => {
      const lines = scanLines(piece.text, piece.line).lines;
      const front = index === 0 ? leadingFrontmatter : undefined;
      return buildSlide(file, lines, piece.horizontal, front, piece.line, diagnostics, attributePatterns, notesByPattern(separators.notes));
    });
    return { ...(headmatter ? { headmatter } : {}), slides, diagnostics };
  }

  const slides: RawSlide[] = [];
  const lines = scan.lines;
  let start = 0;
  let horizontal = true;
  let frontmatter = leadingFrontmatter;
  let i = 0;
  while (i <= lines.length) {
    const line = lines[i];
    const separator = line && line.context === 'text' ? (HORIZONTAL.test(line.text) ? 'h' : VERTICAL.test(line.text) ? 'v' : undefined) : undefined;
    if (line && !separator) {
      i++;
      continue;
    }
    slides.push(buildSlide(file, lines.slice(start, i), horizontal, frontmatter, bodyLine(lines, start, bodyStart), diagnostics, attributePatterns));
    if (!line) break;
    horizontal = separator === 'h';
    frontmatter = undefined;
    start = i + 1;
    const block = frontmatterAfter(lines, i);
    if (block) {
      const yaml = parseYamlBlock(block.source, line.number + 1, TEXT_SETTING_KEYS);
      if (yaml.ok) frontmatter = { data: yaml.data, line: line.number };
      else problem(yaml.line, yaml.column, 'yaml', `invalid YAML in the slide frontmatter: ${yaml.message}`, 'write settings as "key: value" lines; quote values that contain ": " or "#"');
      start = block.closeIndex + 1;
      i = block.closeIndex;
    }
    i++;
  }
  return { ...(headmatter ? { headmatter } : {}), slides, diagnostics };
}

function bodyLine(lines: ScannedLine[], start: number, bodyStart: number): number {
  return lines[start]?.number ?? (lines.at(-1)?.number ?? bodyStart) + 1;
}

/** A `key: value` block right after a separator, closed by `---`, is that slide's frontmatter. */
function frontmatterAfter(lines: ScannedLine[], separatorIndex: number): { source: string; closeIndex: number } | undefined {
  const first = lines[separatorIndex + 1];
  if (!first || first.context !== 'text' || !YAML_KEY.test(first.text)) return undefined;
  for (let j = separatorIndex + 2; j < lines.length; j++) {
    const candidate = lines[j]!;
    if (HORIZONTAL.test(candidate.text)) {
      return { source: lines.slice(separatorIndex + 1, j).map((l) => l.text).join('\n'), closeIndex: j };
    }
    if (candidate.text.trim() !== '' && !/^(\s|-\s|#)/.test(candidate.text) && !YAML_KEY.test(candidate.text)) return undefined;
  }
  return undefined;
}

/** A slide's lines split into the body and the speaker notes written after a notes separator. */
type NotesSplit = (lines: ScannedLine[]) => { body: ScannedLine[]; notes?: string };

/** briefdeck's own: notes start at the first line `Note:` (or `Notes:`) outside fences and comments. */
const notesAtNoteLine: NotesSplit = (lines) => {
  const noteIndex = lines.findIndex((l) => l.context === 'text' && NOTE_LINE.test(l.text));
  if (noteIndex === -1) return { body: lines };
  const noteLines = lines.slice(noteIndex);
  return {
    body: lines.slice(0, noteIndex),
    notes: [NOTE_LINE.exec(noteLines[0]!.text)![1]!, ...noteLines.slice(1).map((l) => l.text)].join('\n').trim(),
  };
};

/** A deck's own notes separator (reveal.js's `data-separator-notes`): notes are everything after its first match. */
function notesByPattern(pattern: RegExp): NotesSplit {
  return (lines) => {
    const first = lines[0]?.number ?? 1;
    const text = lines.map((l) => l.text).join('\n');
    const found = findNotes(text, first, pattern);
    if (!found) return { body: lines };
    return { body: scanLines(text.slice(0, found.start), first).lines, notes: text.slice(found.end).trim() };
  };
}

function buildSlide(
  file: string,
  lines: ScannedLine[],
  horizontal: boolean,
  frontmatter: RawSlide['frontmatter'],
  firstLine: number,
  diagnostics: Diagnostic[],
  attributePatterns: AttributePatterns | undefined,
  splitNotes: NotesSplit = notesAtNoteLine,
): RawSlide {
  const { body, notes: noteText } = splitNotes(lines);
  const notes: string[] = [];
  const slideAttributes: Record<string, string> = {};
  const content = stripComments(body, attributePatterns, {
    onNotes: (text) => notes.push(text),
    onSlideAttributes: (attrs) => Object.assign(slideAttributes, attrs),
  });
  if (noteText !== undefined) notes.push(noteText);

  const startLine = frontmatter ? frontmatter.line : firstLine;
  const endLine = lines.at(-1)?.number ?? firstLine;
  if (lines.length > 0 && body.every((l) => l.text.trim() === '') && noteText !== undefined) {
    diagnostics.push({
      severity: 'warning', code: 'notes-only', file, line: lines[0]!.number, column: 1,
      message: 'this slide has speaker notes but no content', hint: 'add a heading or text above the Note: line',
    });
  }
  return {
    file,
    horizontal,
    startLine,
    endLine: Math.max(endLine, startLine),
    content: trimEndLines(content),
    contentLine: firstLine,
    notes: notes.filter((n) => n !== '').join('\n\n'),
    ...(frontmatter ? { frontmatter } : {}),
    slideAttributes,
  };
}

/** Removes notes and slide attribute comments outside fences, keeping line numbers (emptied lines stay). */
function stripComments(
  lines: ScannedLine[],
  attributePatterns: AttributePatterns | undefined,
  handlers: { onNotes(text: string): void; onSlideAttributes(attrs: Record<string, string>): void },
): string {
  const out: string[] = [];
  let group: string[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const joined = replaceComments(group.join('\n'), (comment) => {
      const directive = attributeCommentDirective(comment, attributePatterns);
      if (directive?.kind === 'notes') handlers.onNotes(directive.body);
      else if (directive?.kind === 'slide') handlers.onSlideAttributes(parseAttributes(directive.body));
      else return comment;
      return '\n'.repeat(comment.split('\n').length - 1);
    });
    out.push(joined);
    group = [];
  };
  for (const line of lines) {
    if (line.context === 'fence') {
      flush();
      out.push(line.text);
    } else {
      group.push(line.text);
    }
  }
  flush();
  return out.join('\n');
}

function trimEndLines(text: string): string {
  return text.trimEnd();
}
