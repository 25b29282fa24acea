// Colour arithmetic for deriving theme colours: blends, hex output, and the nearest blend that reaches a contrast. Pure.

import { contrastRatio, type Rgb } from './contrast.js';

export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `foreground` over `background` (0 → background, 1 → foreground), channels rounded. */
export function mixRgb(foreground: Rgb, background: Rgb, amount: number): Rgb {
  const blend = (i: 0 | 1 | 2): number => Math.round(foreground[i] * amount + background[i] * (1 - amount));
  return [blend(0), blend(1), blend(2)];
}

/** Whether text on this background should be light: white contrasts more with it than black does. */
export function isDarkBackground(background: Rgb): boolean {
  return contrastRatio(background, WHITE) > contrastRatio(background, BLACK);
}

/**
 * `colour` itself when it reaches `min` against every background, else the least blend of it towards
 * `toward` (white on dark slides, black on light ones) that does; `toward` when none does.
 */
export function withContrast(colour: Rgb, backgrounds: readonly Rgb[], min: number, toward: Rgb): Rgb {
  for (let step = 0; step <= 50; step++) {
    const candidate = mixRgb(toward, colour, step / 50);
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= min)) return candidate;
  }
  return toward;
}
