// Whether the deck's article is published as a file beside its pages, and where slides' links to the article go. Pure.

import type { ArticleLink } from '../markdown/env.js';
import { SOURCE_PAGE_DIR, type SourceDocument } from '../model/source.js';

/**
 * The copy of the article is published at its path in the deck folder, except when that path leaves the folder or
 * the copy is HTML: a page from elsewhere, published on the deck's origin, could run its scripts there.
 */
export function isCopyPublished(source: SourceDocument): boolean {
  const inside = !source.file.startsWith('/') && !source.file.split('/').includes('..');
  return inside && source.article.format !== 'html' && !/\.html?$/i.test(source.file);
}

/**
 * `articlePath`: the article as slide references name files (relative to where the deck's files are shown from).
 * Links to it open the published copy (`source.file`, from the deck's page), or the source page, which shows the
 * article's text, when no copy is published.
 */
export function articleLinkFor(source: SourceDocument, articlePath: string): ArticleLink {
  return { path: articlePath, href: isCopyPublished(source) ? source.file : SOURCE_PAGE_DIR };
}
