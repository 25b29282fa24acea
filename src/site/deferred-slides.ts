// Long decks: the slides near the first stay in the page, the far ones (with their inline SVGs) go to a file the page loads right after its first paint. Pure.

import type { Deck, SlideIndexEntry } from '../model/deck.js';
import { DEFERRED_INDEX_ID, type DeferredSlides } from '../model/deferred-slides.js';
import { deckHtml, groupStacks } from '../render/section-html.js';

/** Horizontal positions kept in the page: the first slide and reveal.js's default view distance (3) after it. */
export const NEAR_STACKS = 4;
/** Below this much far-slide HTML a second request costs more than it saves: the page keeps every slide. */
export const DEFER_MIN_BYTES = 8 * 1024;

export interface DeckSplit {
  /** The near slides' HTML, for the page itself. */
  near: string;
  deferred: DeferredSlides;
}

/** Splits a deck whose far slides are worth a request of their own; undefined keeps the deck whole. */
export function splitFarSlides(deck: Deck, slideIndex: SlideIndexEntry[]): DeckSplit | undefined {
  const stacks = groupStacks(deck.slides);
  if (stacks.length <= NEAR_STACKS) return undefined;
  const far = deckHtml(stacks.slice(NEAR_STACKS).flat());
  if (far.length < DEFER_MIN_BYTES) return undefined;
  return { near: deckHtml(stacks.slice(0, NEAR_STACKS).flat()), deferred: { slides: far, slideIndex } };
}

/** The file's text: the slide index as a JSON script element (never run: the page parses it), then the sections. */
export function deferredSlidesFile(deferred: DeferredSlides): string {
  const json = JSON.stringify(deferred.slideIndex).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${DEFERRED_INDEX_ID}">${json}</script>\n${deferred.slides}\n`;
}
