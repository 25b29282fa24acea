// Writes the deck font's core files (themes/fonts/) and themes/shared/fonts.css from @fontsource/source-sans-3.
// Run after upgrading @fontsource/source-sans-3 or changing CORE_RANGES: npx tsx scripts/subset-fonts.ts

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeCoreFonts } from './lib/core-fonts.js';
import { fontsourcePackageDir } from '../src/theme/fontsource-ranges.js';
import { KIT_ROOT } from '../src/io/kit-root.js';

const fontsDir = path.join(KIT_ROOT, 'themes/fonts');
const { files, css } = await makeCoreFonts();
await mkdir(fontsDir, { recursive: true });
for (const [name, bytes] of files) {
  await writeFile(path.join(fontsDir, name), bytes);
  console.log(`themes/fonts/${name}: ${bytes.length} bytes`);
}
await copyFile(path.join(fontsourcePackageDir(), 'LICENSE'), path.join(fontsDir, 'LICENSE'));
await writeFile(path.join(KIT_ROOT, 'themes/shared/fonts.css'), css);
console.log('themes/shared/fonts.css written');
