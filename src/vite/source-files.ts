// The files a deck with a source article publishes beside its pages: the source page and the article's copy, built or served in dev.

import type { Connect } from 'vite';
import { SOURCE_PAGE_DIR } from '../model/source.js';
import { isCopyPublished } from '../source/article-copy.js';
import type { Site } from '../site/load-site.js';
import { sourcePageHtml, type SourcePageOptions } from '../source/source-page.js';

/** The deck font's full Latin files among the built assets, as URLs from the source page, when both are there. */
export function builtFonts(fileNames: readonly string[]): SourcePageOptions['fonts'] {
  const find = (weight: number): string | undefined => fileNames.find((name) => new RegExp(`(^|/)source-sans-3-latin-${weight}-normal[^/]*\\.woff2$`).test(name));
  const regular = find(400);
  const semibold = find(600);
  return regular && semibold ? { regular: `../${regular}`, semibold: `../${semibold}` } : undefined;
}

export interface SiteFile {
  /** Relative to the site root, `/`-separated. */
  path: string;
  content: string;
  contentType: string;
}

/**
 * `source/index.html` and the article copy at its deck-relative path — unless that path leaves the deck
 * folder, or the copy is HTML: a page from elsewhere, published on the deck's origin, could run its scripts
 * there (the source page shows its text instead).
 */
export function sourceFiles(site: Site, csp?: string, fonts?: SourcePageOptions['fonts']): SiteFile[] {
  const { source } = site;
  if (!source) return [];
  const publishable = isCopyPublished(source);
  const page: SiteFile = {
    path: `${SOURCE_PAGE_DIR}index.html`,
    content: sourcePageHtml(source, site.deck.meta, { deckHref: '../', linkCopy: publishable, ...(csp !== undefined ? { csp } : {}), ...(fonts ? { fonts } : {}) }),
    contentType: 'text/html; charset=utf-8',
  };
  const contentType = source.article.format === 'md' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';
  return publishable ? [page, { path: source.file, content: source.text, contentType }] : [page];
}

/** Dev-server middleware answering the source page (`/source/`) and the article copy from the newest good compile. */
export function sourceRoute(current: () => Promise<Site | undefined>): Connect.NextHandleFunction {
  return (request, response, next) => {
    let url: string;
    try {
      url = decodeURIComponent((request.url ?? '').split(/[?#]/)[0]!.replace(/^\/+/, ''));
    } catch {
      next();
      return;
    }
    // Only the source page and files (the article copy has an extension) are looked up; pages and modules go on.
    if (!url.startsWith(SOURCE_PAGE_DIR.slice(0, -1)) && !url.includes('.')) {
      next();
      return;
    }
    void current().then(
      (site) => {
        const wanted = url === SOURCE_PAGE_DIR.slice(0, -1) ? SOURCE_PAGE_DIR : url === SOURCE_PAGE_DIR ? `${SOURCE_PAGE_DIR}index.html` : url;
        if (wanted === SOURCE_PAGE_DIR) {
          response.statusCode = 301;
          response.setHeader('Location', `/${SOURCE_PAGE_DIR}`);
          response.end();
          return;
        }
        const file = site ? sourceFiles(site).find((f) => f.path === wanted) : undefined;
        if (!file) {
          next();
          return;
        }
        response.setHeader('Content-Type', file.contentType);
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.end(file.content);
      },
      (error: unknown) => next(error),
    );
  };
}
