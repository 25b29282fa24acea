// The generator pipeline: input bytes + format -> Article -> Outline -> deck files, summary and diagnostics.

import type { Article, ArticleFormat, Outline, SectionKind } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { hasErrors } from '../model/diagnostic.js';
import { decodeInput, formatFromFileName, parseFormat } from './decode.js';
import { deckMarkdown, type MarkdownFile } from './markdown.js';
import { withTagCache } from './nlp.js';
import { buildOutline } from './outline.js';
import { readArticle } from './read.js';

export interface GenerateOptions {
  /** The article's file name as the user gave it: used in diagnostics and to guess the format. */
  fileName: string;
  /** `txt`, `html` or `md`; when absent the file extension decides. */
  format?: string;
  /** Path of the article copy relative to the deck (headmatter `article:`); default `source/<basename>`. */
  articlePath?: string;
  maxBullets?: number;
}

export interface GenerateSummary {
  paragraphs: number;
  sections: { kind: SectionKind; paragraphs: number; bullets: number }[];
  questions: number;
  themes: number;
  events: number;
  actors: { person: number; state: number; institution: number };
  relations: number;
  slides: number;
  files: string[];
  missing: string[];
}

export interface GenerateResult {
  article?: Article;
  outline?: Outline;
  files: MarkdownFile[];
  summary?: GenerateSummary;
  diagnostics: Diagnostic[];
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function fallbackTitle(fileName: string): string {
  const stem = baseName(fileName).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : 'Untitled article';
}

function resolveFormat(options: GenerateOptions): ArticleFormat | Diagnostic {
  if (options.format !== undefined) {
    return (
      parseFormat(options.format) ?? {
        severity: 'error', code: 'unknown-format', file: options.fileName, line: 0, column: 0,
        message: `unknown article format "${options.format}"`, hint: 'use txt, html or md',
      }
    );
  }
  return (
    formatFromFileName(options.fileName) ?? {
      severity: 'error', code: 'unknown-format', file: options.fileName, line: 0, column: 0,
      message: `cannot tell the article format from the file name "${baseName(options.fileName)}"`,
      hint: 'name the file .txt, .html or .md, or pass --format txt|html|md',
    }
  );
}

/** Runs the whole pipeline. Never throws on bad input: problems come back as diagnostics. */
export function generate(input: Uint8Array | string, options: GenerateOptions): GenerateResult {
  return withTagCache(() => generateTagged(input, options));
}

function generateTagged(input: Uint8Array | string, options: GenerateOptions): GenerateResult {
  const format = resolveFormat(options);
  if (typeof format !== 'string') return { files: [], diagnostics: [format] };
  const decoded = decodeInput(input, options.fileName);
  if (!decoded.ok) return { files: [], diagnostics: [decoded.diagnostic] };
  const { article, diagnostics } = readArticle(decoded.text, format, options.fileName);
  if (hasErrors(diagnostics)) return { article, files: [], diagnostics };
  const outline = buildOutline(article);
  const file = options.fileName;
  const warn = (code: string, message: string, hint: string): void => {
    diagnostics.push({ severity: 'warning', code, file, line: 0, column: 0, message, hint });
  };
  if (outline.questions.length === 0) warn('no-questions', 'the article asks no questions: the deck has no open-questions slides', 'add the open questions by hand if the briefing needs them');
  if (outline.events.length === 0) warn('no-events', 'no dated events found: the deck has no timeline', 'dates are read as "June 3", "late July", "by the end of September", "in 2031"');
  const articlePath = options.articlePath ?? `source/${baseName(options.fileName)}`;
  const deck = deckMarkdown(article, outline, {
    articlePath,
    fallbackTitle: fallbackTitle(options.fileName),
    ...(options.maxBullets !== undefined ? { maxBullets: options.maxBullets } : {}),
  });
  const count = (kind: string): number => outline.actors.filter((a) => a.kind === kind).length;
  const summary: GenerateSummary = {
    paragraphs: article.paragraphs.length,
    sections: outline.sections.map((s) => ({ kind: s.kind, paragraphs: s.paragraphs.length, bullets: s.bullets.length })),
    questions: outline.questions.reduce((n, t) => n + t.questions.length, 0),
    themes: outline.questions.length,
    events: outline.events.length,
    actors: { person: count('person'), state: count('state'), institution: count('institution') },
    relations: outline.relations.length,
    slides: deck.slides.length,
    files: deck.files.map((f) => f.name),
    missing: outline.missing,
  };
  return { article, outline, files: deck.files, summary, diagnostics };
}

/** The summary as terminal lines. */
export function formatSummary(s: GenerateSummary): string[] {
  return [
    `  paragraphs: ${s.paragraphs}`,
    `  sections:   ${s.sections.map((x) => `${x.kind} ${x.paragraphs}`).join(', ') || 'none'}`,
    `  questions:  ${s.questions} in ${s.themes} theme${s.themes === 1 ? '' : 's'}`,
    `  events:     ${s.events}`,
    `  actors:     ${s.actors.person} people, ${s.actors.state} states, ${s.actors.institution} institutions; ${s.relations} relations`,
    `  slides:     ${s.slides} in ${s.files.length} files`,
    ...(s.missing.length > 0 ? [`  missing:    ${s.missing.map((m) => m.split(':')[0] === 'section' ? m.split(':').slice(0, 2).join(':') : m.split(':')[0]).join(', ')}`] : []),
  ];
}
