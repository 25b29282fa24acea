// Keeps the banner, footer and slide number on the slide's own edges: when the window's shape differs from the slide's
// (a 4:3 screen), reveal.js letterboxes the slide and the chrome follows it instead of the window's corners.

import type { RevealApi } from 'reveal.js';

/** Writes the slide's insets from the `.reveal` box as CSS variables, and whether reveal.js's controls sit over the slide. */
export function placeChrome(reveal: RevealApi): void {
  const root = reveal.getRevealElement();
  const slides = reveal.getSlidesElement();
  if (!root || !slides) return;
  const frame = root.getBoundingClientRect();
  const slide = slides.getBoundingClientRect();
  root.style.setProperty('--bd-slide-scale', String(reveal.getScale()));
  root.style.setProperty('--bd-slide-top', `${Math.max(0, slide.top - frame.top)}px`);
  root.style.setProperty('--bd-slide-left', `${Math.max(0, slide.left - frame.left)}px`);
  root.style.setProperty('--bd-slide-right', `${Math.max(0, frame.right - slide.right)}px`);
  root.style.setProperty('--bd-slide-bottom', `${Math.max(0, frame.bottom - slide.bottom)}px`);
  // The controls box itself has no size; its arrow buttons do. Arrows a deck never uses (up and down in a deck
  // without stacks) are hidden but still measured, so they are skipped; the disabled "previous" arrow still counts.
  const arrows = [...root.querySelectorAll<HTMLElement>(':scope > .controls button')]
    .filter((button) => !button.matches('.navigate-up, .navigate-down') || root.classList.contains('has-vertical-slides'))
    .map((button) => button.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
  const over = reveal.getConfig().controls !== false && arrows.some((box) => box.top < slide.bottom && box.left < slide.right);
  root.toggleAttribute('data-controls-over-slide', over);
}

/** In the print view the chrome is fixed to each page instead (themes/shared/chrome.css), so the variables go unused. */
export function setupChromePlacement(reveal: RevealApi): void {
  const place = (): void => placeChrome(reveal);
  reveal.on('resize', place);
  place();
}
