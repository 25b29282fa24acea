// The article a command drafts a deck from (`generate ARTICLE`, `new --from ARTICLE`): read only when it is a regular file under the size cap.

import path from 'node:path';
import { readRegularFile, type ReadFailure } from '../io/read-regular-file.js';

export type ArticleRead = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** What to do about each way an article cannot be read. */
const ADVICE: Record<ReadFailure, string> = {
  missing: '',
  folder: 'name the article file itself (.txt, .html or .md)',
  'not-a-file': 'name a regular article file (.txt, .html or .md)',
  'too-large': 'draft from a shorter article, or a part of it',
  unreadable: 'check the file’s permissions',
};

/** Reads `article` (as the user wrote it, relative to `cwd`), or says in one line why it cannot: a pipe or a device is never read. */
export async function readArticleArgument(article: string, cwd: string): Promise<ArticleRead> {
  const read = readRegularFile(path.resolve(cwd, article));
  if (read.ok) return read;
  const advice = ADVICE[read.failure];
  return { ok: false, message: `cannot read ${article}: ${read.failure === 'missing' ? 'no such file' : read.detail}${advice ? `; ${advice}` : ''}` };
}
