// What loading the Vite plugin loads: not the compile (Markdown, HTML parsing, sanitising), which waits for the first compile, after a dev server's port is open.

import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';

/** The packages the compile needs and a dev start does not, before its first page. */
const COMPILE_PACKAGES = ['markdown-it', 'parse5', 'dompurify'];

/** Every module and package `entry` reaches by static imports only (`dynamic`: by dynamic imports too), as esbuild resolves them. */
async function reachable(entry: string, dynamic: boolean): Promise<Set<string>> {
  const { metafile } = await build({ entryPoints: [entry], absWorkingDir: KIT_ROOT, bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', packages: 'external', splitting: true, outdir: 'out', logLevel: 'silent' });
  const inputs: Metafile['inputs'] = metafile.inputs;
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind === 'dynamic-import' && !dynamic) continue;
      if (imported.external) seen.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(path.relative(KIT_ROOT, entry));
  return seen;
}

describe('the plugin as a dev start loads it', () => {
  const entry = path.join(KIT_ROOT, 'src/vite/index.ts');

  it('reaches the compile only through a dynamic import', async () => {
    const loaded = await reachable(entry, false);
    expect(loaded.size).toBeGreaterThan(20);
    expect(COMPILE_PACKAGES.filter((name) => loaded.has(name))).toEqual([]);
    expect([...loaded].filter((file) => file.startsWith('src/markdown/') || file === 'src/site/load-site.ts')).toEqual([]);
  });

  it('does reach the compile once dynamic imports are followed', async () => {
    const loaded = await reachable(entry, true);
    expect(COMPILE_PACKAGES.filter((name) => loaded.has(name))).toEqual(COMPILE_PACKAGES);
    expect(loaded.has('src/site/load-site.ts')).toBe(true);
  });
});
