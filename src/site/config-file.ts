// Loads a user's vite.config.* bundled with esbuild (or as an earlier run bundled it, src/site/config-bundle-cache.ts): `vite` and `briefdeck/vite` come from the kit when the user's folder lacks them; a broken config is one file:line message.

import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { findSourceMap, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { ConfigEnv, UserConfig } from 'vite';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { isInsideFolder } from '../io/contained-path.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { removeOnExit } from '../io/interrupt.js';
import { readRegularInput } from '../io/read-input.js';
import { configBundleCache, type BundledConfig } from './config-bundle-cache.js';

/** The names Vite looks for, in its order. */
export const CONFIG_FILE_NAMES = ['vite.config.js', 'vite.config.mjs', 'vite.config.ts', 'vite.config.cjs', 'vite.config.mts', 'vite.config.cts'] as const;

/** A config that cannot be loaded: the diagnostic, printed alone. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  /** `cause`: what the config threw, whose stack BRIEFDECK_DEBUG=1 prints. */
  constructor(readonly diagnostic: Diagnostic, options?: ErrorOptions) {
    super(formatDiagnostic(diagnostic), options);
  }
}

export function findUserConfigFile(folder: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => path.join(folder, name)).find((file) => existsSync(file));
}

/** The module a user's `import … from 'briefdeck/vite'` gets: the plugin of the briefdeck that is running. */
function ownPluginEntry(): string {
  const here = fileURLToPath(import.meta.url);
  // From the sources (tests, tsx) the entry is a sibling folder; in the built CLI it is `vite.mjs` beside the chunks.
  return here.endsWith('.ts') ? path.join(KIT_ROOT, 'src/vite/index.ts') : path.join(path.dirname(here), 'vite.mjs');
}

interface EsbuildMessage {
  text: string;
  location: { file: string; line: number; column: number } | null;
}

/** The name of the module a config is bundled into and loaded from (`loadUserConfig`), as stack frames show it. */
const LOADED_CONFIG = /^briefdeck-config-\d+-[0-9a-f]{8}\.mjs$/;

/** The kit's own code: never the user's, even when the project is the kit. */
const KIT_CODE = ['src', 'lib', 'bin'].map((folder) => path.join(KIT_ROOT, folder));

export interface SourcePlace {
  file: string;
  line: number;
  column: number;
}

/**
 * The first stack frame in the user's own code: their config (or a module of theirs it imports) in `projectDir`,
 * never node_modules nor the kit's code. A frame of the loaded config module is read back through its source map.
 */
export function userFrame(stack: string, projectDir: string): SourcePlace | undefined {
  for (const match of stack.matchAll(/\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/gm)) {
    const frame = { file: path.resolve(match[1]!.startsWith('file://') ? fileURLToPath(match[1]!) : match[1]!), line: Number(match[2]), column: Number(match[3]) };
    const place = LOADED_CONFIG.test(path.basename(frame.file)) ? originalPlace(match[1]!, frame) : frame;
    if (!place || !isInsideFolder(place.file, projectDir) || place.file.split(path.sep).includes('node_modules')) continue;
    if (KIT_CODE.some((dir) => isInsideFolder(place.file, dir))) continue;
    return place;
  }
  return undefined;
}

/** Where a line of the loaded config came from: it was imported with source maps on, so Node kept its map. */
function originalPlace(url: string, frame: SourcePlace): SourcePlace | undefined {
  const entry = findSourceMap(url.startsWith('file://') ? url : pathToFileURL(url).href)?.findEntry(frame.line - 1, frame.column - 1);
  if (!entry || !('originalSource' in entry)) return undefined;
  const source = entry.originalSource;
  return { file: source.startsWith('file://') ? fileURLToPath(source) : path.resolve(source), line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

/** Reads the config file and evaluates it (a function export is called with `env`). */
export async function loadUserConfig(file: string, env: ConfigEnv, displayRoot: string): Promise<UserConfig> {
  const shown = path.relative(displayRoot, file) || file;
  // Bundling reads the config, and the kept bundle is checked against it: a pipe there would hold either for ever.
  const read = readRegularInput({ file, at: { file: shown, line: 0 }, shown, what: 'config file' });
  if (!read.ok) throw new ConfigFileError(read.diagnostic);
  const { code, importsPlugin } = await cachedBundle(file, shown, displayRoot);
  // The plugin the config imports is loaded before source maps are turned on for the config: Node would otherwise
  // read the maps of every module of the compiled kit, which only the config's own frames need.
  if (importsPlugin) await import(pathToFileURL(ownPluginEntry()).href);
  const temp = path.join(os.tmpdir(), `briefdeck-config-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  // Removed in `finally`, or on an exit that skips it (Ctrl-C while the config runs).
  const cancelExitRemoval = removeOnExit(() => rmSync(temp, { force: true }));
  await writeFile(temp, code);
  const mapsWere = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(true);
  try {
    const module = (await import(pathToFileURL(temp).href)) as { default?: unknown };
    const exported = typeof module.default === 'function' ? await (module.default as (env: ConfigEnv) => unknown)(env) : await module.default;
    if (typeof exported !== 'object' || exported === null || Array.isArray(exported)) {
      throw new ConfigFileError({
        severity: 'error', code: 'vite-config', file: shown, line: 0, column: 0,
        message: 'the config does not export a config object',
        hint: 'end it with `export default defineConfig({ … })` (a function returning an object works too)',
      });
    }
    return exported as UserConfig;
  } catch (error) {
    if (error instanceof ConfigFileError) throw error;
    throw new ConfigFileError(runtimeDiagnostic(error, file, shown, displayRoot), { cause: error });
  } finally {
    process.setSourceMapsEnabled(mapsWere);
    await rm(temp, { force: true });
    cancelExitRemoval();
  }
}

/** The bundle an earlier run made of the same files, else a new one (kept for the next run). */
async function cachedBundle(file: string, shown: string, displayRoot: string): Promise<BundledConfig> {
  const cache = configBundleCache(file, ownPluginEntry(), import.meta.url);
  const kept = cache.read();
  if (kept) return kept;
  const startedAt = Date.now();
  const bundle = await bundleConfig(file, shown, displayRoot);
  cache.write(bundle, startedAt);
  return bundle;
}

/** The config as one ES module, and whether it imports briefdeck's plugin (which then stays external: the running copy). */
async function bundleConfig(file: string, shown: string, displayRoot: string): Promise<BundledConfig> {
  const { build } = await import('esbuild');
  const pluginEntry = ownPluginEntry();
  let importsPlugin = false;
  const externals = new Set<string>();
  const plugin = (): { path: string; external: true } => {
    importsPlugin = true;
    externals.add(pluginEntry);
    return { path: pathToFileURL(pluginEntry).href, external: true };
  };
  const workingDir = path.dirname(file);
  try {
    const result = await build({
      entryPoints: [file],
      bundle: true,
      write: false,
      metafile: true,
      outfile: path.join(os.tmpdir(), 'briefdeck-config.mjs'),
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: 'inline',
      sourceRoot: '',
      logLevel: 'silent',
      absWorkingDir: workingDir,
      define: {
        __dirname: JSON.stringify(path.dirname(file)),
        __filename: JSON.stringify(file),
        'import.meta.url': JSON.stringify(pathToFileURL(file).href),
        'import.meta.dirname': JSON.stringify(path.dirname(file)),
        'import.meta.filename': JSON.stringify(file),
      },
      plugins: [{
        name: 'briefdeck-config-imports',
        setup(pluginBuild) {
          // The kit's own config imports the plugin by a relative path: the running copy stands in, so it is not bundled again.
          const kitPluginSources = new Set(['index.ts', 'index.js'].map((name) => path.join(KIT_ROOT, 'src/vite', name)));
          pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
            const target = path.resolve(args.resolveDir, args.path);
            return kitPluginSources.has(target) ? plugin() : undefined;
          });
          pluginBuild.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.pluginData === 'inner' || path.isAbsolute(args.path)) return undefined;
            if (isBuiltin(args.path)) return { path: args.path, external: true };
            if (args.path === 'briefdeck' || args.path === 'briefdeck/vite') return plugin();
            // The user's own packages first; then the kit's (vite, and whatever the kit brings).
            for (const resolveDir of [args.resolveDir, KIT_ROOT]) {
              const found = await pluginBuild.resolve(args.path, { kind: args.kind, resolveDir, importer: args.importer, pluginData: 'inner' });
              if (found.errors.length === 0 && found.path) {
                externals.add(found.path);
                return { path: pathToFileURL(found.path).href, external: true };
              }
            }
            return undefined;
          });
        },
      }],
    });
    const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(workingDir, input));
    return { code: result.outputFiles[0]!.text, importsPlugin, inputs, externals: [...externals] };
  } catch (error) {
    const first = (error as { errors?: EsbuildMessage[] }).errors?.[0];
    if (!first) throw error;
    const where = first.location;
    const missing = /^Could not resolve "([^"]+)"/.exec(first.text)?.[1];
    throw new ConfigFileError({
      severity: 'error', code: 'vite-config',
      file: where ? path.relative(displayRoot, path.resolve(path.dirname(file), where.file)) : shown,
      line: where?.line ?? 0, column: where ? where.column + 1 : 0,
      message: missing ? `cannot find "${missing}", imported by the config` : first.text,
      hint: missing ? (missing.startsWith('.') ? 'check the path of the import' : `install it (npm install -D ${packageName(missing)}) or remove the import`) : 'fix the config file (it is TypeScript or JavaScript run by Node)',
    });
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The config threw while it ran: its message, at the first frame of the stack in the user's own files (the config,
 * or a module of theirs it imports; never node_modules), shown relative to `displayRoot`.
 */
function runtimeDiagnostic(error: unknown, file: string, shown: string, displayRoot: string): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const where = userFrame(stack, path.dirname(file));
  const inConfig = where === undefined || where.file === path.resolve(file);
  return {
    severity: 'error', code: 'vite-config',
    file: inConfig ? shown : path.relative(displayRoot, where!.file), line: where?.line ?? 0, column: where?.column ?? 0,
    message: `the config failed while it ran: ${message.split('\n')[0]}${inConfig ? '' : ` (in a module ${shown} imports)`}`,
    hint: 'fix the config file; BRIEFDECK_DEBUG=1 shows the whole stack',
  };
}
