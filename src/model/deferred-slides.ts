// The file of far slides a long deck's page loads after its first paint: what it holds and how the page finds its slideIndex in it.

import type { SlideIndexEntry } from './deck.js';

export interface DeferredSlides {
  /** The far slides' `<section>`s, stacks nested, in deck order: they follow the page's own. */
  slides: string;
  /** The whole deck's slideIndex (the page then carries none). */
  slideIndex: SlideIndexEntry[];
}

/** The file is HTML: this JSON script element (the slide index), then the sections. */
export const DEFERRED_INDEX_ID = 'briefdeck-slide-index';
