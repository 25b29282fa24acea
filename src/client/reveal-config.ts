// reveal.js settings for a briefing deck, with URL parameters for print and export modes and the viewer's motion preference.

import type { RevealConfig } from 'reveal.js';
import { DEFAULT_SLIDE_MINUTES } from '../model/deck.js';
import { slideSeconds } from '../briefing/timing.js';
import { motionConfig } from './motion.js';

export interface ViewerPreferences {
  /** The viewer asked for reduced motion (`prefers-reduced-motion: reduce`): no slide transitions. */
  reducedMotion: boolean;
}

/** `deckOptions` (the deck's `revealOptions`) override the defaults; print and export modes and reduced motion override them. */
export function revealConfig(params: URLSearchParams, preferences: ViewerPreferences = { reducedMotion: false }, deckOptions: RevealConfig = {}): RevealConfig {
  return {
    hash: true,
    history: false,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    overview: true,
    center: false,
    // Slides are flex columns, so a diagram can take exactly the height its slide has left.
    display: 'flex',
    width: 1280,
    height: 720,
    margin: 0.04,
    ...motionConfig(false),
    transitionSpeed: 'fast',
    // Slides without `minutes:` (no `data-timing`) are paced at the time budgets count for them.
    defaultTiming: slideSeconds(DEFAULT_SLIDE_MINUTES),
    ...deckOptions,
    ...(preferences.reducedMotion ? motionConfig(true) : {}),
    pdfSeparateFragments: params.has('fragments'),
    showNotes: params.has('notes') ? 'separate-page' : false,
  };
}
