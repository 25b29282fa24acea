// A one-slide deck that shows what is wrong, for a dev server whose deck never compiled. Pure.

import type { Deck } from '../model/deck.js';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { escapeHtml } from '../render/escape-html.js';

export function errorDeck(diagnostics: readonly Diagnostic[]): Deck {
  const items = diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `<li><pre>${escapeHtml(formatDiagnostic(d))}</pre></li>`)
    .join('\n');
  return {
    meta: { title: 'Deck errors', theme: 'briefing', lang: 'en' },
    slides: [],
    html: `<section id="deck-errors" class="deck-errors"><h2>The deck has errors</h2><p>Fix them and save: the deck reloads by itself.</p><ul>${items}</ul></section>`,
    diagnostics: [...diagnostics],
  };
}
