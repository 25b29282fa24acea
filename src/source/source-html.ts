// The source article as HTML: its numbered paragraphs, as the source page shows them and as every deck page embeds them. Pure.

import type { Article } from '../model/article.js';
import type { DeckMeta } from '../model/deck.js';
import { escapeHtml } from '../render/escape-html.js';

/**
 * The article's paragraphs in order, each `<p id="…">` led by its number (`p3`; with `selfLinks`, a link to
 * itself), with the article's sub-headings where they change. `idOf` turns a paragraph id into the element id.
 */
export function paragraphsHtml(article: Article, idOf: (id: string) => string, selfLinks = true): string {
  const out: string[] = [];
  let heading: string | undefined;
  for (const paragraph of article.paragraphs) {
    if (paragraph.heading !== undefined && paragraph.heading !== heading) out.push(`<h2>${escapeHtml(paragraph.heading)}</h2>`);
    heading = paragraph.heading;
    const id = escapeHtml(idOf(paragraph.id));
    const label = `aria-label="Paragraph ${escapeHtml(paragraph.id)}"`;
    const number = selfLinks
      ? `<a class="bd-paragraph-id" href="#${id}" ${label}>${escapeHtml(paragraph.id)}</a>`
      : `<span class="bd-paragraph-id" ${label}>${escapeHtml(paragraph.id)}</span>`;
    out.push(`<p class="bd-paragraph" id="${id}" data-paragraph="${escapeHtml(paragraph.id)}">${number} ${escapeHtml(paragraph.text)}</p>`);
  }
  return out.join('\n');
}

/** The article's head: title, standfirst, byline and date as the article gives them, and the deck's source line. */
export function articleHeadHtml(article: Article, meta: Pick<DeckMeta, 'source'>, titleId: string): string {
  const facts = [article.byline ? `By ${article.byline}` : undefined, article.date].filter((fact): fact is string => Boolean(fact));
  return [
    `<p class="bd-source-kicker">Source article</p>`,
    `<h1 id="${escapeHtml(titleId)}">${escapeHtml(article.title || meta.source || 'Source')}</h1>`,
    article.dek ? `<p class="bd-source-dek">${escapeHtml(article.dek)}</p>` : '',
    facts.length > 0 ? `<p class="bd-source-facts">${facts.map(escapeHtml).join(' · ')}</p>` : '',
    meta.source ? `<p class="bd-source-line">Cited as: ${escapeHtml(meta.source)}</p>` : '',
    `<p class="bd-source-how">Slides cite these paragraphs as [p1]…[p${article.paragraphs.length}].</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}
