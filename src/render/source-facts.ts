// What the cover and the sources slide say about the source and the briefing, from the headmatter: who wrote the
// source, where and when it appeared, what it leaves unstated, what the information is current as of, and who briefs. Pure.

import type { DeckMeta } from '../model/deck.js';

type SourceField = 'sourceAuthor' | 'sourceOutlet' | 'sourcePublished' | 'sourceUrl';

const SOURCE_FIELDS: readonly { field: SourceField; label: string; unstated: string }[] = [
  { field: 'sourceAuthor', label: 'Author', unstated: 'author' },
  { field: 'sourceOutlet', label: 'Outlet', unstated: 'outlet' },
  { field: 'sourcePublished', label: 'Published', unstated: 'publication date' },
  { field: 'sourceUrl', label: 'Web address', unstated: 'web address' },
];

export type FactsPlace = 'cover' | 'sources';

/** True when the headmatter names at least one of the source's author, outlet, publication date or URL. */
export function hasSourceCredibility(meta: Pick<DeckMeta, SourceField>): boolean {
  return SOURCE_FIELDS.some(({ field }) => Boolean(meta[field]));
}

/** The layouts that carry the facts: a cover (`title`) and a `sources` slide. */
export function factsPlaceFor(layout: string | undefined): FactsPlace | undefined {
  return layout === 'title' ? 'cover' : layout === 'sources' ? 'sources' : undefined;
}

/**
 * A `<div class="bd-facts">` for the end of a cover or sources slide; '' when the headmatter gives nothing to say.
 * Unknown facts are never filled in: a field left empty on purpose is listed as "not stated in the source".
 */
export function sourceFactsHtml(meta: DeckMeta, place: FactsPlace, escape: (text: string) => string): string {
  const rows: string[] = [];
  const row = (label: string, html: string, name: string): void => {
    rows.push(`<div class="bd-fact bd-fact-${name}"><dt>${escape(label)}</dt><dd>${html}</dd></div>`);
  };
  if (place === 'cover') {
    const byline = [meta.briefer, meta.organisation].filter((part): part is string => Boolean(part)).map(escape).join(', ');
    if (byline) row('Briefed by', byline, 'briefer');
    if (meta.date) row('Date', escape(meta.date), 'date');
  }
  if (meta.source) row('Source', escape(meta.source), 'source');
  for (const { field, label } of SOURCE_FIELDS) {
    const value = meta[field];
    if (!value) continue;
    row(label, field === 'sourceUrl' ? `<a href="${escape(value)}">${escape(value)}</a>` : escape(value), field.replace(/^source/, '').toLowerCase());
  }
  const unstated = SOURCE_FIELDS.filter(({ field }) => meta[field] === '').map(({ unstated }) => unstated);
  if (unstated.length > 0) row('Not stated in the source', escape(sentenceList(unstated)), 'unstated');
  if (meta.asOf) row('Information as of', escape(meta.asOf), 'as-of');
  return rows.length === 0 ? '' : `\n<dl class="bd-facts bd-facts-${place}">${rows.join('')}</dl>\n`;
}

function sentenceList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
