// Slide transitions follow the viewer's prefers-reduced-motion setting: none when reduced, at start and whenever it changes.

import type { RevealApi, RevealConfig } from 'reveal.js';

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The reveal.js settings that move things on screen. */
export function motionConfig(reduced: boolean): Pick<RevealConfig, 'transition' | 'backgroundTransition' | 'autoAnimate'> {
  return reduced
    ? { transition: 'none', backgroundTransition: 'none', autoAnimate: false }
    : { transition: 'slide', backgroundTransition: 'fade', autoAnimate: true };
}

/** Re-applies `motionConfig` when the viewer changes the setting while presenting. */
export function followReducedMotion(reveal: RevealApi, media: MediaQueryList = matchMedia(REDUCED_MOTION_QUERY)): void {
  media.addEventListener('change', (event) => reveal.configure(motionConfig(event.matches)));
}
