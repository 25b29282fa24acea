// The client bundle cache: a build that reuses it writes exactly what a build that bundles writes; a theme or config edit, or a plugin of the user's, means bundling again.

import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import type { Project } from '../../src/site/vite-config.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { fileTree } from '../helpers/file-tree.js';

function expectSameTree(actual: string, expected: string): void {
  const a = fileTree(actual);
  const b = fileTree(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [name, bytes] of b) expect(a.get(name)?.equals(bytes), name).toBe(true);
}

const cacheEntries = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.bundle')).sort();

interface Setup {
  root: string;
  deckDir: string;
  cacheDir: string;
  build(name: string, options?: { project?: Partial<Project>; clientCacheDir?: string | false }): Promise<string>;
}

function setup(prefix: string): Setup {
  const root = tempDir(prefix);
  const deckDir = path.join(root, 'slides');
  cpSync(path.join(FIXTURE_DECKS, 'basic'), deckDir, { recursive: true });
  const cacheDir = path.join(root, 'client-cache');
  const diagrams = { cacheDir: path.join(root, 'diagram-cache') };
  return {
    root, deckDir, cacheDir,
    async build(name, { project, clientCacheDir = cacheDir } = {}) {
      const outDir = path.join(root, name);
      const full: Project = { root, config: {}, options: {}, ...project };
      await buildDeck({ cwd: root, deckDir, outDir, base: './', project: full, overrides: { diagrams, clientCacheDir, ...full.options } });
      return outDir;
    },
  };
}

describe('the client bundle cache', () => {
  it('gives a build that reuses the cached client the very files of one that bundles it', async () => {
    const { build, cacheDir } = setup('client-cache-same');
    const bundled = await build('bundled', { clientCacheDir: false });
    const filling = await build('filling');
    const [entry] = cacheEntries(cacheDir);
    expect(entry).toBeDefined();
    // A reuse marks the entry used: from an hour ago, its time moves to now.
    const file = path.join(cacheDir, entry!);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    const reused = await build('reused');
    expect(statSync(file).mtimeMs).toBeGreaterThan(anHourAgo.getTime() + 60_000);
    expect(cacheEntries(cacheDir)).toEqual([entry]);
    expectSameTree(filling, bundled);
    expectSameTree(reused, bundled);
  });

  it('bundles again when a file of the themes folder changes, and the build has the change', async () => {
    const { root, build, cacheDir } = setup('client-cache-theme');
    const themes = path.join(root, 'themes');
    cpSync(path.join(KIT_ROOT, 'themes'), themes, { recursive: true });
    const project = { options: { themes } };
    await build('before', { project });
    expect(cacheEntries(cacheDir)).toHaveLength(1);
    appendFileSync(path.join(themes, 'briefing.css'), '\n.cache-probe { outline-offset: 7px; }\n');
    const after = await build('after', { project });
    expect(cacheEntries(cacheDir)).toHaveLength(2);
    // The deck page carries its stylesheet (src/site/pages-style.ts); the remix view links its own.
    const pageStyle = /<style data-page-style>([\s\S]*?)<\/style>/.exec(readFileSync(path.join(after, 'index.html'), 'utf8'))?.[1] ?? '';
    expect(pageStyle).toContain('.cache-probe');
  });

  it('bundles again when the user’s config changes, and the build has the change', async () => {
    const { build, cacheDir } = setup('client-cache-config');
    const plain = await build('plain');
    const unminified = await build('unminified', { project: { config: { build: { minify: false } } } });
    expect(cacheEntries(cacheDir)).toHaveLength(2);
    // Unminified code keeps its line breaks: many times the lines of the minified script.
    const scriptLines = (dir: string): number => {
      const script = readdirSync(path.join(dir, 'assets')).find((name) => /^index-.*\.js$/.test(name))!;
      return readFileSync(path.join(dir, 'assets', script), 'utf8').split('\n').length;
    };
    expect(scriptLines(unminified)).toBeGreaterThan(5 * scriptLines(plain));
  });

  it('is not used when the project has a plugin of its own, whose hooks may shape the client', async () => {
    const { build, cacheDir } = setup('client-cache-plugin');
    const probe: Plugin = { name: 'user-probe', transform: (code, id) => (id.endsWith('src/client/main.ts') ? `${code}\nconsole.info('user-plugin-probe');` : undefined) };
    const out = await build('with-plugin', { project: { config: { plugins: [probe] } } });
    const again = await build('with-plugin-again', { project: { config: { plugins: [probe] } } });
    expect(existsSync(cacheDir) ? cacheEntries(cacheDir) : []).toEqual([]);
    for (const dir of [out, again]) {
      const script = readdirSync(path.join(dir, 'assets')).find((name) => /^index-.*\.js$/.test(name))!;
      expect(readFileSync(path.join(dir, 'assets', script), 'utf8')).toContain('user-plugin-probe');
    }
  });
});
