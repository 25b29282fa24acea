// Loads the article fixtures and runs the pipeline on them (shared by the article tests).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleFormat } from '../../src/model/article.js';
import { readArticle } from '../../src/article/read.js';
import { generate, type GenerateResult } from '../../src/article/generate.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export const SUMMIT = 'trump-kim-summit.txt';
export const RIVER = 'river-accord.md';
export const STRAIT = 'strait-fisheries.html';

export function fixtureText(name: string): string {
  return readFileSync(FIXTURES + name, 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(FIXTURES + name);
}

export function readFixture(name: string, format: ArticleFormat): Article {
  return readArticle(fixtureText(name), format, name).article;
}

export function generateFixture(name: string): GenerateResult {
  return generate(fixtureBytes(name), { fileName: name });
}
