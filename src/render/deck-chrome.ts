// The deck's static chrome around the slides: a footer with the source line and the as-of date, and an optional
// banner (e.g. a classification or "For discussion") once, at the top of every slide. Built at build time from the headmatter. Pure.

import type { DeckMeta } from '../model/deck.js';
import { escapeHtml } from './escape-html.js';

export function deckChromeHtml(meta: Pick<DeckMeta, 'source' | 'asOf' | 'banner'>): string {
  const top = meta.banner ? `<div class="bd-banner bd-banner-top" role="note">${escapeHtml(meta.banner)}</div>\n` : '';
  // The footer holds the short source line (`source:`); the full citation is on the cover and the sources slide.
  const footer = [
    meta.source ? `<span class="bd-footer-source" title="${escapeHtml(meta.source)}">Source: ${escapeHtml(meta.source)}</span>` : '',
    meta.asOf ? `<span class="bd-as-of">Information as of ${escapeHtml(meta.asOf)}</span>` : '',
  ].join('');
  // A plain div: inside reveal.js's application region a <footer> would be a misplaced contentinfo landmark.
  return `${top}<div class="bd-footer">${footer}</div>`;
}
