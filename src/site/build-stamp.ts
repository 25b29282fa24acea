// The fingerprint of everything a build is made from, written into the build, so an export can reuse a build that is up to date.

import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deckFolderOf } from '../io/load-deck.js';
import { OUTPUT_MARKER } from '../io/output-guard.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { readRegularFile } from '../io/read-regular-file.js';
import { stepCache, type StepCache } from '../io/step-cache.js';

/** Beside the output marker in every build folder: the stamp of the inputs it was built from. */
export const BUILD_STAMP_FILE = '.briefdeck-inputs';

export interface StampInputs {
  /** The deck: a folder, or one `.md` file (its folder is then what it may draw on). */
  deckDir: string;
  /** The working folder: the paths a build writes into its pages (slide sources) are relative to it. */
  cwd: string;
  /** The project's vite.config.*, when it has one. */
  configFile?: string;
  /** The project's public/ folder and its own themes folder, when they exist. */
  folders: readonly string[];
  /** Whatever else decides the output: base, plugin options and overrides, single chunk. */
  options: unknown;
  /** Folders left out of the hash: the build's own staging folder, which it fills while the stamp is taken. */
  skip?: readonly string[];
}

/** What a build reads of the user's project (its shape as src/cli/vite-config.ts loads it). */
export interface StampedProject {
  root: string;
  configFile?: string;
  config: { publicDir?: string | false };
  options: { themes?: string; diagrams?: { cacheDir?: string } };
}

/** The options of a build that decide its output besides the files. */
export interface StampedOptions {
  base: string;
  overrides?: unknown;
  singleChunk?: boolean;
}

/** The inputs of one build of `deckDir` in `project` with these options. */
export function projectStampInputs(project: StampedProject, deckDir: string, cwd: string, build: StampedOptions): StampInputs {
  const publicDir = project.config.publicDir === false ? undefined : path.resolve(project.root, project.config.publicDir ?? 'public');
  const themesDir = project.options.themes !== undefined ? path.resolve(project.root, project.options.themes) : undefined;
  return {
    deckDir,
    cwd,
    ...(project.configFile ? { configFile: project.configFile } : {}),
    folders: [publicDir, themesDir].filter((dir): dir is string => dir !== undefined),
    options: { base: build.base, overrides: outputOptions(build.overrides), singleChunk: build.singleChunk ?? false, plugin: outputOptions(project.options) },
  };
}

/** Plugin options as they shape the output: where the diagram and client caches live does not (the same files come out). */
function outputOptions(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return null;
  const { diagrams, clientCacheDir: _clientCacheDir, ...rest } = options as { diagrams?: unknown; clientCacheDir?: unknown };
  if (typeof diagrams !== 'object' || diagrams === null) return rest;
  const { cacheDir: _cacheDir, ...kept } = diagrams as { cacheDir?: unknown };
  return { ...rest, diagrams: kept };
}

/**
 * The first of `outDirs` that holds a build of this deck made from the very inputs a plain build (`briefdeck build`,
 * base `./`) would read now, else undefined: an export can then serve it instead of building. The inputs are hashed
 * once, and only when some folder carries a stamp.
 */
export async function upToDateBuild(project: StampedProject, deckDir: string, cwd: string, ...outDirs: string[]): Promise<string | undefined> {
  const recorded = await Promise.all(outDirs.map(async (dir) => (existsSync(path.join(dir, 'index.html')) ? readBuildStamp(dir) : undefined)));
  if (recorded.every((stamp) => stamp === undefined)) return undefined;
  const now = await buildStamp(projectStampInputs(project, deckDir, cwd, { base: './' }));
  return outDirs.find((_dir, index) => recorded[index] === now);
}

/** Packages whose version changes what a build writes: the bundler and every package the kit depends on (fonts, reveal.js, mermaid, …). */
function buildPackages(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(KIT_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return [...new Set(['vite', ...Object.keys(manifest.dependencies ?? {})])].sort();
}

/**
 * A hash of the kit (its version, its page, client code and themes, and the versions of the packages that shape
 * the output), the deck folder's files, the project's public/ and themes, its Vite config and the options.
 * Folders that are themselves briefdeck outputs (dist/, out/), dot-folders and node_modules are left out.
 */
export async function buildStamp(inputs: StampInputs): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await kitFingerprint());
  hash.update(JSON.stringify({ deck: path.relative(inputs.cwd, inputs.deckDir), options: inputs.options ?? null }));
  if (inputs.configFile) hashFile(hash, inputs.configFile, 'config');
  const deckFolder = deckFolderOf(inputs.deckDir);
  const skip = new Set((inputs.skip ?? []).map((dir) => path.resolve(dir)));
  for (const folder of [deckFolder, ...inputs.folders]) hashTree(hash, folder, folder, skip);
  return hash.digest('hex');
}

export async function writeBuildStamp(dir: string, stamp: string): Promise<void> {
  await writeFile(path.join(dir, BUILD_STAMP_FILE), `${stamp}\n`);
}

/** The stamp a build folder carries, or undefined (no build there, or one made before stamps). */
export async function readBuildStamp(dir: string): Promise<string | undefined> {
  try {
    return (await readFile(path.join(dir, BUILD_STAMP_FILE), 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

let kitPrint: Promise<string> | undefined;

/** Where the kit's fingerprint is kept by the listing it was made from, beside the compiled CLI (see bin/compile-cli.js). */
const KIT_PRINTS = stepCache(path.join(KIT_ROOT, 'node_modules', '.cache', 'briefdeck'), 'kit-print', 'listing');

/**
 * A hash of the kit as a build reads it: its version, page, sources, themes and TypeScript settings, and the versions of
 * the packages it uses (once per process). It hashes the files' bytes, but reads them only when the listing (each
 * file's path, size and modification time, as the compiled CLI is judged) differs from the one the kept hash was made
 * from: a start would otherwise read the kit's hundreds of files before serving its first page.
 */
export function kitFingerprint(): Promise<string> {
  kitPrint ??= (async () => {
    const require = createRequire(path.join(KIT_ROOT, 'package.json'));
    const versions = buildPackages().map((name) => {
      try {
        return `${name}@${(require(`${name}/package.json`) as { version?: string }).version ?? '?'}`;
      } catch {
        return `${name}@?`;
      }
    });
    return listedFingerprint({ root: KIT_ROOT, files: ['package.json', 'index.html', 'tsconfig.json'], folders: ['src', 'themes'], salt: versions.join(' ') }, KIT_PRINTS);
  })();
  return kitPrint;
}

export interface ListedTree {
  root: string;
  /** Files and folders below `root`, by their relative paths. */
  files: readonly string[];
  folders: readonly string[];
  /** Hashed first: what else the fingerprint stands for (the kit's package versions). */
  salt: string;
}

/**
 * The hash of `tree`'s files (names and bytes), kept in `cache` by the tree's listing (each file's path, kind, size
 * and modification time): the files are read only when the listing is one the cache has no hash for.
 */
export async function listedFingerprint(tree: ListedTree, cache: StepCache): Promise<string> {
  const parts: TreePart[] = tree.files.map((name) => ({ file: path.join(tree.root, name), name }));
  for (const folder of tree.folders) listTree(parts, path.join(tree.root, folder), tree.root, new Set());
  const listing = createHash('sha256').update(tree.salt);
  // Looked at in one go: a few microseconds a file, where as many awaited lookups would take tens of milliseconds.
  for (const part of parts) listing.update(typeof part === 'string' ? part : `\0${part.name}\0${statLine(part.file)}`);
  const key = listing.digest('hex');
  const kept = cache.read(key);
  if (typeof kept === 'string') return kept;
  const hash = createHash('sha256').update(tree.salt);
  hashParts(hash, parts);
  const print = hash.digest('hex');
  cache.write(key, print);
  return print;
}

/** A file's kind, size and modification time, as a listing notes it (a file that cannot be seen is noted as gone). */
function statLine(file: string): string {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return 'gone';
  return `${info.isFile() ? 'file' : 'other'}\0${info.size}\0${info.mtimeMs}`;
}

/** A hash of every file below `dir` (paths relative to it, and bytes), with the same exclusions as the build stamp. */
export async function folderFingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  hashTree(hash, dir, dir, new Set());
  return hash.digest('hex');
}

function hashFile(hash: Hash, file: string, name: string): void {
  hashContent(hash, name, contentOf(file));
}

/** A file's bytes, or — when it is not a regular file (a named pipe, a device, a folder, also behind a symlink) or cannot be read — what it is instead. */
type FileContent = { bytes: Buffer } | { not: string };

/**
 * Only a regular file is read, through the reader that never waits on a pipe nor reads a device without end (no size
 * cap: public/ may hold large media). Anything else is hashed by what it is: a build refuses such an input or leaves
 * it alone, so a stamp that notes it differs from one without it, and changes when it becomes a regular file.
 */
function contentOf(file: string): FileContent {
  const read = readRegularFile(file, Number.POSITIVE_INFINITY);
  return read.ok ? { bytes: read.bytes } : { not: read.failure === 'not-a-file' ? read.detail : read.failure };
}

function hashContent(hash: Hash, name: string, content: FileContent): void {
  if ('not' in content) return void hash.update(`\0${name}\0-1\0${content.not}\0`);
  hash.update(`\0${name}\0${content.bytes.length}\0`);
  hash.update(content.bytes);
}

/** Every file below `dir`, in a stable order, by its path relative to `root` and its bytes (what it is, when it is not a regular file). */
function hashTree(hash: Hash, dir: string, root: string, skip: ReadonlySet<string>): void {
  const parts: TreePart[] = [];
  listTree(parts, dir, root, skip);
  hashParts(hash, parts);
}

/** Each part by its name and bytes (what it is, when it is not a regular file). */
function hashParts(hash: Hash, parts: readonly TreePart[]): void {
  for (const part of parts) {
    if (typeof part === 'string') hash.update(part);
    else hashContent(hash, part.name, contentOf(part.file));
  }
}

/** A folder that could not be listed (as text), or a file to hash by its name relative to the root. */
type TreePart = string | { file: string; name: string };

function listTree(parts: TreePart[], dir: string, root: string, skip: ReadonlySet<string>): void {
  let entries: Dirent[] | undefined;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    entries = undefined;
  }
  if (!entries) {
    parts.push(`\0missing\0${path.relative(root, dir)}`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skip.has(full) || existsSync(path.join(full, OUTPUT_MARKER))) continue;
      listTree(parts, full, root, skip);
    } else {
      // Files, links and the rest alike (a pipe, a socket): each is hashed by what it holds or what it is.
      parts.push({ file: full, name: path.relative(root, full) });
    }
  }
}
