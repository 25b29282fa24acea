// Where the page reads the article's paragraphs from: the copy it carries (single file), else the source page, fetched once.

import { EMBEDDED_SOURCE_ID } from '../../source/embedded-source.js';
import type { PageData } from '../page-data.js';

/** A paragraph's text, without its number label. */
function textOf(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelector('.bd-paragraph-id')?.remove();
  return (copy.textContent ?? '').trim();
}

export type ParagraphText = (id: string) => Promise<string | undefined>;

/** Undefined when the page has no source article to quote. */
export function paragraphSource(page: Pick<PageData, 'source'>, doc: Document = document): ParagraphText | undefined {
  const embedded = doc.getElementById(EMBEDDED_SOURCE_ID);
  const find = (root: ParentNode, id: string): string | undefined => {
    const paragraph = root.querySelector(`.bd-paragraph[data-paragraph="${CSS.escape(id)}"]`);
    return paragraph ? textOf(paragraph) : undefined;
  };
  if (embedded) return (id) => Promise.resolve(find(embedded, id));
  if (!page.source) return undefined;
  let loaded: Promise<Document | undefined> | undefined;
  const load = (): Promise<Document | undefined> =>
    (loaded ??= fetch(new URL(page.source!.page, location.href))
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'))
      .catch(() => {
        loaded = undefined;
        return undefined;
      }));
  return async (id) => {
    const source = await load();
    return source ? find(source, id) : undefined;
  };
}
