// The bundled client of a build (scripts, styles, fonts and the page template Vite linked them into), kept on disk by a hash of every input that decides it, so a build whose inputs are all the same reuses it instead of bundling again.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Rolldown, UserConfig } from 'vite';
import { stableJson } from '../diagrams/config-key.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { regularFileBytes } from '../io/read-regular-file.js';
import { folderFingerprint, kitFingerprint } from './build-stamp.js';

/** One file of the bundled client, as the bundle held it. */
export interface ClientFile {
  fileName: string;
  /** A chunk is script (its code is hashed into the page's CSP); an asset is anything else. */
  kind: 'chunk' | 'asset';
  source: Uint8Array;
}

export interface ClientBundle {
  /** The page template after Vite linked the scripts and styles into it, before a deck fills it. */
  template: string;
  files: ClientFile[];
}

export interface ClientKeyInputs {
  /** The run's Vite config as the plugin received it: the user's config with the command's settings (no plugin but briefdeck's). */
  config: unknown;
  /** What Vite resolved besides: mode, base and the `import.meta.env` it gives the client. */
  resolved: { mode: string; base: string; env: unknown };
  /** The files the page's virtual modules resolved to for this deck (theme, highlight style, diagram boot). */
  modules: readonly string[];
  themesDir: string;
  /** The project's public/ files: a URL naming one stays as written, any other is bundled. */
  publicFiles: readonly string[];
  /** The user's config file, whose code the config above came from. */
  configFile?: string;
}

/** Files PostCSS takes its config from, looked for by Vite from its root (the kit) up to the filesystem root. */
const POSTCSS_CONFIG_NAMES = ['package.json', '.postcssrc', '.postcssrc.json', '.postcssrc.yaml', '.postcssrc.yml', ...['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'].flatMap((ext) => [`.postcssrc.${ext}`, `postcss.config.${ext}`])];

/** Bump when what a cache file holds, or how it is replayed, changes. */
const CACHE_FORMAT = 1;

/** Cache files kept in a folder; older ones are removed after a new one is written. */
const KEEP_ENTRIES = 8;

/** The cache key: the kit, the themes folder, the virtual modules' files, the public file names, the config (functions by their source) and the environment. */
export async function clientBundleKey(inputs: ClientKeyInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`format@${CACHE_FORMAT}\0node-env@${process.env.NODE_ENV ?? ''}\0`);
  hash.update(await kitFingerprint());
  hash.update(await folderFingerprint(inputs.themesDir));
  // A kit installed in a project's node_modules finds the project's PostCSS config above it.
  for (const file of postcssConfigCandidates(KIT_ROOT).filter((candidate) => existsSync(candidate))) {
    const bytes = regularFileBytes(file);
    if (bytes) hash.update(`\0${file}\0`).update(bytes);
  }
  if (inputs.configFile) hash.update(regularFileBytes(inputs.configFile) ?? Buffer.from('missing'));
  hash.update(stableJson(keyValue({ config: inputs.config, resolved: inputs.resolved, modules: inputs.modules, publicFiles: [...inputs.publicFiles].sort() })));
  return hash.digest('hex').slice(0, 40);
}

function postcssConfigCandidates(start: string): string[] {
  const files: string[] = [];
  for (let dir = start; ; dir = path.dirname(dir)) {
    files.push(...POSTCSS_CONFIG_NAMES.map((name) => path.join(dir, name)));
    if (path.dirname(dir) === dir) return files;
  }
}

/** The config as key text: functions by their source, regular expressions by theirs, loggers and other class instances by their own fields. */
function keyValue(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'function') return `function:${String(value)}`;
  if (value instanceof RegExp) return `regexp:${String(value)}`;
  if (typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return 'circular';
  seen.add(value);
  const mapped = Array.isArray(value) ? value.map((item) => keyValue(item, seen)) : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keyValue(item, seen)]));
  seen.delete(value);
  return mapped;
}

/**
 * The client part of a finished bundle: every output but the deck's own (its pages, assets and far-slide files, emitted by the
 * plugin and named in `deckFiles`). Undefined when it cannot be replayed as written: a chunk with a source map, written beside it.
 */
export function captureClientBundle(bundle: Rolldown.OutputBundle, deckFiles: ReadonlySet<string>): ClientBundle | undefined {
  const template = bundle['index.html'];
  if (!template || template.type !== 'asset') return undefined;
  const files: ClientFile[] = [];
  for (const output of Object.values(bundle)) {
    if (output.fileName === 'index.html' || deckFiles.has(output.fileName)) continue;
    if (output.type === 'chunk') {
      if (output.map) return undefined;
      files.push({ fileName: output.fileName, kind: 'chunk', source: Buffer.from(output.code, 'utf8') });
    } else {
      files.push({ fileName: output.fileName, kind: 'asset', source: typeof output.source === 'string' ? Buffer.from(output.source, 'utf8') : output.source });
    }
  }
  return { template: String(template.source), files };
}

export interface ClientBundleCache {
  read(key: string): Promise<ClientBundle | undefined>;
  /** Writes atomically (a concurrent build sees the whole file or none); a failure to write only loses the reuse. */
  write(key: string, bundle: ClientBundle): Promise<void>;
}

interface CacheHeader {
  key: string;
  template: string;
  files: { fileName: string; kind: ClientFile['kind']; size: number }[];
}

/** A cache over `dir`: one file per key, a JSON header (its length first, 4 bytes) followed by the files' bytes. */
export function clientBundleCache(dir: string): ClientBundleCache {
  const fileFor = (key: string): string => path.join(dir, `${key}.bundle`);
  return {
    async read(key) {
      const file = fileFor(key);
      const bytes = await readFile(file).catch(() => undefined);
      const bundle = bytes && decode(bytes, key);
      // Recently used entries are the ones pruning keeps.
      if (bundle) await utimes(file, new Date(), new Date()).catch(() => undefined);
      return bundle;
    },
    async write(key, bundle) {
      try {
        await mkdir(dir, { recursive: true });
        const temp = `${fileFor(key)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
        await writeFile(temp, encode(key, bundle));
        await rename(temp, fileFor(key)).catch(async (error: unknown) => {
          await rm(temp, { force: true });
          throw error;
        });
        await prune(dir);
      } catch {
        // The cache is an optimisation: the build itself has succeeded.
      }
    },
  };
}

function encode(key: string, bundle: ClientBundle): Buffer {
  const header: CacheHeader = { key, template: bundle.template, files: bundle.files.map((f) => ({ fileName: f.fileName, kind: f.kind, size: f.source.byteLength })) };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  return Buffer.concat([length, headerBytes, ...bundle.files.map((f) => f.source)]);
}

/** The bundle a cache file holds, or undefined when it is not one of ours for this key (truncated, foreign, another format). */
function decode(bytes: Buffer, key: string): ClientBundle | undefined {
  try {
    const headerLength = bytes.readUInt32BE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as Partial<CacheHeader>;
    if (header.key !== key || typeof header.template !== 'string' || !Array.isArray(header.files)) return undefined;
    let offset = 4 + headerLength;
    const files: ClientFile[] = [];
    for (const entry of header.files) {
      if (offset + entry.size > bytes.length) return undefined;
      files.push({ fileName: entry.fileName, kind: entry.kind, source: bytes.subarray(offset, offset + entry.size) });
      offset += entry.size;
    }
    return offset === bytes.length ? { template: header.template, files } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the most recently used entries; another build's partial file is left alone. */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.bundle'));
  if (names.length <= KEEP_ENTRIES) return;
  const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(dated.slice(KEEP_ENTRIES).map((entry) => rm(path.join(dir, entry.name), { force: true })));
}

/** What the pages of a build need of its client: the template, every file name of the bundle, and the scripts (for the CSP). */
export interface ClientView {
  template: string;
  fileNames: string[];
  scripts: string[];
  /** Cached files not yet in the bundle: the caller emits those its pages still name. */
  toAdd: ClientFile[];
}

/** One build's use of the cache: the entry found for its key (then its own bundle is a stand-in), or what it bundled, to keep. */
export interface ClientReuse {
  key: string;
  cache: ClientBundleCache;
  cached: ClientBundle | undefined;
  captured?: ClientBundle;
}

/** Undefined when the key cannot be made (a kit or theme file that does not read): the build then bundles, as without a cache. */
export async function openClientReuse(dir: string, inputs: ClientKeyInputs): Promise<ClientReuse | undefined> {
  const key = await clientBundleKey(inputs).catch(() => undefined);
  if (key === undefined) return undefined;
  const cache = clientBundleCache(dir);
  return { key, cache, cached: await cache.read(key) };
}

/**
 * In `generateBundle`: with a cached client, the stand-in's outputs (all but the deck's files) are replaced by the cached ones:
 * those the stand-in also wrote take the cached bytes, the others are returned in `toAdd` for the caller to emit once it knows
 * which its pages no longer name (files emitted now would not show in `bundle`). Without, the client just bundled is captured
 * for `reuse.cache`. Returns the client the pages link to.
 */
export function settleClient(reuse: ClientReuse, bundle: Rolldown.OutputBundle, deckFiles: ReadonlySet<string>): ClientView {
  const { cached } = reuse;
  if (!cached) {
    const captured = captureClientBundle(bundle, deckFiles);
    if (captured) reuse.captured = captured;
    return bundleView(bundle);
  }
  const byName = new Map(cached.files.map((file) => [file.fileName, file]));
  for (const [fileName, output] of Object.entries(bundle)) {
    if (fileName === 'index.html' || deckFiles.has(fileName)) continue;
    // The template's own references (the preloaded fonts) come out of the stand-in too, under the same names: kept, with the cached bytes.
    const same = byName.get(fileName);
    if (same && output.type === 'asset') {
      output.source = same.source;
      byName.delete(fileName);
    } else {
      delete bundle[fileName];
    }
  }
  const decoder = new TextDecoder();
  return {
    template: cached.template,
    fileNames: ['index.html', ...deckFiles, ...cached.files.map((f) => f.fileName)],
    scripts: cached.files.filter((f) => f.kind === 'chunk').map((f) => decoder.decode(f.source)),
    toAdd: [...byName.values()],
  };
}

/** The client of a bundle as Vite made it. */
export function bundleView(bundle: Rolldown.OutputBundle): ClientView {
  const template = bundle['index.html'];
  return {
    template: template?.type === 'asset' ? String(template.source) : '',
    fileNames: Object.keys(bundle),
    scripts: Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output.code] : [])),
    toAdd: [],
  };
}

/**
 * The run's config as key material: what a build writes does not depend on where it stages its output, on the logger, the
 * deck or the caches' folders. Undefined when the config has plugins besides briefdeck's (their hooks may shape the client
 * in ways no key sees), or writes files a replay would not (source maps, manifests).
 */
export function clientConfigView(config: UserConfig): unknown {
  const plugins = (config.plugins ?? []).flat(Infinity as 1);
  if (plugins.some((plugin) => plugin && (typeof plugin !== 'object' || !('name' in plugin) || plugin.name !== 'briefdeck'))) return undefined;
  const { plugins: _plugins, customLogger: _logger, build = {}, briefdeck = {}, ...rest } = config;
  if (build.sourcemap || build.manifest || build.ssrManifest) return undefined;
  const { outDir: _outDir, ...buildKept } = build;
  const { deck: _deck, diagrams = {}, clientCacheDir: _clientCacheDir, ...briefdeckKept } = briefdeck;
  const { cacheDir: _cacheDir, ...diagramsKept } = diagrams;
  return { ...rest, build: buildKept, briefdeck: { ...briefdeckKept, diagrams: diagramsKept } };
}
