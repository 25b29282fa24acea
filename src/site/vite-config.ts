// The Vite config for a run on a deck: the project's own vite.config (if any) with its plugins and options kept, and briefdeck pointed at the deck.

import path from 'node:path';
import type { InlineConfig, Plugin, PluginOption, UserConfig } from 'vite';
import type { BriefdeckOptions } from '../vite/options.js';
import type { BriefdeckPluginApi } from '../vite/plugin.js';
import { buildLogger } from './build-logger.js';
import { findUserConfigFile, loadUserConfig } from './config-file.js';

export type RunCommand = 'build' | 'serve';

/** The user's project: the folder relative paths start from, and its Vite config as written. */
export interface Project {
  /** The config file's folder (or the `root` it names); the working folder when there is no config. */
  root: string;
  configFile?: string;
  config: UserConfig;
  /** The user's briefdeck() options, paths made absolute (deck, themes, diagram cache), for the commands that run without Vite. */
  options: BriefdeckOptions;
}

export interface RunTarget {
  command: RunCommand;
  /** Absolute deck folder or .md file; default: the `deck` option of the project's config, else its `slides/`. */
  deckDir?: string;
  base?: string;
  outDir?: string;
  cwd: string;
  /** Already loaded by the command (so the config runs once). */
  project?: Project;
  /** Plugin options that win over vite.config.ts for this run (e.g. a test's own diagram cache). */
  overrides?: BriefdeckOptions;
  /** One JavaScript chunk and no split CSS, for a build that becomes a single HTML file. */
  singleChunk?: boolean;
  /** Receives Vite's and briefdeck's log lines instead of the terminal. */
  logger?: import('vite').Logger;
}

/** Reads the working folder's vite.config.* (none is fine: an empty config, the working folder as project). */
export async function loadProject(cwd: string, command: RunCommand): Promise<Project> {
  const configFile = findUserConfigFile(cwd);
  if (!configFile) return { root: cwd, config: {}, options: {} };
  const config = await loadUserConfig(configFile, { command, mode: command === 'build' ? 'production' : 'development', isSsrBuild: false, isPreview: false }, cwd);
  const root = path.resolve(path.dirname(configFile), config.root ?? '.');
  const own = (await flattenPlugins(config.plugins ?? [])).find((p): p is Plugin<BriefdeckPluginApi> => p.name === 'briefdeck');
  return { root, configFile, config, options: absoluteOptions(own?.api?.options ?? {}, root) };
}

export async function viteConfigFor(target: RunTarget): Promise<InlineConfig> {
  const project = target.project ?? (await loadProject(target.cwd, target.command));
  const userConfig = project.config;
  const plugins = await flattenPlugins(userConfig.plugins ?? []);
  // Loaded here, not with this module: a command that only reads the project (an export of a build) never needs the plugin.
  const { briefdeck } = await import('../vite/index.js');
  // The project's own briefdeck() stays as it is; the run's deck and settings reach it through the config.
  const run: BriefdeckOptions = {
    ...target.overrides,
    ...(target.deckDir !== undefined ? { deck: target.deckDir } : {}),
    // A single file has no source page beside it, nor a file of far slides: it carries the article and every slide itself.
    ...(target.singleChunk ? { embedSource: true, deferSlides: false } : {}),
  };
  const logLevel = userConfig.logLevel ?? (target.command === 'build' && !target.logger ? 'warn' : 'info');
  // A build in the terminal: the command says why it failed, so Vite's own "Build failed" line would be a second one.
  const logger = target.logger ?? userConfig.customLogger ?? (target.command === 'build' ? await buildLogger(logLevel) : undefined);
  return {
    ...userConfig,
    configFile: false,
    // The plugin moves Vite's root to the kit and resolves the user's paths against this folder.
    root: project.root,
    ...(target.base ? { base: target.base } : {}),
    logLevel,
    ...(logger ? { customLogger: logger } : {}),
    plugins: plugins.some((p) => p.name === 'briefdeck') ? plugins : [...plugins, briefdeck()],
    briefdeck: { ...userConfig.briefdeck, ...run },
    build: {
      ...userConfig.build,
      ...(target.outDir ? { outDir: target.outDir, emptyOutDir: true } : {}),
      ...(target.singleChunk ? { cssCodeSplit: false, rolldownOptions: { ...userConfig.build?.rolldownOptions, output: { codeSplitting: false } } } : {}),
    },
  };
}

/** The output folder a build writes to without --out: the config's build.outDir, else dist/ of the project. */
export function defaultOutDir(project: Project): string {
  return path.resolve(project.root, project.config.build?.outDir ?? 'dist');
}

function absoluteOptions(options: BriefdeckOptions, root: string): BriefdeckOptions {
  return {
    ...options,
    ...(options.deck !== undefined ? { deck: path.resolve(root, options.deck) } : {}),
    ...(options.themes !== undefined ? { themes: path.resolve(root, options.themes) } : {}),
    ...(options.diagrams ? { diagrams: { ...options.diagrams, ...(options.diagrams.cacheDir !== undefined ? { cacheDir: path.resolve(root, options.diagrams.cacheDir) } : {}) } } : {}),
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
