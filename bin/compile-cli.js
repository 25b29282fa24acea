// Compiles the TypeScript CLI to one cached ES module with esbuild, so the command runs on plain Node at full speed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const kitRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A stamp of every source file's path, size and modification time: any edit gives a new build. */
function sourceStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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
  return hash.digest('hex').slice(0, 16);
}

/** Returns the path of the compiled CLI entry, building it first when the sources changed. */
export async function compiledCli() {
  const cacheRoot = path.join(kitRoot, 'node_modules', '.cache', 'briefdeck', 'cli');
  const outDir = path.join(cacheRoot, sourceStamp());
  const entry = path.join(outDir, 'main.mjs');
  if (existsSync(entry)) return entry;
  const { build } = await import('esbuild');
  const staging = `${outDir}.partial-${process.pid}`;
  await build({
    entryPoints: { main: path.join(kitRoot, 'src/cli/main.ts') },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    sourcemap: 'inline',
    logLevel: 'error',
  });
  for (const old of readdirSync(cacheRoot)) {
    if (!old.includes('.partial-')) rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // Another process finished the same build first: use theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(entry)) throw error;
  }
  return entry;
}
