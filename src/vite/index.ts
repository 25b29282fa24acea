// The Vite plugin entry point, as used in vite.config.ts: the plugin with build-time diagrams wired in.

import type { Plugin } from 'vite';
import { createBuildRenderer } from '../diagrams/build-renderer.js';
import type { BriefdeckOptions } from './options.js';
import { briefdeck as briefdeckPlugin, type BriefdeckPluginApi } from './plugin.js';

export type { BriefdeckOptions } from './options.js';

export function briefdeck(options: BriefdeckOptions = {}): Plugin<BriefdeckPluginApi> {
  return briefdeckPlugin(options, {
    createDiagramRenderer: (resolved, command, log) =>
      createBuildRenderer({
        themesDir: resolved.themesDir,
        cacheDir: resolved.diagrams.cacheDir,
        mermaid: resolved.diagrams.mermaid,
        fallback: resolved.diagrams.fallback ?? (command === 'serve' || !process.env.CI),
        log,
      }),
  });
}
