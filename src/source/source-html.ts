// The source article as HTML: its numbered paragraphs, as the source page shows them and as every deck page embeds them. Pure.

import type { Article } from '../model/article.js';
import type { DeckMeta } from '../model/deck.js';

type Escape = (text: string) => string;

/**
 * The article's paragraphs in order, each `<p id="…">` led by its number (`p3`; with `selfLinks`, a link to
 * itself), with the article's sub-headings where they change. `idOf` turns a paragraph id into the element id.
 */
export function paragraphsHtml(article: Article, idOf: (id: string) => string, escape: Escape, selfLinks = true): string {
  const out: string[] = [];
  let heading: string | undefined;
  for (const paragraph of article.paragraphs) {
    if (paragraph.heading !== undefined && paragraph.heading !== heading) out.push(`<h2>${escape(paragraph.heading)}</h2>`);
    heading = paragraph.heading;
    const id = escape(idOf(paragraph.id));
    const label = `aria-label="Paragraph ${escape(paragraph.id)}"`;
    const number = selfLinks
      ? `<a class="bd-paragraph-id" href="#${id}" ${label}>${escape(paragraph.id)}</a>`
      : `<span class="bd-paragraph-id" ${label}>${escape(paragraph.id)}</span>`;
    out.push(`<p class="bd-paragraph" id="${id}" data-paragraph="${escape(paragraph.id)}">${number} ${escape(paragraph.text)}</p>`);
  }
  return out.join('\n');
}

/** The article's head: title, standfirst, byline and date as the article gives them, and the deck's source line. */
export function articleHeadHtml(article: Article, meta: Pick<DeckMeta, 'source'>, titleId: string, escape: Escape): string {
  const facts = [article.byline ? `By ${article.byline}` : undefined, article.date].filter((fact): fact is string => Boolean(fact));
  return [
    `<p class="bd-source-kicker">Source article</p>`,
    `<h1 id="${escape(titleId)}">${escape(article.title || meta.source || 'Source')}</h1>`,
    article.dek ? `<p class="bd-source-dek">${escape(article.dek)}</p>` : '',
    facts.length > 0 ? `<p class="bd-source-facts">${facts.map(escape).join(' · ')}</p>` : '',
    meta.source ? `<p class="bd-source-line">Cited as: ${escape(meta.source)}</p>` : '',
    `<p class="bd-source-how">Slides cite these paragraphs as [p1]…[p${article.paragraphs.length}].</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}
