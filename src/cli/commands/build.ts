// `briefdeck build [DIR] [--out DIR] [--base /path/]`: a static deck that presents offline.

import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, rename, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deckNameOf } from '../../io/load-deck.js';
import { resolveInsideSync } from '../../io/contained-path.js';
import { fileSystemReason } from '../../io/fs-errors.js';
import { findDeckBuildError } from '../../vite/error-payload.js';
import { uniqueSibling, withPathLock } from '../../io/folder-lock.js';
import { guardOutput, markOutput } from '../../io/output-guard.js';
import { protectedFolders } from '../protected-folders.js';
import { inlineSingleFile } from '../../export/single-file.js';
import { linkSourceInPage } from '../../source/in-page-links.js';
import { writeFileAtomic } from '../../export/atomic-write.js';
import { UsageError, type Command } from '../command.js';
import { exitCleanlyOnInterrupt, removeOnExit } from '../../io/interrupt.js';
import { DECK_HELP } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { defaultOutDir, loadProject, projectDeck, viteConfigFor, type Project, type RunTarget } from '../vite-config.js';

const FLAGS = { out: 'string', base: 'string', 'single-file': 'boolean', force: 'boolean' } as const;

export interface BuildRequest {
  cwd: string;
  /** The deck folder or .md file; default: the project's (see `resolveDeck`). */
  deckDir?: string;
  project?: Project;
  outDir: string;
  /** Public path; default `./`, so the folder works from any location. */
  base?: string;
  overrides?: RunTarget['overrides'];
  logger?: RunTarget['logger'];
  singleChunk?: boolean;
  /** Replace an output folder that holds files briefdeck did not write. */
  force?: boolean;
}

/** Builds the deck and writes its page as one self-contained HTML file (opens from file://, no server). */
export async function buildSingleFile(request: Omit<BuildRequest, 'outDir' | 'base'> & { outFile: string }): Promise<string> {
  const outFile = path.resolve(request.cwd, request.outFile);
  const project = request.project ?? (await loadProject(request.cwd, 'build'));
  const deckDir = request.deckDir ?? projectDeck(project, [], request.cwd).path;
  guardOutput({ target: outFile, kind: 'file', flag: '--out', cwd: request.cwd, protect: protectedFolders({ cwd: request.cwd, deckDir, projectRoot: project.root }) });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-single-'));
  try {
    const dist = path.join(temp, 'dist');
    await buildDeck({ ...request, project, deckDir, outDir: dist, base: './', singleChunk: true });
    // The single file carries its source: links to the source page open the article embedded in it.
    const html = inlineSingleFile(linkSourceInPage(await readFile(path.join(dist, 'index.html'), 'utf8')), (file) => {
      const place = resolveInsideSync(path.join(dist, file), dist);
      return place.kind === 'inside' ? readFileSync(place.real) : undefined;
    });
    await writeFileAtomic(outFile, Buffer.from(html, 'utf8'));
    return outFile;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * Builds into a staging folder of its own and swaps it in under a lock, so a failed build never leaves a
 * half-written deck and concurrent builds into one folder each land whole. The output path is checked first.
 */
export async function buildDeck(request: BuildRequest): Promise<void> {
  const outDir = path.resolve(request.cwd, request.outDir);
  const shown = path.relative(request.cwd, outDir) || outDir;
  const project = request.project ?? (await loadProject(request.cwd, 'build'));
  const deckDir = request.deckDir ?? projectDeck(project, [], request.cwd).path;
  guardOutput({ target: outDir, kind: 'folder', flag: '--out', cwd: request.cwd, protect: protectedFolders({ cwd: request.cwd, deckDir, projectRoot: project.root }), ...(request.force ? { force: true } : {}) });
  await mkdir(path.dirname(outDir), { recursive: true }).catch((error: unknown) => {
    throw new Error(`cannot create the output folder ${shown}: ${fsReason(error)}; choose another folder with --out`);
  });
  const staging = uniqueSibling(outDir, 'partial');
  const keepOnExit = removeOnExit(() => rmSync(staging, { recursive: true, force: true }));
  try {
    const { base = './', overrides, logger, singleChunk } = request;
    const config = await viteConfigFor({ command: 'build', cwd: request.cwd, project, outDir: staging, deckDir, ...(base ? { base } : {}), ...(overrides ? { overrides } : {}), ...(logger ? { logger } : {}), ...(singleChunk ? { singleChunk } : {}) });
    const { build } = await import('vite');
    await build(config).catch((error: unknown) => {
      throw diskError(error, shown) ?? error;
    });
    markOutput(staging);
    await withPathLock(outDir, async () => {
      const aside = uniqueSibling(outDir, 'previous');
      await rename(outDir, aside).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
      await rename(staging, outDir);
      await rm(aside, { recursive: true, force: true });
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
    keepOnExit();
  }
}

/** A file-system failure while building (the bundler reports it with its own backtrace) as one sentence, or undefined. */
function diskError(error: unknown, shown: string): Error | undefined {
  if (findDeckBuildError(error)) return undefined;
  const reason = fileSystemReason(error);
  return reason === undefined ? undefined : new Error(`cannot write the build next to ${shown}: ${reason}; free some space or choose a writable folder with --out`);
}

function fsReason(error: unknown): string {
  return fileSystemReason(error) ?? (error instanceof Error ? error.message : String(error));
}

export const buildCommand: Command = {
  name: 'build',
  help: `Usage: briefdeck build [DIR] [--out DIR] [--base /path/] [--force]
       briefdeck build [DIR] --single-file [--out FILE.html]

Builds a deck into a static site, or into one self-contained HTML file.
${DECK_HELP}
Files in public/ (beside vite.config.ts, else in the working folder) are copied into the build.
The site has a page per briefing and the source page source/ (the article the slides cite, one
anchor per paragraph, next to the article file itself) that every citation links to.

Options:
  --out DIR      output folder (default: build.outDir of ./vite.config.ts, else ./dist); with
                 --single-file the file (default: ./<deck name>.html)
  --base /path/  public path when the deck is hosted under a sub-path (default: ./, works anywhere)
  --force        replace an output folder that holds files briefdeck did not write
  --single-file  one .html with script, styles, fonts, diagrams and the source article inlined: it
                 presents from file:// with no server, the deck you can attach to an email
                 (briefings are not included)
  --help         show this help`,
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, FLAGS);
    const started = performance.now();
    const project = await loadProject(io.cwd, 'build');
    const deck = projectDeck(project, positionals, io.cwd);
    if (deck.note) io.out(`note: ${deck.note}`);
    const deckDir = deck.path;
    if (flags['single-file']) {
      if (flags.base) throw new UsageError('--base does not apply to --single-file');
      const outFile = flags.out ?? `${deckNameOf(deckDir)}.html`;
      const written = await exitCleanlyOnInterrupt('build', io.err, () => buildSingleFile({ cwd: io.cwd, outFile, project, deckDir }));
      io.out(`Built ${path.relative(io.cwd, written) || written} in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    const outDir = flags.out ?? defaultOutDir(project);
    await exitCleanlyOnInterrupt('build', io.err, () => buildDeck({ cwd: io.cwd, outDir, project, deckDir, ...(flags.base ? { base: flags.base } : {}), ...(flags.force ? { force: true } : {}) }));
    io.out(`Built ${path.relative(io.cwd, path.resolve(io.cwd, outDir)) || outDir}/ in ${Math.round(performance.now() - started)} ms`);
    return 0;
  },
};
