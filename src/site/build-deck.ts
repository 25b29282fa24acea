// Builds a deck into a static folder: staged beside the target and swapped in whole, under a lock.

import { rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { uniqueSibling, withPathLock } from '../io/folder-lock.js';
import { asOutputWriteError, fileSystemReason } from '../io/fs-errors.js';
import { removeOnExit } from '../io/interrupt.js';
import { guardOutput, markOutput } from '../io/output-guard.js';
import { buildStamp, kitFingerprint, projectStampInputs, writeBuildStamp } from './build-stamp.js';
import { protectedFolders } from '../io/protected-folders.js';
import { findDeckBuildError } from '../vite/error-payload.js';
import { loadProject, viteConfigFor, type Project, type RunTarget } from './vite-config.js';

export interface BuildRequest {
  cwd: string;
  /** The deck folder or .md file (absolute, or relative to `cwd`). */
  deckDir: string;
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

/**
 * Starts loading Vite (most of a build's start-up) and hashing the kit's files (for the build stamp and the client cache)
 * without waiting for either: a command calls it before reading the project, whose config esbuild bundles in a process of
 * its own meanwhile. `buildDeck` then finds both done or under way.
 */
export function preloadBuild(): void {
  void import('vite').catch(() => undefined);
  void kitFingerprint().catch(() => undefined);
}

/**
 * Builds into a staging folder of its own and swaps it in under a lock, so a failed build never leaves a
 * half-written deck and concurrent builds into one folder each land whole. The output path is checked first.
 */
export async function buildDeck(request: BuildRequest): Promise<void> {
  const outDir = path.resolve(request.cwd, request.outDir);
  const deckDir = path.resolve(request.cwd, request.deckDir);
  const shown = path.relative(request.cwd, outDir) || outDir;
  if (!request.project) preloadBuild();
  const project = request.project ?? (await loadProject(request.cwd, 'build'));
  guardOutput({ target: outDir, kind: 'folder', flag: '--out', cwd: request.cwd, protect: await protectedFolders({ cwd: request.cwd, deckDir, project }), ...(request.force ? { force: true } : {}) });
  await mkdir(path.dirname(outDir), { recursive: true }).catch((error: unknown) => {
    throw new Error(`cannot create the output folder ${shown}: ${fsReason(error)}; choose another folder with --out`);
  });
  const staging = uniqueSibling(outDir, 'partial');
  const keepOnExit = removeOnExit(() => rmSync(staging, { recursive: true, force: true }));
  try {
    const { base = './', overrides, logger, singleChunk } = request;
    const config = await viteConfigFor({ command: 'build', cwd: request.cwd, project, outDir: staging, deckDir, ...(base ? { base } : {}), ...(overrides ? { overrides } : {}), ...(logger ? { logger } : {}), ...(singleChunk ? { singleChunk } : {}) });
    // Taken before building: an edit made while the build runs leaves the stamp stale, never the build.
    const inputs = projectStampInputs(project, deckDir, request.cwd, { base, ...(overrides ? { overrides } : {}), ...(singleChunk ? { singleChunk } : {}) });
    const stamp = buildStamp({ ...inputs, skip: [staging] }).catch(() => undefined);
    const { build } = await import('vite');
    await build(config);
    markOutput(staging);
    const taken = await stamp;
    if (taken !== undefined) await writeBuildStamp(staging, taken);
    await withPathLock(outDir, async () => {
      const aside = uniqueSibling(outDir, 'previous');
      await rename(outDir, aside).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
      await rename(staging, outDir);
      await rm(aside, { recursive: true, force: true });
    });
  } catch (error) {
    // A full or read-only disk, also when the bundler reports it with its own backtrace: one sentence naming --out.
    throw findDeckBuildError(error) ? error : asOutputWriteError(error, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    keepOnExit();
  }
}

function fsReason(error: unknown): string {
  return fileSystemReason(error) ?? (error instanceof Error ? error.message : String(error));
}
