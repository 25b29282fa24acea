// The config a command hands Vite: the project's own briefdeck() kept as it is, with the run's deck reaching it through the config.

import path from 'node:path';
import { resolveConfig, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { loadProject, viteConfigFor } from '../../src/site/vite-config.js';
import { THEME_MODULE_ID } from '../../src/vite/plugin.js';
import { FIXTURE_DECKS, tempTree } from '../helpers/build.js';

const CONFIG = `import { defineConfig } from 'vite';
import { briefdeck } from 'briefdeck/vite';

export default defineConfig({ plugins: [briefdeck({ deck: 'talk', embedSource: true })] });
`;

const TALK = '---\ntitle: Talk\ntheme: briefing\n---\n# Talk\n';

/** The theme module the resolved config's briefdeck plugin picks: it follows the deck the plugin compiles. */
async function themeOf(config: Awaited<ReturnType<typeof viteConfigFor>>): Promise<string> {
  const resolved = await resolveConfig(config, 'serve');
  const plugin = resolved.plugins.find((p) => p.name === 'briefdeck') as Plugin;
  const resolveId = plugin.resolveId as (id: string) => Promise<string>;
  return path.basename(await resolveId.call(undefined, THEME_MODULE_ID));
}

describe('viteConfigFor', () => {
  it("keeps the project's briefdeck() instance and passes the run's deck through the config", async () => {
    const root = tempTree('vite-config', { 'vite.config.ts': CONFIG, 'talk/deck.md': TALK });
    const project = await loadProject(root, 'serve');
    const own = project.config.plugins?.flat().find((p) => p && typeof p === 'object' && 'name' in p && p.name === 'briefdeck');
    expect(own).toBeDefined();

    const config = await viteConfigFor({ command: 'serve', cwd: root, project, deckDir: path.join(FIXTURE_DECKS, 'dark') });
    const briefdecks = config.plugins?.flat().filter((p) => p && typeof p === 'object' && 'name' in p && p.name === 'briefdeck');
    expect(briefdecks).toHaveLength(1);
    expect(briefdecks?.[0]).toBe(own);
    expect(config.briefdeck).toEqual({ deck: path.join(FIXTURE_DECKS, 'dark') });
    expect(await themeOf(config)).toBe('dark.css');

    // Without a deck for the run, the plugin compiles the deck its own options name.
    expect(await themeOf(await viteConfigFor({ command: 'serve', cwd: root, project }))).toBe('briefing.css');
  });

  it('adds briefdeck() with its defaults to a project whose config has none, and a single file embeds its source', async () => {
    const root = tempTree('vite-config', { 'vite.config.ts': 'export default { plugins: [] };\n', 'slides/deck.md': TALK });
    const config = await viteConfigFor({ command: 'build', cwd: root, singleChunk: true });
    expect(config.plugins?.flat().filter((p) => p && typeof p === 'object' && 'name' in p && p.name === 'briefdeck')).toHaveLength(1);
    expect(config.briefdeck).toEqual({ embedSource: true, deferSlides: false });
  });
});
