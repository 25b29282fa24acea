// Compiles the TypeScript CLI and the Vite plugin to ES modules with esbuild: into lib/ when the package is made, or into a cache rebuilt when a source changes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const kitRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm pack` (and `npm install` in the kit) puts the compiled CLI: `main.mjs` and `vite.mjs` share chunks. */
export const PACKAGED_CLI = path.join(kitRoot, 'lib', 'cli');

/**
 * Compiles `src/cli/main.ts` and `src/vite/index.ts` into `outDir`; a failed build leaves it as it was.
 * `replace`: an existing `outDir` is replaced (packaging); else another process's finished build is kept (the cache).
 */
/**
 * Packages compiled into the CLI rather than loaded from node_modules, each from its own ES module build (which needs
 * none of Node's built-ins): yaml's Node entry is about 80 CommonJS files that every start would otherwise find, read
 * and compile one by one (about 50 ms; as part of the CLI's chunks, a few).
 */
export const BUNDLED_PACKAGES = { yaml: 'browser/index.js' };

/** The package a bare import names (`yaml`, `@scope/name`), or undefined for a relative path or a Node built-in. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const [first, second] = specifier.split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** Leaves every package to node_modules (esbuild's `packages: 'external'`) but BUNDLED_PACKAGES, whose ES module build is compiled in. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    const require = createRequire(import.meta.url);
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = packageOf(args.path);
      if (name === undefined) return undefined;
      const entry = Object.hasOwn(BUNDLED_PACKAGES, name) && args.path === name ? BUNDLED_PACKAGES[name] : undefined;
      if (entry === undefined) return { path: args.path, external: true };
      return { path: path.join(path.dirname(require.resolve(`${name}/package.json`)), entry) };
    });
  },
};

/** How the CLI is bundled: ES modules for Node 20, packages left to node_modules (but BUNDLED_PACKAGES), the plugin chunk named `vite.mjs`. */
export const CLI_BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalPackages],
  outExtension: { '.js': '.mjs' },
  logLevel: 'error',
};

export async function buildCli(outDir, { replace = false } = {}) {
  const { build } = await import('esbuild');
  const staging = `${outDir}.partial-${process.pid}`;
  try {
    await build({
      entryPoints: { main: path.join(kitRoot, 'src/cli/main.ts'), vite: path.join(kitRoot, 'src/vite/index.ts') },
      outdir: staging,
      ...CLI_BUNDLE_OPTIONS,
      sourcemap: 'linked',
    });
    if (replace) rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process finished the same build first: use theirs.
    if (!existsSync(path.join(outDir, 'main.mjs'))) throw error;
  }
  return outDir;
}

/** A stamp of every source file's path, size and modification time: any edit gives a new build. */
function sourceStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    // Any fixed order does; comparing by code unit spares a start the locale data a collator loads.
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js|mjs|json)$/.test(entry.name)) {
        const info = statSync(full);
        hash.update(`${full}\0${info.size}\0${info.mtimeMs}\n`);
      }
    }
  };
  walk(path.join(kitRoot, 'src'));
  hash.update(statSync(path.join(kitRoot, 'package.json')).mtimeMs.toString());
  // How it is bundled (BUNDLED_PACKAGES, the options above) makes the build too.
  hash.update(statSync(fileURLToPath(import.meta.url)).mtimeMs.toString());
  return hash.digest('hex').slice(0, 16);
}

/** An installed package runs what was compiled when it was packed; a working copy of the kit recompiles after each edit. */
function isInstalled() {
  return kitRoot.split(path.sep).includes('node_modules') && existsSync(path.join(PACKAGED_CLI, 'main.mjs'));
}

/** Returns the path of the compiled CLI entry, building it first when the sources changed. */
export async function compiledCli() {
  if (isInstalled()) return path.join(PACKAGED_CLI, 'main.mjs');
  const cacheRoot = path.join(kitRoot, 'node_modules', '.cache', 'briefdeck', 'cli');
  const outDir = path.join(cacheRoot, sourceStamp());
  const entry = path.join(outDir, 'main.mjs');
  if (existsSync(entry)) return entry;
  await buildCli(outDir);
  for (const old of readdirSync(cacheRoot)) {
    if (old !== path.basename(outDir) && !old.includes('.partial-')) rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  }
  return entry;
}
