// Browser entry: starts reveal.js on the slides the build put in the page, and signals when the deck is ready.

import 'reveal.js/reveal.css';
import 'virtual:briefdeck/theme.css';
import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import * as deckModule from 'virtual:briefdeck/deck';
import { diagrams } from 'virtual:briefdeck/diagrams';
import { revealConfig } from './reveal-config.js';
import { applyDeckUpdate } from './deck-patch.js';
import { setupSpeakerView } from './speaker-view.js';

declare global {
  interface Window {
    Reveal: typeof Reveal;
    /** The deck's outline (ids, titles, sections, sources) for tools and tests. */
    briefdeck: { outline: typeof deckModule.outline };
  }
}

async function start(): Promise<void> {
  window.Reveal = Reveal;
  window.briefdeck = { outline: deckModule.outline };
  await diagrams.beforeInitialize();
  await Reveal.initialize({ ...revealConfig(new URLSearchParams(location.search)), plugins: [Search, Zoom] });
  setupSpeakerView(Reveal);
  diagrams.afterInitialize(Reveal);
  await document.fonts.ready;
  document.documentElement.dataset.deckReady = 'true';
}

void start();

if (import.meta.hot) {
  import.meta.hot.accept('virtual:briefdeck/deck', (module) => {
    const updated = module as unknown as typeof deckModule | undefined;
    if (!updated) return;
    window.briefdeck.outline = updated.outline;
    applyDeckUpdate(Reveal, updated.sections);
  });
}
