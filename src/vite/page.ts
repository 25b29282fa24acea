// Puts a compiled deck into the page template: slides, title, language and theme. Pure.

import type { Deck } from '../model/deck.js';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';

export const SLIDES_MARKER = '<!--briefdeck:slides-->';

export function injectDeck(template: string, deck: Pick<Deck, 'meta' | 'html'>, escape: (text: string) => string): string {
  if (!template.includes(SLIDES_MARKER)) {
    throw new Error(`the page template has no ${SLIDES_MARKER} marker where the slides go`);
  }
  return template
    .replace(SLIDES_MARKER, () => deck.html)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(deck.meta.title)}</title>`)
    .replace(/<html([^>]*)\slang="[^"]*"/, (_m, before: string) => `<html${before} lang="${escape(deck.meta.lang)}"`)
    .replace(/<html(?![^>]*data-theme)/, () => `<html data-theme="${escape(deck.meta.theme)}"`);
}

/** A one-slide deck that shows what is wrong, for a dev server whose deck never compiled. */
export function errorDeckHtml(diagnostics: readonly Diagnostic[], escape: (text: string) => string): string {
  const items = diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `<li><pre>${escape(formatDiagnostic(d))}</pre></li>`)
    .join('\n');
  return `<section id="deck-errors" class="deck-errors"><h2>The deck has errors</h2><p>Fix them and save: the deck reloads by itself.</p><ul>${items}</ul></section>`;
}
