// What the cover and the sources slide say about the source and the briefing, from the headmatter: who wrote the
// source, where and when it appeared, what it leaves unstated, what the information is current as of, and who briefs. Pure.

import type { DeckMeta } from '../model/deck.js';
import { escapeHtml } from './escape-html.js';

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

/** One line of the facts: a label, its value and the name its styling hook takes; `link` when the value is a web address. */
export interface SourceFact {
  label: string;
  value: string;
  name: string;
  link?: string;
}

/**
 * What a cover or sources slide says of the source and the briefing, in order; empty when the headmatter gives
 * nothing to say. Unknown facts are never filled in: a field left empty on purpose is listed as "not stated in the source".
 */
export function sourceFacts(meta: DeckMeta, place: FactsPlace): SourceFact[] {
  const facts: SourceFact[] = [];
  if (place === 'cover') {
    const byline = [meta.briefer, meta.organisation].filter((part): part is string => Boolean(part)).join(', ');
    if (byline) facts.push({ label: 'Briefed by', value: byline, name: 'briefer' });
    if (meta.date) facts.push({ label: 'Date', value: meta.date, name: 'date' });
  }
  if (meta.source) facts.push({ label: 'Source', value: meta.source, name: 'source' });
  for (const { field, label } of SOURCE_FIELDS) {
    const value = meta[field];
    if (!value) continue;
    facts.push({ label, value, name: field.replace(/^source/, '').toLowerCase(), ...(field === 'sourceUrl' ? { link: value } : {}) });
  }
  const unstated = SOURCE_FIELDS.filter(({ field }) => meta[field] === '').map(({ unstated }) => unstated);
  if (unstated.length > 0) facts.push({ label: 'Not stated in the source', value: sentenceList(unstated), name: 'unstated' });
  if (meta.asOf) facts.push({ label: 'Information as of', value: meta.asOf, name: 'as-of' });
  return facts;
}

/** A `<dl class="bd-facts">` for the end of a cover or sources slide; '' when the headmatter gives nothing to say. */
export function sourceFactsHtml(meta: DeckMeta, place: FactsPlace): string {
  const rows = sourceFacts(meta, place).map(({ label, value, name, link }) => {
    const html = link !== undefined ? `<a href="${escapeHtml(link)}">${escapeHtml(value)}</a>` : escapeHtml(value);
    return `<div class="bd-fact bd-fact-${name}"><dt>${escapeHtml(label)}</dt><dd>${html}</dd></div>`;
  });
  return rows.length === 0 ? '' : `\n<dl class="bd-facts bd-facts-${place}">${rows.join('')}</dl>\n`;
}

function sentenceList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
