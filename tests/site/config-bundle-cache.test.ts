// The bundled vite.config kept between runs: reused only while every file it was made from reads the same; a changed config takes effect on the next load.

import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StepCache } from '../../src/io/step-cache.js';
import { configBundleCache, type BundledConfig } from '../../src/site/config-bundle-cache.js';
import { ConfigFileError } from '../../src/site/config-file.js';
import { loadProject } from '../../src/site/vite-config.js';
import { tempTree } from '../helpers/build.js';

function memoryCache(): StepCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return { entries, read: (key) => entries.get(key), write: (key, value) => void entries.set(key, JSON.parse(JSON.stringify(value))) };
}

/** Writes `text` to `file` and dates it a minute back, as a file saved before the run that reads it. */
function writeBefore(file: string, text: string): void {
  writeFileSync(file, text);
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
}

const CONFIG = `import { defineConfig } from 'vite';
import { briefdeck } from 'briefdeck/vite';
import { deckName } from './deck-name';

export default defineConfig({ plugins: [briefdeck({ deck: deckName })] });
`;

describe('configBundleCache', () => {
  const project = (): { root: string; config: string; helper: string; bundle: BundledConfig } => {
    const root = tempTree('config-bundle', { 'vite.config.ts': CONFIG, 'deck-name.ts': "export const deckName = 'talk';\n", 'external.mjs': 'export {};\n' });
    const config = path.join(root, 'vite.config.ts');
    const helper = path.join(root, 'deck-name.ts');
    for (const file of [config, helper]) utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    return { root, config, helper, bundle: { code: 'export default {};\n', importsPlugin: true, inputs: [config, helper], externals: [path.join(root, 'external.mjs')] } };
  };

  it('gives back what was stored while its inputs, the files beside the config and its imports are unchanged', () => {
    const { root, config, helper, bundle } = project();
    const store = memoryCache();
    configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).write(bundle, Date.now());
    expect(configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).read()).toEqual(bundle);
    // Another copy of the plugin is another bundle.
    expect(configBundleCache(config, '/other/vite.mjs', import.meta.url, store).read()).toBeUndefined();

    writeBefore(helper, "export const deckName = 'other';\n");
    expect(configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).read()).toBeUndefined();
    writeBefore(helper, "export const deckName = 'talk';\n");
    expect(configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).read()).toEqual(bundle);

    // A tsconfig.json appearing beside the config may change how it compiles.
    writeBefore(path.join(root, 'tsconfig.json'), '{}\n');
    expect(configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).read()).toBeUndefined();
    rmSync(path.join(root, 'tsconfig.json'));
    expect(configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).read()).toEqual(bundle);

    rmSync(path.join(root, 'external.mjs'));
    expect(configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).read()).toBeUndefined();
  });

  it('keeps no bundle whose input was saved after the bundling started, nor one with an input it cannot read', () => {
    const { root, config, helper, bundle } = project();
    const store = memoryCache();
    const startedAt = Date.now() - 1000;
    writeFileSync(helper, "export const deckName = 'edited while bundling';\n");
    configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).write(bundle, startedAt);
    expect(store.entries.size).toBe(0);

    configBundleCache(config, '/kit/vite.mjs', import.meta.url, store).write({ ...bundle, inputs: [config, path.join(root, 'gone.ts')] }, Date.now());
    expect(store.entries.size).toBe(0);
  });
});

describe('loadProject with a kept config bundle', () => {
  it('reuses the bundle of an unchanged config and takes an edit of the config or of a module it imports on the next load', async () => {
    const root = tempTree('config-bundle-load', { 'node_modules/.keep': '', 'talk/deck.md': '# Talk\n', 'other/deck.md': '# Other\n' });
    const config = path.join(root, 'vite.config.ts');
    const helper = path.join(root, 'deck-name.ts');
    writeBefore(config, CONFIG);
    writeBefore(helper, "export const deckName = 'talk';\n");
    const kept = path.join(root, 'node_modules/.cache/briefdeck/vite-config');

    expect((await loadProject(root, 'serve')).options.deck).toBe(path.join(root, 'talk'));
    expect(existsSync(kept) ? readdirSync(kept).filter((name) => name.endsWith('.json')) : []).toHaveLength(1);
    expect((await loadProject(root, 'serve')).options.deck).toBe(path.join(root, 'talk'));

    writeBefore(helper, "export const deckName = 'other';\n");
    expect((await loadProject(root, 'serve')).options.deck).toBe(path.join(root, 'other'));

    writeBefore(config, CONFIG.replace('deck: deckName', "deck: 'talk'"));
    expect((await loadProject(root, 'serve')).options.deck).toBe(path.join(root, 'talk'));

    // A config broken after a good run is reported, not served from the bundle of the good one.
    writeBefore(config, CONFIG.replace('plugins: [', 'plugins: [[['));
    const error = await loadProject(root, 'serve').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as ConfigFileError).diagnostic.file).toBe('vite.config.ts');
  });
});
