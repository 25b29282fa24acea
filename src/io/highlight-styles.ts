// The code highlight styles highlight.js ships (`highlight.js/styles/<name>.css`): their names, and the file of one.

import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function stylesDir(): string {
  return path.join(path.dirname(require.resolve('highlight.js/package.json')), 'styles');
}

/** The installed highlight.js does not change while the process runs: its styles are listed once (a failed listing is tried again). */
let listed: Promise<readonly string[]> | undefined;

/** Style names as reveal-md and highlight.js write them: `monokai`, `atom-one-dark`, `base16/dracula`; sorted. */
export function listHighlightStyles(): Promise<readonly string[]> {
  listed ??= readStyleNames().catch((error: unknown) => {
    listed = undefined;
    throw error;
  });
  return listed;
}

async function readStyleNames(): Promise<string[]> {
  const dir = stylesDir();
  const cssNames = (names: string[], prefix: string): string[] =>
    names.filter((name) => name.endsWith('.css') && !name.endsWith('.min.css')).map((name) => `${prefix}${name.slice(0, -'.css'.length)}`);
  const [top, base16] = await Promise.all([readdir(dir), readdir(path.join(dir, 'base16')).catch(() => [])]);
  return [...cssNames(top, ''), ...cssNames(base16, 'base16/')].sort();
}

/** The CSS file of a style `listHighlightStyles` names. */
export function highlightStyleFile(name: string): string {
  return path.join(stylesDir(), `${name}.css`);
}
