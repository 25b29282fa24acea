// Where the reveal.js package keeps its theme CSS, found through the package's own exports.

import { createRequire } from 'node:module';
import type { RevealThemeName } from './reveal-themes.js';

export function revealThemeCssFile(name: RevealThemeName): string {
  return createRequire(import.meta.url).resolve(`reveal.js/theme/${name}.css`);
}
