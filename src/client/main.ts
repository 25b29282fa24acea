// Browser entry: starts reveal.js on the slides the build put in the page, and signals when the deck is ready.

import 'reveal.js/reveal.css';
import 'virtual:briefdeck/theme.css';
import './code.css';
import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import * as deckModule from 'virtual:briefdeck/deck';
import { readPageData, type PageData } from './page-data.js';
import { applyUrlSelection } from './url-selection.js';
import { diagrams } from 'virtual:briefdeck/diagrams';
import { revealConfig } from './reveal-config.js';
import { followReducedMotion, REDUCED_MOTION_QUERY } from './motion.js';
import { applyDeckUpdate } from './deck-patch.js';
import { setupSpeakerView } from './speaker-view.js';
import { setupChromePlacement } from './chrome-placement.js';

declare global {
  interface Window {
    Reveal: typeof Reveal;
    /** What the build wrote into the page: the outline (ids, titles, sections, sources), the page kind. */
    briefdeck: PageData & { selected?: string[] };
  }
}

const page = readPageData();

async function start(): Promise<void> {
  window.Reveal = Reveal;
  window.briefdeck = page;
  if (page.kind === 'remix') {
    const { startRemixView } = await import('./remix/remix-view.js');
    startRemixView(page);
    return;
  }
  const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
  const selected = slidesElement ? applyUrlSelection(slidesElement, location.search) : undefined;
  if (selected) window.briefdeck = { ...page, selected, outline: page.outline.filter((e) => selected.includes(e.id)) };
  await diagrams.beforeInitialize();
  const motion = matchMedia(REDUCED_MOTION_QUERY);
  await Reveal.initialize({ ...revealConfig(new URLSearchParams(location.search), { reducedMotion: motion.matches }, page.revealOptions), plugins: [Search, Zoom] });
  followReducedMotion(Reveal, motion);
  setupSpeakerView(Reveal);
  setupChromePlacement(Reveal);
  diagrams.afterInitialize(Reveal);
  await document.fonts.ready;
  document.documentElement.dataset.deckReady = 'true';
}

void start();

if (import.meta.hot) {
  import.meta.hot.accept('virtual:briefdeck/deck', (module) => {
    const updated = module as unknown as typeof deckModule | undefined;
    if (!updated) return;
    // Only the deck page is patched in place; briefing and remix pages are rebuilt from the new deck.
    if (page.kind !== 'deck' || new URLSearchParams(location.search).has('select')) location.reload();
    else applyDeckUpdate(Reveal, updated.sections);
  });
}
