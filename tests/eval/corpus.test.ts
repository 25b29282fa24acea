// Loading the corpus: one article and one valid checklist per folder, otherwise one line naming the file and the fix.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval/corpus.js';

const root = mkdtempSync(path.join(tmpdir(), 'briefdeck-corpus-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOLD = 'sections:\n  firsts:\n    points:\n      - name: a first\n        all: [[first]]\n';

function folder(name: string, files: Record<string, string>): void {
  mkdirSync(path.join(root, 'corpus', name), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, 'corpus', name, file), text);
}

describe('loadCorpus', () => {
  folder('a-good', { 'article.md': '# T\n\nFor the first time, talks.\n', 'gold.yaml': GOLD });
  folder('b-two-articles', { 'article.md': 'x', 'article.txt': 'y', 'gold.yaml': GOLD });
  folder('c-no-gold', { 'article.txt': 'x' });
  folder('d-bad-gold', { 'article.html': '<p>x</p>', 'gold.yaml': 'sections:\n  firsts: {}\n' });

  it('loads good folders in name order and explains every other one', async () => {
    const corpus = await loadCorpus(path.join(root, 'corpus'), root);
    expect(corpus.articles.map((a) => [a.slug, a.fileName, a.articleFile])).toEqual([['a-good', 'a-good.md', path.join('corpus', 'a-good', 'article.md')]]);
    expect(corpus.problems).toEqual([
      `${path.join('corpus', 'b-two-articles')}: expected exactly one of article.txt, article.md, article.html, found article.txt, article.md`,
      `${path.join('corpus', 'c-no-gold', 'gold.yaml')}: missing; write the checklist for this article (see tests/eval/README.md)`,
      `${path.join('corpus', 'd-bad-gold', 'gold.yaml')}: sections.firsts: list at least one point, or say expect-empty: true`,
    ]);
  });

  it('says so when the corpus folder is missing', async () => {
    const corpus = await loadCorpus(path.join(root, 'nowhere'), root);
    expect(corpus).toEqual({ articles: [], problems: ['nowhere: the corpus folder does not exist; create one folder per article in it'] });
  });
});
