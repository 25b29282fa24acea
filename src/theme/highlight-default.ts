// The highlight.js style a theme's code takes when the deck names none: a light one on light slides, a dark one on dark. Pure.

import { isDarkBackground } from './colour-mix.js';
import { parseColor } from './contrast.js';
import { readCssVariables } from './css-variables.js';

export const LIGHT_HIGHLIGHT_STYLE = 'github';
export const DARK_HIGHLIGHT_STYLE = 'github-dark';

/** By the theme's `--r-background-color`; a theme without a readable one counts as light. */
export function defaultHighlightStyle(themeCss: string): string {
  const background = parseColor(readCssVariables(themeCss).get('--r-background-color') ?? '');
  return background && isDarkBackground(background) ? DARK_HIGHLIGHT_STYLE : LIGHT_HIGHLIGHT_STYLE;
}
