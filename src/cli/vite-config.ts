// Builds the Vite config for a CLI run: the project's vite.config.ts, re-pointed at the deck folder given.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfigFromFile, type InlineConfig, type Plugin, type PluginOption } from 'vite';
import { briefdeck } from '../vite/index.js';
import { KIT_ROOT, type BriefdeckOptions } from '../vite/options.js';
import type { BriefdeckPluginApi } from '../vite/plugin.js';

export interface RunTarget {
  command: 'build' | 'serve';
  /** Absolute deck folder, or undefined for the config's own. */
  deckDir?: string;
  base?: string;
  outDir?: string;
  cwd: string;
  /** Plugin options that win over vite.config.ts for this run (e.g. a test's own diagram cache). */
  overrides?: BriefdeckOptions;
  /** One JavaScript chunk and no split CSS, for a build that becomes a single HTML file. */
  singleChunk?: boolean;
  /** Receives Vite's and briefdeck's log lines instead of the terminal. */
  logger?: import('vite').Logger;
}

/** The config file: the working folder's vite.config.ts when it has one, else the kit's. */
export function findConfigFile(cwd: string): string {
  const local = path.join(cwd, 'vite.config.ts');
  return existsSync(local) ? local : path.join(KIT_ROOT, 'vite.config.ts');
}

export async function viteConfigFor(target: RunTarget): Promise<InlineConfig> {
  const configFile = findConfigFile(target.cwd);
  const loaded = await loadConfigFromFile({ command: target.command, mode: target.command === 'build' ? 'production' : 'development' }, configFile, KIT_ROOT, 'silent');
  const userConfig = loaded?.config ?? {};
  const plugins = (await flattenPlugins(userConfig.plugins ?? [])).filter((p) => p.name !== 'briefdeck');
  const existing = (await flattenPlugins(userConfig.plugins ?? [])).find((p): p is Plugin<BriefdeckPluginApi> => p.name === 'briefdeck');
  const options: BriefdeckOptions = { ...(existing?.api?.options ?? {}), ...target.overrides };
  if (target.deckDir) options.deck = target.deckDir;
  // A single file has no source page beside it: it carries the article itself.
  if (target.singleChunk) options.embedSource = true;
  return {
    ...userConfig,
    configFile: false,
    root: KIT_ROOT,
    ...(target.base ? { base: target.base } : {}),
    logLevel: userConfig.logLevel ?? (target.command === 'build' && !target.logger ? 'warn' : 'info'),
    ...(target.logger ? { customLogger: target.logger } : {}),
    plugins: [...plugins, briefdeck(options)],
    build: {
      ...userConfig.build,
      ...(target.outDir ? { outDir: target.outDir, emptyOutDir: true } : {}),
      ...(target.singleChunk ? { cssCodeSplit: false, rolldownOptions: { ...userConfig.build?.rolldownOptions, output: { codeSplitting: false } } } : {}),
    },
  };
}

async function flattenPlugins(options: PluginOption[]): Promise<Plugin[]> {
  const out: Plugin[] = [];
  for (const option of options) {
    const resolved = await option;
    if (!resolved) continue;
    if (Array.isArray(resolved)) out.push(...(await flattenPlugins(resolved)));
    else out.push(resolved as Plugin);
  }
  return out;
}
