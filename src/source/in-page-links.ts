// For a page that must stand alone (the single file): links into the source page or the article copy point at the embedded article instead. Pure.

import { embeddedParagraphId, SOURCE_PAGE_DIR } from '../model/source.js';
import { EMBEDDED_SOURCE_ID } from './embedded-source.js';

const HREF = /(\shref=")([^"]*)(")/g;

/**
 * `./source/#p3` → `#source-p3`, `./source/` and the article copy (`source/article.txt`) → `#bd-source`:
 * the page's script opens the embedded article there. Pages without an embedded article are returned as they are.
 */
export function linkSourceInPage(html: string): string {
  const file = new RegExp(`<dialog id="${EMBEDDED_SOURCE_ID}"[^>]*\\sdata-file="([^"]*)"`).exec(html)?.[1];
  if (file === undefined) return html;
  const page = SOURCE_PAGE_DIR.slice(0, -1);
  return html.replace(HREF, (match, before: string, href: string, after: string) => {
    const [target = '', fragment = ''] = href.replace(/&amp;/g, '&').split('#');
    const path = target.replace(/^\.\//, '').replace(/index\.html$/, '');
    if (path === `${page}/` || path === page) return `${before}#${/^p\d+$/.test(fragment) ? embeddedParagraphId(fragment) : EMBEDDED_SOURCE_ID}${after}`;
    if (path === file) return `${before}#${EMBEDDED_SOURCE_ID}${after}`;
    return match;
  });
}
