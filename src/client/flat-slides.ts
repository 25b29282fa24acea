// Whether every slide goes without a transition of its own: themes then draw the slides flat when the deck's transition is none (see themes/shared/slide.css).

/**
 * On `.reveal` while no slide has a `data-transition`. A class, not a `:has()` rule on `.slides`: such a rule makes
 * Chromium restyle every slide whenever reveal.js touches one, which on a 2,000-slide deck held its start for a minute.
 */
export const FLAT_SLIDES_CLASS = 'bd-flat-slides';

/** Marks `reveal` by what `slides` holds now: call it before reveal.js starts and after slides are patched. */
export function markFlatSlides(reveal: Element, slides: Element): void {
  const ownTransition = slides.querySelector(':scope > section[data-transition], :scope > section > section[data-transition]');
  reveal.classList.toggle(FLAT_SLIDES_CLASS, ownTransition === null);
}
