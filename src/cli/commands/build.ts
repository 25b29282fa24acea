// `briefdeck build [DIR] [--out DIR] [--base /path/]`: a static deck that presents offline.

import { rm, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../command.js';
import { deckDirFrom } from '../deck-dir.js';
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
  await mkdir(path.dirname(outDir), { recursive: true });
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

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the deck into a static folder that presents offline',
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
