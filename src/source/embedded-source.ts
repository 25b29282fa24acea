// The source article inside every deck page: a closed dialog the citation popover quotes from, the single file
// opens as its source page, and the PDF export prints its appendix from. Pure.

import type { DeckMeta } from '../model/deck.js';
import { embeddedParagraphId, type SourceDocument } from '../model/source.js';
import { articleHeadHtml, paragraphsHtml } from './source-html.js';
import { escapeHtml } from '../render/escape-html.js';

export const EMBEDDED_SOURCE_ID = 'bd-source';

export function embeddedSourceHtml(source: SourceDocument, meta: Pick<DeckMeta, 'source'>): string {
  return `<dialog id="${EMBEDDED_SOURCE_ID}" class="bd-source" aria-labelledby="bd-source-title" data-file="${escapeHtml(source.file)}">
<div class="bd-source-bar"><button type="button" class="bd-source-close">Back to the slides</button></div>
<article class="bd-source-article">
${articleHeadHtml(source.article, meta, 'bd-source-title')}
${paragraphsHtml(source.article, embeddedParagraphId, false)}
</article>
</dialog>`;
}
