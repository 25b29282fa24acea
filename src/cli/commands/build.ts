// `briefdeck build [DIR] [--out DIR] [--base /path/]`: a static deck that presents offline.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, rename, mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KIT_ROOT } from '../../vite/options.js';
import { deckFolderOf, deckNameOf } from '../../io/load-deck.js';
import { inlineSingleFile } from '../../export/single-file.js';
import { linkSourceInPage } from '../../source/in-page-links.js';
import { writeFileAtomic } from '../../export/atomic-write.js';
import { UsageError, type Command } from '../command.js';
import { DECK_HELP } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { defaultOutDir, loadProject, projectDeck, viteConfigFor, type Project, type RunTarget } from '../vite-config.js';

const FLAGS = { out: 'string', base: 'string', 'single-file': 'boolean' } as const;

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
}

/** Builds the deck and writes its page as one self-contained HTML file (opens from file://, no server). */
export async function buildSingleFile(request: Omit<BuildRequest, 'outDir' | 'base'> & { outFile: string }): Promise<string> {
  const outFile = path.resolve(request.cwd, request.outFile);
  const temp = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-single-'));
  try {
    const dist = path.join(temp, 'dist');
    await buildDeck({ ...request, outDir: dist, base: './', singleChunk: true });
    // The single file carries its source: links to the source page open the article embedded in it.
    const html = inlineSingleFile(linkSourceInPage(await readFile(path.join(dist, 'index.html'), 'utf8')), (file) => {
      const full = path.join(dist, file);
      return full.startsWith(dist) && existsSync(full) ? readFileSync(full) : undefined;
    });
    await writeFileAtomic(outFile, Buffer.from(html, 'utf8'));
    return outFile;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Builds into a temporary sibling folder and swaps it in, so a failed build never leaves a half-written deck. */
export async function buildDeck(request: BuildRequest): Promise<void> {
  const outDir = path.resolve(request.cwd, request.outDir);
  const shown = path.relative(request.cwd, outDir) || outDir;
  const project = request.project ?? (await loadProject(request.cwd, 'build'));
  const deckDir = request.deckDir ?? projectDeck(project, [], request.cwd).path;
  const keep = [request.cwd, project.root, deckFolderOf(deckDir), KIT_ROOT];
  const clash = keep.find((dir) => isSameOrInside(dir, outDir));
  if (clash) {
    const what = clash === request.cwd || clash === project.root ? 'the project folder' : clash === KIT_ROOT ? 'briefdeck’s own folder' : 'the deck folder';
    throw new UsageError(`--out ${request.outDir} would replace ${what} (${path.relative(request.cwd, clash) || '.'}): a build empties its output folder; choose a folder of its own, e.g. --out dist`);
  }
  if ((await stat(outDir).catch(() => undefined))?.isFile()) throw new UsageError(`the output ${shown} is a file, not a folder; choose a folder, e.g. --out dist`);
  await mkdir(path.dirname(outDir), { recursive: true }).catch((error: unknown) => {
    throw new Error(`cannot create the output folder ${shown}: ${fsReason(error)}; choose another folder with --out`);
  });
  const staging = `${outDir}.partial-${process.pid}`;
  try {
    const { base = './', overrides, logger, singleChunk } = request;
    const config = await viteConfigFor({ command: 'build', cwd: request.cwd, project, outDir: staging, deckDir, ...(base ? { base } : {}), ...(overrides ? { overrides } : {}), ...(logger ? { logger } : {}), ...(singleChunk ? { singleChunk } : {}) });
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
      const written = await buildSingleFile({ cwd: io.cwd, outFile, project, deckDir });
      io.out(`Built ${path.relative(io.cwd, written) || written} in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    const outDir = flags.out ?? defaultOutDir(project);
    await buildDeck({ cwd: io.cwd, outDir, project, deckDir, ...(flags.base ? { base: flags.base } : {}) });
    io.out(`Built ${path.relative(io.cwd, path.resolve(io.cwd, outDir)) || outDir}/ in ${Math.round(performance.now() - started)} ms`);
    return 0;
  },
};
