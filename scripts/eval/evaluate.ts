// The evaluation as data: every corpus article generated in memory, scored and checked; plus the home figure.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '../../src/article/generate.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { loadDeckFiles } from '../../src/io/load-deck.js';
import { loadCorpus, type CorpusArticle } from './corpus.js';
import { checkGeneratedDeck, type DeckCheck } from './deck-check.js';
import { viewDeck } from './deck-view.js';
import { homeFigure, type HomeFigure } from './home.js';
import { scoreDeck, type ArticleScore } from './score.js';

export interface ArticleResult {
  slug: string;
  shape: string[];
  /** Generator errors: the article produced no deck (every check then fails). */
  generatorErrors: string[];
  score: ArticleScore;
  check?: DeckCheck;
}

export interface Evaluation {
  articles: ArticleResult[];
  passed: number;
  total: number;
  home?: HomeFigure;
  /** Problems reading the corpus or the home reference: one line each. */
  problems: string[];
}

export interface EvaluateOptions {
  /** The project folder: tests/eval/corpus, tests/eval/home-reference and slides/source live under it. */
  root: string;
  /** Only these corpus articles (slugs); all when absent. */
  only?: readonly string[];
}

async function evaluateArticle(article: CorpusArticle): Promise<ArticleResult> {
  let result: ReturnType<typeof generate>;
  try {
    result = generate(article.bytes, { fileName: article.fileName });
  } catch (error) {
    // A crash is a finding, not the end of the evaluation: the article scores its failed checks.
    result = { files: [], diagnostics: [{ severity: 'error', code: 'generator-crash', file: article.articleFile, line: 0, column: 0, message: `the generator threw: ${error instanceof Error ? error.message : String(error)}`, hint: 'fix the generator; this article is one of its test cases' }] };
  }
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  const score = scoreDeck(article.gold, viewDeck(result.files));
  const base = { slug: article.slug, shape: article.gold.shape, generatorErrors: errors, score };
  if (result.files.length === 0) return base;
  return { ...base, check: await checkGeneratedDeck(result.files, `source/${article.fileName}`, article.bytes) };
}

async function evaluateHome(root: string, problems: string[]): Promise<HomeFigure | undefined> {
  const reference = await loadDeckFiles(path.join(root, 'tests/eval/home-reference'), root);
  if (reference.files.length === 0) {
    problems.push(...reference.diagnostics.map(formatDiagnostic));
    return undefined;
  }
  const sourceFile = path.join(root, 'slides/source/trump-kim-summit.txt');
  const bytes = await readFile(sourceFile).catch(() => undefined);
  if (!bytes) {
    problems.push(`${path.relative(root, sourceFile)}: the home article is missing, so the home figure cannot be measured`);
    return undefined;
  }
  const generated = generate(bytes, { fileName: path.basename(sourceFile) });
  return homeFigure(reference.files.map((f) => ({ name: f.file, text: f.text })), generated.files);
}

export async function evaluate(options: EvaluateOptions): Promise<Evaluation> {
  const corpus = await loadCorpus(path.join(options.root, 'tests/eval/corpus'), options.root);
  const problems = [...corpus.problems];
  const only = options.only;
  const unknown = (only ?? []).filter((slug) => !corpus.articles.some((a) => a.slug === slug));
  for (const slug of unknown) problems.push(`no corpus article "${slug}"; the articles are ${corpus.articles.map((a) => a.slug).join(', ')}`);
  const articles: ArticleResult[] = [];
  for (const article of corpus.articles.filter((a) => !only || only.includes(a.slug))) articles.push(await evaluateArticle(article));
  const home = await evaluateHome(options.root, problems);
  return {
    articles,
    passed: articles.reduce((n, a) => n + a.score.passed, 0),
    total: articles.reduce((n, a) => n + a.score.total, 0),
    ...(home ? { home } : {}),
    problems,
  };
}
