// The project record of a kept build: it lets an export serve the build without running the config, only while the config's text and the deck are as they were.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { lastBuildFolder } from '../../src/export/last-build.js';
import { configDigest, PROJECT_RECORD_FILE, recordProject, unchangedKeptBuild } from '../../src/export/project-record.js';
import { buildStamp, projectStampInputs, writeBuildStamp } from '../../src/site/build-stamp.js';
import { tempTree } from '../helpers/build.js';

const PLAIN_CONFIG = "import { defineConfig } from 'vite';\nimport { briefdeck } from 'briefdeck/vite';\nexport default defineConfig({ plugins: [briefdeck({ deck: 'slides' })] });\n";

/** A project with a config and a deck, and a kept build of the deck stamped with the inputs as they are now. */
async function keptProject(config: string): Promise<{ root: string; deckDir: string; folder: string; configFile: string; project: Parameters<typeof recordProject>[1] }> {
  const root = tempTree('project-record', { 'vite.config.ts': config, 'slides/01-intro.md': '# Intro\n\nText.\n' });
  mkdirSync(path.join(root, 'node_modules'));
  const deckDir = path.join(root, 'slides');
  const configFile = path.join(root, 'vite.config.ts');
  const project: Parameters<typeof recordProject>[1] = { root, configFile, config: {}, options: { deck: deckDir } };
  const folder = lastBuildFolder(root, root, deckDir);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), '<!doctype html><title>deck</title>');
  await writeBuildStamp(folder, await buildStamp(projectStampInputs(project, deckDir, root, { base: './' })));
  return { root, deckDir, folder, configFile, project };
}

const deckOf = (root: string) => (configured?: string): string => configured ?? path.join(root, 'slides');

describe('configDigest', () => {
  const file = path.join(KIT_ROOT, 'vite.config.ts');

  it('is the same for the same text and changes with it', () => {
    expect(configDigest(file, PLAIN_CONFIG)).toMatch(/^[0-9a-f]{64}$/);
    expect(configDigest(file, PLAIN_CONFIG)).toBe(configDigest(file, PLAIN_CONFIG));
    expect(configDigest(file, PLAIN_CONFIG.replace("'slides'", "'talk'"))).not.toBe(configDigest(file, PLAIN_CONFIG));
  });

  it('accepts the kit\'s own sources as imports, which the build stamp covers', () => {
    expect(configDigest(file, "import { briefdeck } from './src/vite/index.js';\nexport default {};\n")).toBeDefined();
  });

  it('refuses a config that imports a module of the project or reads the environment', () => {
    expect(configDigest(file, "import options from './deck-options.js';\nexport default options;\n")).toBeUndefined();
    expect(configDigest(file, "export default async () => (await import('../shared/config.js')).default;\n")).toBeUndefined();
    expect(configDigest(file, 'export default { base: process.env.BASE };\n')).toBeUndefined();
    expect(configDigest(file, "import { loadEnv } from 'vite';\nexport default ({ mode }) => ({ define: loadEnv(mode, '.') });\n")).toBeUndefined();
  });
});

describe('unchangedKeptBuild', () => {
  it('serves the kept build while the config and the deck are unchanged', async () => {
    const { root, deckDir, folder, configFile, project } = await keptProject(PLAIN_CONFIG);
    await recordProject(folder, project);
    expect(await unchangedKeptBuild(folder, configFile, deckDir, root, deckOf(root))).toBe(folder);
  });

  it('does not serve it once the config\'s text changes', async () => {
    const { root, deckDir, folder, configFile, project } = await keptProject(PLAIN_CONFIG);
    await recordProject(folder, project);
    writeFileSync(configFile, PLAIN_CONFIG.replace('plugins', '  plugins'));
    expect(await unchangedKeptBuild(folder, configFile, deckDir, root, deckOf(root))).toBeUndefined();
  });

  it('does not serve it once a slide changes', async () => {
    const { root, deckDir, folder, configFile, project } = await keptProject(PLAIN_CONFIG);
    await recordProject(folder, project);
    writeFileSync(path.join(deckDir, '01-intro.md'), '# Intro\n\nOther text.\n');
    expect(await unchangedKeptBuild(folder, configFile, deckDir, root, deckOf(root))).toBeUndefined();
  });

  it('does not serve it when the config names another deck than the one asked for', async () => {
    const { root, deckDir, folder, configFile, project } = await keptProject(PLAIN_CONFIG);
    await recordProject(folder, { ...project, options: { deck: path.join(root, 'talk') } });
    expect(await unchangedKeptBuild(folder, configFile, deckDir, root, deckOf(root))).toBeUndefined();
  });

  it('records nothing for a config whose text alone does not decide it, so it is run again', async () => {
    const { root, deckDir, folder, configFile, project } = await keptProject('export default { base: process.env.BASE };\n');
    await recordProject(folder, project);
    expect(existsSync(path.join(folder, PROJECT_RECORD_FILE))).toBe(false);
    expect(await unchangedKeptBuild(folder, configFile, deckDir, root, deckOf(root))).toBeUndefined();
  });
});
