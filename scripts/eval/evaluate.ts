// The evaluation as data: every corpus article generated in memory, scored and checked; plus the home figure.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '../../src/article/generate.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { loadDeckFiles } from '../../src/io/load-deck.js';
import { loadCorpus, type CorpusArticle } from './corpus.js';
import { curationCount, type CurationCount } from './curation.js';
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
  /** The shipped deck (slides/) against the generator's draft of the home article; only when asked for. */
  curation?: CurationCount;
  /** Problems reading the corpus or the home reference: one line each. */
  problems: string[];
}

export interface EvaluateOptions {
  /** The project folder: tests/eval/corpus, tests/eval/home-reference and slides/source live under it. */
  root: string;
  /** Only these corpus articles (slugs); all when absent. */
  only?: readonly string[];
  /** Also count how the shipped deck was curated from the generated draft. */
  curation?: boolean;
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

const HOME_ARTICLE = 'slides/source/trump-kim-summit.txt';

type Files = { name: string; text: string }[];

/** The generator's deck of the home article, with the article path a deck's headmatter gives (default `source/<name>`). */
async function generateHome(root: string, problems: string[], articlePath?: string): Promise<Files | undefined> {
  const sourceFile = path.join(root, HOME_ARTICLE);
  const bytes = await readFile(sourceFile).catch(() => undefined);
  if (!bytes) {
    problems.push(`${path.relative(root, sourceFile)}: the home article is missing, so the home figures cannot be measured`);
    return undefined;
  }
  return generate(bytes, { fileName: path.basename(sourceFile), ...(articlePath ? { articlePath } : {}) }).files;
}

async function readDeck(folder: string, root: string, problems: string[]): Promise<Files | undefined> {
  const loaded = await loadDeckFiles(folder, root);
  if (loaded.files.length === 0) {
    problems.push(...loaded.diagnostics.map(formatDiagnostic));
    return undefined;
  }
  return loaded.files.map((f) => ({ name: f.file, text: f.text }));
}

async function evaluateHome(root: string, problems: string[]): Promise<HomeFigure | undefined> {
  const reference = await readDeck(path.join(root, 'tests/eval/home-reference'), root, problems);
  const generated = reference && (await generateHome(root, problems));
  return reference && generated ? homeFigure(reference, generated) : undefined;
}

/** The shipped deck against a draft generated with the shipped deck's own headmatter `article:` path. */
async function evaluateCuration(root: string, problems: string[]): Promise<CurationCount | undefined> {
  const shipped = await readDeck(path.join(root, 'slides'), root, problems);
  if (!shipped) return undefined;
  const articlePath = parseDeck(shipped.map((f) => ({ file: f.name, text: f.text }))).meta.article;
  const generated = await generateHome(root, problems, articlePath);
  return generated ? curationCount(shipped, generated) : undefined;
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
  const curation = options.curation ? await evaluateCuration(options.root, problems) : undefined;
  return {
    articles,
    passed: articles.reduce((n, a) => n + a.score.passed, 0),
    total: articles.reduce((n, a) => n + a.score.total, 0),
    ...(home ? { home } : {}),
    ...(curation ? { curation } : {}),
    problems,
  };
}
