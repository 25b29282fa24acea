// The deck's static chrome around the slides: a footer with the source and as-of date, and an optional banner
// (e.g. a classification) at the top and bottom of every slide. Built at build time from the headmatter. Pure.

import type { DeckMeta } from '../model/deck.js';

export function deckChromeHtml(meta: Pick<DeckMeta, 'source' | 'asOf' | 'banner'>, escape: (text: string) => string): string {
  const top = meta.banner ? `<div class="bd-banner bd-banner-top" role="note">${escape(meta.banner)}</div>\n` : '';
  const footer = [
    // The bottom banner repeats the top one for the eye; assistive technology reads it once.
    meta.banner ? `<span class="bd-banner bd-banner-bottom" aria-hidden="true">${escape(meta.banner)}</span>` : '',
    meta.source ? `<span class="bd-source" title="${escape(meta.source)}">Source: ${escape(meta.source)}</span>` : '',
    meta.asOf ? `<span class="bd-as-of">As of ${escape(meta.asOf)}</span>` : '',
  ].join('');
  // A plain div: inside reveal.js's application region a <footer> would be a misplaced contentinfo landmark.
  return `${top}<div class="bd-footer">${footer}</div>`;
}
