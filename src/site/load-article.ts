// Reads the source article a deck names (`article:` in its headmatter, relative to the deck folder) into a SourceDocument.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFromFileName } from '../article/decode.js';
import { readArticle } from '../article/read.js';
import { decodeText } from '../io/decode-text.js';
import { deckFolderOf } from '../io/load-deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/source.js';

export interface LoadedArticle {
  document?: SourceDocument;
  /** Why there is no document (missing, not text, no paragraphs), as errors with the file shown relative to `displayRoot`. */
  diagnostics: Diagnostic[];
}

/** `deckPath`: the deck folder, or a single-file deck (paths then start from its folder). */
export async function loadArticle(deckPath: string, article: string, displayRoot: string): Promise<LoadedArticle> {
  const deckDir = deckFolderOf(deckPath);
  const file = path.resolve(deckDir, article);
  const shown = path.relative(displayRoot, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { diagnostics: [{ severity: 'error', code: 'no-article', file: shown, line: 0, column: 0, message: 'the source article named in the headmatter does not exist', hint: `put the article at ${shown}, or fix article: in the headmatter` }] };
  }
  const decoded = decodeText(bytes, shown, 'article');
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  const read = readArticle(decoded.text, formatFromFileName(file) ?? 'txt', shown);
  const errors = read.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return { diagnostics: errors };
  return { document: { file: path.relative(deckDir, file).split(path.sep).join('/'), text: decoded.text, article: read.article }, diagnostics: [] };
}
