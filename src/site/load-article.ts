// Reads the source article a deck names (`article:` in its headmatter, relative to the deck folder) into a SourceDocument.

import path from 'node:path';
import { formatFromFileName } from '../article/decode.js';
import { readArticle } from '../article/read.js';
import { decodeText } from '../io/decode-text.js';
import { deckFolderOf } from '../io/load-deck.js';
import { readInput } from '../io/read-input.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/source.js';
import { cached, type SessionCache } from '../compile/session-cache.js';

/** An article as read: its paragraphs and sentences, and what was wrong with it. */
export type ArticleReading = ReturnType<typeof readArticle>;

export interface LoadedArticle {
  document?: SourceDocument;
  /** Why there is no document (missing, not text, no paragraphs), as errors with the file shown relative to `displayRoot`. */
  diagnostics: Diagnostic[];
}

/**
 * `deckPath`: the deck folder, or a single-file deck (paths then start from its folder). The article must resolve
 * inside the project (the deck folder's parent, symlinks followed); `at`: the headmatter line that names it.
 */
export async function loadArticle(deckPath: string, article: string, displayRoot: string, at?: { file: string; line: number }, cache?: SessionCache<ArticleReading>): Promise<LoadedArticle> {
  const deckDir = deckFolderOf(deckPath);
  const file = path.resolve(deckDir, article);
  const shown = path.relative(displayRoot, file);
  const input = readInput({ file, projectRoot: path.dirname(deckDir), at: at ?? { file: shown, line: 0 }, shown: `article: ${article}`, what: 'source article' });
  if (!input.ok) {
    if (input.diagnostic.code !== 'missing-file') return { diagnostics: [input.diagnostic] };
    return { diagnostics: [{ severity: 'error', code: 'no-article', file: shown, line: 0, column: 0, message: 'the source article named in the headmatter does not exist', hint: `put the article at ${shown}, or fix article: in the headmatter` }] };
  }
  const decoded = decodeText(input.bytes, shown, 'article');
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  // Reading an article (sentences, entities) is slow: a session reads each version of the file once.
  const read = cached(cache, () => JSON.stringify([file, shown, decoded.text]), () => readArticle(decoded.text, formatFromFileName(file) ?? 'txt', shown));
  const errors = read.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { diagnostics: errors };
  return { document: { file: path.relative(deckDir, file).split(path.sep).join('/'), text: decoded.text, article: read.article }, diagnostics: [] };
}
