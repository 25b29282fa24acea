// The deck's source article as every output publishes it: the copy's path, its text, and its numbered paragraphs.

import type { Article } from './article.js';

export interface SourceDocument {
  /** Path of the article copy relative to the deck folder, with `/` separators (the headmatter's `article:`). */
  file: string;
  /** The copy's text as read (UTF-8), published beside the deck so links to the file resolve. */
  text: string;
  /** The article as the provenance check reads it: its paragraphs `p1…pN` are what `[@pN]` cites. */
  article: Article;
}

/** Where the source page lives, relative to the site root (dev server, `dist/`). */
export const SOURCE_PAGE_DIR = 'source/';

/** The id a paragraph has inside a deck page (the embedded copy), where bare `p3` could clash with a slide id. */
export function embeddedParagraphId(id: string): string {
  return `source-${id}`;
}
