// A Vite plugin that threw during a build, as one diagnostic: which plugin, in which hook, on which module, at which line of the user's config.

import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { isInsideFolder } from '../io/contained-path.js';
import { findUserConfigFile, userFrame } from './config-file.js';

/** What the bundler records of an error a plugin threw (rolldown's PLUGIN_ERROR). */
interface PluginError {
  plugin: string;
  hook?: string;
  id?: string;
  message: string;
  stack?: string;
}

function isPluginError(value: unknown): value is PluginError {
  return typeof value === 'object' && value !== null && typeof (value as { plugin?: unknown }).plugin === 'string' && typeof (value as { message?: unknown }).message === 'string';
}

/** Vite's and the bundler's own plugins wrap hooks of the user's (transformIndexHtml runs inside vite:build-html). */
function isBuiltInPlugin(name: string): boolean {
  return /^(?:vite|rolldown|builtin|native):/.test(name);
}

/**
 * The first plugin error of a failed build (the bundler gathers them in `errors`), or undefined when the failure
 * is not a plugin's, or no config brought it. `displayRoot`: the working folder, where the config is looked for and
 * what paths in the message are relative to.
 */
export function pluginFailure(error: unknown, displayRoot: string): Diagnostic | undefined {
  const gathered = typeof error === 'object' && error !== null ? (error as { errors?: unknown }).errors : undefined;
  const errors = (Array.isArray(gathered) ? gathered : [error]).filter(isPluginError);
  // Hooks Vite runs itself (config, configResolved…) throw as they are: the stack says whether the config's code ran.
  const first = errors[0] ?? (error instanceof Error ? { plugin: 'vite:config', message: error.message, stack: error.stack ?? '' } : undefined);
  // The kit's own plugin reports deck problems itself; anything else it throws keeps its own words.
  if (!first || /^briefdeck(?::|$)/.test(first.plugin)) return undefined;
  const where = userFrame(first.stack ?? '', displayRoot);
  // Only a project's config brings plugins of its own; without one, the failure is the kit's and says so as it is.
  const configFile = findUserConfigFile(displayRoot);
  if (!where && !configFile) return undefined;
  // Not a plugin error: the config's own code must have thrown it (a hook of one of its plugins), not code it calls.
  if (errors.length === 0 && (where === undefined || configFile === undefined || path.resolve(where.file) !== path.resolve(configFile))) return undefined;
  const who = isBuiltInPlugin(first.plugin) ? (where ? 'a plugin of the config' : `Vite's ${first.plugin}`) : `the plugin "${first.plugin}"`;
  const hook = first.hook && !isBuiltInPlugin(first.plugin) ? ` in its ${first.hook} hook` : '';
  const module = first.id && !first.id.startsWith('\0') ? ` on ${shownModule(first.id, displayRoot)}` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length === 2 ? '' : 's'} like it)` : '';
  return {
    severity: 'error', code: 'vite-plugin',
    file: path.relative(displayRoot, where ? where.file : configFile!), line: where?.line ?? 0, column: where?.column ?? 0,
    message: `${who} failed${hook}${module}: ${first.message.split('\n')[0]}${more}`,
    hint: `${where ? 'fix the plugin, or take it out of the config' : 'check the plugins of your vite.config.ts'}; BRIEFDECK_DEBUG=1 shows the whole stack`,
  };
}

/** A module of the project by its relative path, one of the kit's (its page, client code, themes) as briefdeck's. */
function shownModule(id: string, displayRoot: string): string {
  if (isInsideFolder(id, displayRoot)) return path.relative(displayRoot, id);
  return isInsideFolder(id, KIT_ROOT) ? `briefdeck's ${path.relative(KIT_ROOT, id)}` : id;
}
