// reveal.js settings for a briefing deck, with URL parameters for print and export modes.

import type { RevealConfig } from 'reveal.js';

export function revealConfig(params: URLSearchParams): RevealConfig {
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
    transition: 'slide',
    transitionSpeed: 'fast',
    backgroundTransition: 'fade',
    pdfSeparateFragments: params.has('fragments'),
    showNotes: params.has('notes') ? 'separate-page' : false,
  };
}
