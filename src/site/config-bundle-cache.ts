// A project's vite.config bundled by an earlier run, kept on disk: reused while every file the bundle was made from reads the same, so a start skips esbuild.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regularFileBytes } from '../io/read-regular-file.js';
import { stepCache, type StepCache } from '../io/step-cache.js';
import { projectCacheDir } from '../vite/options.js';

/** The config as one ES module, whether it imports briefdeck's plugin, and what it was made from. */
export interface BundledConfig {
  code: string;
  importsPlugin: boolean;
  /** Every file esbuild read into the bundle (the config and the modules of the user's it imports), absolute. */
  inputs: string[];
  /** The files the bundle imports at run time (packages, the plugin), absolute: gone means resolved anew. */
  externals: string[];
}

interface StoredBundle {
  code: string;
  importsPlugin: boolean;
  /** Each input and each file that steers how esbuild reads the inputs (package.json, tsconfig.json beside the config), by content; `null`: absent. */
  files: { file: string; hash: string | null }[];
  externals: string[];
}

/** Files beside the config that change how esbuild reads it without being inputs: module type, TypeScript settings. */
const STEERING_FILES = ['package.json', 'tsconfig.json'];

/** A regular file's hash; `null` when it is absent, over the input cap, or anything else (a pipe is opened without waiting and never read, nor is a device). */
const contentHash = (file: string): string | null => {
  const bytes = regularFileBytes(file);
  return bytes === undefined ? null : createHash('sha256').update(bytes).digest('hex');
};

/** Names the code that bundles: esbuild's version and the modules that call it (`bundlerUrl`: where the bundle's options live) and keep its result. */
function bundlerIdentity(bundlerUrl: string): string {
  const modules = [...new Set([bundlerUrl, import.meta.url])].map((url) => {
    const file = fileURLToPath(url);
    const info = statSync(file, { throwIfNoEntry: false });
    return [file, info?.size ?? 0, info?.mtimeMs ?? 0].join('\0');
  });
  let esbuildVersion = '';
  try {
    const manifest = createRequire(bundlerUrl).resolve('esbuild/package.json');
    esbuildVersion = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '';
  } catch {
    // No esbuild to ask: the identity still changes with the kit's code.
  }
  return ['config-bundle', esbuildVersion, ...modules].join('\0');
}

export interface ConfigBundleCache {
  /** The bundle stored for `configFile` when every file it was made from is unchanged and every import still exists. */
  read(): BundledConfig | undefined;
  /** Keeps a bundle made by a build that started at `startedAt` (epoch ms): an input edited since may not be in it, so none is kept then. */
  write(bundle: BundledConfig, startedAt: number): void;
}

/**
 * The cache of one config file, bundled by the module at `bundlerUrl`; `pluginEntry` is where the bundle finds
 * briefdeck's plugin (part of the key: another copy of the kit bundles anew).
 */
export function configBundleCache(configFile: string, pluginEntry: string, bundlerUrl: string, cache: StepCache = stepCache(projectCacheDir(path.dirname(configFile)), 'vite-config', bundlerIdentity(bundlerUrl))): ConfigBundleCache {
  const key = `${path.resolve(configFile)}\0${pluginEntry}`;
  const steering = STEERING_FILES.map((name) => path.join(path.dirname(configFile), name));
  return {
    read() {
      const stored = cache.read(key) as StoredBundle | undefined;
      if (!stored || typeof stored.code !== 'string' || !Array.isArray(stored.files) || !Array.isArray(stored.externals)) return undefined;
      if (stored.files.some(({ file, hash }) => contentHash(file) !== hash)) return undefined;
      if (stored.externals.some((file) => !existsSync(file))) return undefined;
      const inputs = stored.files.map(({ file }) => file).filter((file) => !steering.includes(file));
      return { code: stored.code, importsPlugin: stored.importsPlugin, inputs, externals: stored.externals };
    },
    write(bundle, startedAt) {
      if (bundle.inputs.some((file) => (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= startedAt)) return;
      const files = [...new Set([...bundle.inputs, ...steering])].map((file) => ({ file, hash: contentHash(file) }));
      // An input that could not be read back is no reason to keep a bundle that could never be checked.
      if (files.some(({ file, hash }) => hash === null && !steering.includes(file))) return;
      cache.write(key, { code: bundle.code, importsPlugin: bundle.importsPlugin, files, externals: bundle.externals } satisfies StoredBundle);
    },
  };
}
