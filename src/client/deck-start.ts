// Starts reveal.js on the slides in the page (the far ones added first) with its plugins and our controllers, and signals when the deck is ready.

import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import type { PageData } from './page-data.js';
import { applyUrlSelection } from './url-selection.js';
import { insertDeferredSlides } from './deferred-slides.js';
import { diagrams } from 'virtual:briefdeck/diagrams';
import { revealConfig } from './reveal-config.js';
import { followReducedMotion, REDUCED_MOTION_QUERY } from './motion.js';
import { setupSpeakerView } from './speaker-view.js';
import { setupChromePlacement } from './chrome-placement.js';
import { setupCitationPopover } from './source/citation-popover.js';
import { paragraphSource } from './source/paragraphs.js';
import { setupSourceDialog } from './source/source-dialog.js';
import { markFlatSlides } from './flat-slides.js';

export async function startDeck(pageData: PageData, params: URLSearchParams): Promise<void> {
  window.Reveal = Reveal;
  const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
  // Every slide is in the page before reveal.js starts: deep links, search, print and the speaker view see the whole deck.
  const page = slidesElement ? await insertDeferredSlides(slidesElement, pageData) : pageData;
  window.briefdeck = page;
  const selection = slidesElement ? applyUrlSelection(slidesElement, location.search) : undefined;
  if (selection) {
    const { kept: selected, unknown } = selection;
    if (unknown.length > 0) console.warn(`briefdeck: ?select= names slides this deck does not have: ${unknown.join(', ')}`);
    window.briefdeck = { ...page, selected, slideIndex: page.slideIndex.filter((e) => selected.includes(e.id)) };
  }
  if (slidesElement?.parentElement) markFlatSlides(slidesElement.parentElement, slidesElement);
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
