// Writes themes/<name>.css for each of reveal.js's own themes, from the reveal.js package's theme CSS.
// Run after upgrading reveal.js: npx tsx scripts/reveal-themes.ts

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { revealThemeCssFile } from '../src/theme/reveal-theme-files.js';
import { REVEAL_THEMES, revealThemeCss } from '../src/theme/reveal-themes.js';
import { KIT_ROOT } from '../src/io/kit-root.js';

for (const name of REVEAL_THEMES) {
  const css = revealThemeCss(name, await readFile(revealThemeCssFile(name), 'utf8'));
  await writeFile(path.join(KIT_ROOT, 'themes', `${name}.css`), css);
  console.log(`themes/${name}.css: ${css.length} bytes`);
}
