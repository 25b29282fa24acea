// Loads the evaluation corpus from disk: one folder per article with article.(txt|md|html) and gold.yaml.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseGold, type Gold } from './gold.js';

export interface CorpusArticle {
  slug: string;
  /** Path of the article file, relative to the corpus folder's parent's parent (for messages). */
  articleFile: string;
  /** Name given to the generator: `<slug>.<ext>`, so the deck's `article:` names the case. */
  fileName: string;
  bytes: Buffer;
  gold: Gold;
}

export interface LoadedCorpus {
  articles: CorpusArticle[];
  /** One line per folder that could not be read: file, what is wrong, what to do. */
  problems: string[];
}

const ARTICLE_NAMES = ['article.txt', 'article.md', 'article.html'];

export async function loadCorpus(corpusDir: string, displayRoot: string): Promise<LoadedCorpus> {
  const shown = (p: string): string => path.relative(displayRoot, p) || p;
  const entries = await readdir(corpusDir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return { articles: [], problems: [`${shown(corpusDir)}: the corpus folder does not exist; create one folder per article in it`] };
  const articles: CorpusArticle[] = [];
  const problems: string[] = [];
  for (const slug of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const dir = path.join(corpusDir, slug);
    const names = await readdir(dir);
    const found = ARTICLE_NAMES.filter((n) => names.includes(n));
    if (found.length !== 1) {
      problems.push(`${shown(dir)}: expected exactly one of ${ARTICLE_NAMES.join(', ')}, found ${found.length === 0 ? 'none' : found.join(', ')}`);
      continue;
    }
    const goldFile = path.join(dir, 'gold.yaml');
    const goldText = await readFile(goldFile, 'utf8').catch(() => undefined);
    if (goldText === undefined) {
      problems.push(`${shown(goldFile)}: missing; write the checklist for this article (see tests/eval/README.md)`);
      continue;
    }
    const gold = parseGold(goldText);
    if (!gold.ok) {
      problems.push(`${shown(goldFile)}: ${gold.message}`);
      continue;
    }
    const articleFile = path.join(dir, found[0]!);
    articles.push({ slug, articleFile: shown(articleFile), fileName: `${slug}${path.extname(articleFile)}`, bytes: await readFile(articleFile), gold: gold.gold });
  }
  return { articles, problems };
}
