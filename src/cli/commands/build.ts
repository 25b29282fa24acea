// `briefdeck build [DIR] [--out DIR] [--base /path/]`: a static deck that presents offline.

import { rm, rename, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { KIT_ROOT } from '../../vite/options.js';
import { UsageError, type Command } from '../command.js';
import { deckDirFrom, defaultDeckDir } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { viteConfigFor, type RunTarget } from '../vite-config.js';

const FLAGS = { out: 'string', base: 'string' } as const;

export interface BuildRequest {
  cwd: string;
  deckDir?: string;
  outDir: string;
  /** Public path; default `./`, so the folder works from any location. */
  base?: string;
  overrides?: RunTarget['overrides'];
  logger?: RunTarget['logger'];
}

/** Builds into a temporary sibling folder and swaps it in, so a failed build never leaves a half-written deck. */
export async function buildDeck(request: BuildRequest): Promise<void> {
  const outDir = path.resolve(request.cwd, request.outDir);
  const shown = path.relative(request.cwd, outDir) || outDir;
  const keep = [request.cwd, request.deckDir ?? defaultDeckDir(request.cwd), KIT_ROOT];
  const clash = keep.find((dir) => isSameOrInside(dir, outDir));
  if (clash) {
    const what = clash === request.cwd ? 'the project folder' : clash === KIT_ROOT ? 'briefdeck’s own folder' : 'the deck folder';
    throw new UsageError(`--out ${request.outDir} would replace ${what} (${path.relative(request.cwd, clash) || '.'}): a build empties its output folder; choose a folder of its own, e.g. --out dist`);
  }
  if ((await stat(outDir).catch(() => undefined))?.isFile()) throw new UsageError(`the output ${shown} is a file, not a folder; choose a folder, e.g. --out dist`);
  await mkdir(path.dirname(outDir), { recursive: true }).catch((error: unknown) => {
    throw new Error(`cannot create the output folder ${shown}: ${fsReason(error)}; choose another folder with --out`);
  });
  const staging = `${outDir}.partial-${process.pid}`;
  try {
    const { deckDir, base = './', overrides, logger } = request;
    const config = await viteConfigFor({ command: 'build', cwd: request.cwd, outDir: staging, ...(deckDir ? { deckDir } : {}), ...(base ? { base } : {}), ...(overrides ? { overrides } : {}), ...(logger ? { logger } : {}) });
    const { build } = await import('vite');
    await build(config);
    await rm(outDir, { recursive: true, force: true });
    await rename(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function isSameOrInside(dir: string, ancestor: string): boolean {
  const relative = path.relative(ancestor, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** A file-system error in words a user can act on. */
function fsReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of its path is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  return error instanceof Error ? error.message : String(error);
}

export const buildCommand: Command = {
  name: 'build',
  help: `Usage: briefdeck build [DIR] [--out DIR] [--base /path/]

Builds the deck in DIR (default: slides/) into a static site.

Options:
  --out DIR      output folder (default: dist)
  --base /path/  public path when the deck is hosted under a sub-path (default: ./, works anywhere)
  --help         show this help`,
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, FLAGS);
    const started = performance.now();
    const outDir = flags.out ?? 'dist';
    const deckDir = deckDirFrom(positionals, io.cwd);
    await buildDeck({ cwd: io.cwd, outDir, ...(flags.base ? { base: flags.base } : {}), ...(deckDir ? { deckDir } : {}) });
    io.out(`Built ${path.relative(io.cwd, path.resolve(io.cwd, outDir)) || outDir}/ in ${Math.round(performance.now() - started)} ms`);
    return 0;
  },
};
