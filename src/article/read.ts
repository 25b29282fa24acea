// Reads article text (plain text, HTML or Markdown) into an Article, with diagnostics for what is missing.

import type { Article, ArticleFormat } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { assembleArticle } from './assemble.js';
import type { Block } from './blocks.js';
import { htmlBlocks } from './read-html.js';
import { markdownBlocks } from './read-markdown.js';
import { textBlocks } from './read-text.js';

const READERS: Record<ArticleFormat, (text: string) => Block[]> = {
  txt: textBlocks,
  html: htmlBlocks,
  md: markdownBlocks,
};

export interface ReadResult {
  article: Article;
  diagnostics: Diagnostic[];
}

/** Reads decoded article text. The title is empty when none was found (a warning says so). */
export function readArticle(text: string, format: ArticleFormat, file: string): ReadResult {
  const article = assembleArticle(READERS[format](text), format);
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, message: string, hint: string, line = 0): void => {
    diagnostics.push({ severity: 'warning', code, file, line, column: 0, message, hint });
  };
  if (article.paragraphs.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'no-paragraphs',
      file,
      line: 0,
      column: 0,
      message: `no body paragraphs found in the ${format} input`,
      hint:
        format === 'html'
          ? 'the article text must be in <p> elements (scripts, navigation and footers are ignored)'
          : 'separate paragraphs with blank lines; a paragraph needs at least one full sentence',
    });
  }
  if (article.title === '') {
    warn('no-title', 'no headline found', format === 'txt' ? 'put the headline on its own line above the first paragraph' : 'give the article a level-1 heading');
  }
  return { article, diagnostics };
}
