// Turns article input into text: the shared byte decoding, plus the article's own checks (NUL in strings, empty input).

import type { Diagnostic } from '../model/diagnostic.js';
import type { ArticleFormat } from '../model/article.js';
import { decodeText, type DecodeResult } from '../io/decode-text.js';

export type { DecodeResult } from '../io/decode-text.js';

function problem(file: string, line: number, code: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', code, file, line, column: 0, message, hint };
}

/** Decodes article input; strings are checked for NUL characters only. */
export function decodeInput(input: Uint8Array | string, file: string): DecodeResult {
  if (typeof input === 'string') {
    const nul = input.indexOf('\u0000');
    if (nul >= 0) {
      const line = input.slice(0, nul).split('\n').length;
      return { ok: false, diagnostic: problem(file, line, 'binary-input', 'the input contains NUL characters: it looks like a binary file, not an article', 'pass a text, HTML or Markdown file') };
    }
    return checkEmpty(input.replace(/^\uFEFF/, ''), file);
  }
  const decoded = decodeText(input, file, 'article');
  return decoded.ok ? checkEmpty(decoded.text.replace(/^\uFEFF/, ''), file) : decoded;
}

function checkEmpty(text: string, file: string): DecodeResult {
  if (text.trim() === '') {
    return { ok: false, diagnostic: problem(file, 0, 'empty-input', 'the article is empty', 'pass a file with the article text (title, then paragraphs separated by blank lines)') };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

const EXTENSIONS: Record<string, ArticleFormat> = {
  txt: 'txt', text: 'txt',
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'md', markdown: 'md', mdown: 'md', mkd: 'md',
};

/** The article format named by a file's extension, or undefined when it is not one we read. */
export function formatFromFileName(fileName: string): ArticleFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

/** Validates a `--format` value. */
export function parseFormat(value: string): ArticleFormat | undefined {
  return EXTENSIONS[value.toLowerCase()];
}
