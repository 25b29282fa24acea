// Browser entry: starts reveal.js on the slides the build put in the page, and signals when the deck is ready.

import 'reveal.js/reveal.css';
import 'virtual:briefdeck/theme.css';
import './first-paint.css';
import './code.css';
import 'virtual:briefdeck/highlight.css';
import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { readPageData, type PageData } from './page-data.js';
import { applyUrlSelection } from './url-selection.js';
import { insertDeferredSlides } from './deferred-slides.js';
import { afterFirstPaint } from './first-paint.js';
import { diagrams } from 'virtual:briefdeck/diagrams';
import { revealConfig } from './reveal-config.js';
import { followReducedMotion, REDUCED_MOTION_QUERY } from './motion.js';
import { applySlideUpdate } from './deck-patch.js';
import { SLIDE_UPDATE_EVENT, type SlideUpdate } from '../site/slide-update.js';
import { setupSpeakerView } from './speaker-view.js';
import { setupChromePlacement } from './chrome-placement.js';
import './source/source.css';
import { setupCitationPopover } from './source/citation-popover.js';
import { paragraphSource } from './source/paragraphs.js';
import { setupSourceDialog } from './source/source-dialog.js';

declare global {
  interface Window {
    Reveal: typeof Reveal;
    /** What the build wrote into the page: the slide index (ids, titles, sections, sources), the page kind. */
    briefdeck: PageData & { selected?: string[] };
  }
}

const pageData = readPageData();

async function start(): Promise<void> {
  window.Reveal = Reveal;
  window.briefdeck = pageData;
  if (pageData.kind === 'remix') {
    const { startRemixView } = await import('./remix/remix-view.js');
    startRemixView(pageData);
    return;
  }
  const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
  const params = new URLSearchParams(location.search);
  // The first slide is on screen from the page's HTML and CSS before reveal.js (or the far slides' request) takes
  // the main thread; the print view shows nobody a first slide, so it starts at once.
  if (!params.has('print-pdf')) await afterFirstPaint();
  // Every slide is in the page before reveal.js starts: deep links, search, print and the speaker view see the whole deck.
  const page = slidesElement ? await insertDeferredSlides(slidesElement, pageData) : pageData;
  window.briefdeck = page;
  const selection = slidesElement ? applyUrlSelection(slidesElement, location.search) : undefined;
  if (selection) {
    const { kept: selected, unknown } = selection;
    if (unknown.length > 0) console.warn(`briefdeck: ?select= names slides this deck does not have: ${unknown.join(', ')}`);
    window.briefdeck = { ...page, selected, slideIndex: page.slideIndex.filter((e) => selected.includes(e.id)) };
  }
  await diagrams.beforeInitialize();
  const motion = matchMedia(REDUCED_MOTION_QUERY);
  await Reveal.initialize({ ...revealConfig(params, { reducedMotion: motion.matches }, page.revealOptions), plugins: [Search, Zoom] });
  followReducedMotion(Reveal, motion);
  setupSpeakerView(Reveal);
  setupChromePlacement(Reveal);
  const paragraphs = paragraphSource(page);
  if (paragraphs) setupCitationPopover(Reveal, paragraphs);
  setupSourceDialog();
  diagrams.afterInitialize(Reveal);
  await document.fonts.ready;
  document.documentElement.dataset.deckReady = 'true';
}

void start();

if (import.meta.hot) {
  import.meta.hot.on(SLIDE_UPDATE_EVENT, (update: SlideUpdate) => {
    // A good compile after a broken one: the error overlay goes (Vite clears it only for its own updates).
    document.querySelector('vite-error-overlay')?.remove();
    // Only the deck page is patched in place; briefing and remix pages are rebuilt from the new deck.
    if (pageData.kind !== 'deck' || new URLSearchParams(location.search).has('select') || !applySlideUpdate(Reveal, update)) location.reload();
  });
}
