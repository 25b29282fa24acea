// An export session: the deck built (or an existing build), served on loopback, and a browser; always cleaned up.

import { rmSync } from 'node:fs';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, requireChromium, type ChromiumEnv } from '../browser/chromium.js';
import { exitOnInterrupt, removeOnExit } from '../io/interrupt.js';
import { deckFolderOf, isSingleFileDeck } from '../io/load-deck.js';
import { serveStatic, type StaticServer } from '../serve/static-server.js';
import type { Project } from '../site/vite-config.js';
import type { ExportContext, Progress } from './types.js';

export interface SessionRequest {
  /** Project folder: relative paths and the Vite config are resolved from it. */
  cwd: string;
  /** The deck folder to build (absolute); unused with `distDir` (the build carries the deck's metadata). */
  deckDir: string;
  /** An existing build to export instead of building (must hold index.html). */
  distDir?: string;
  /** The project's own build, found up to date with the deck (see src/site/build-stamp.ts): served instead of building. */
  upToDate?: string;
  /** The page to export, relative to the build's root: '' (the deck) or `briefings/<name>/`. */
  pagePath?: string;
  /** The project as the command already loaded it, so building does not load its config a second time. */
  project?: Project;
  env: ChromiumEnv;
  progress: Progress;
}

/**
 * Runs `work` with a served deck and a browser. Fails fast when there is no Chromium (before building);
 * builds into a temporary folder while the browser starts; closes the browser and server and removes the
 * temporary build whatever happens.
 */
export async function withExportSession<T>(request: SessionRequest, work: (context: ExportContext) => Promise<T>): Promise<T> {
  const executablePath = requireChromium(request.env);
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let tempDir: string | undefined;
  let keepOnExit: (() => void) | undefined;
  // Ctrl-C: one line, then exit; exit handlers kill the browser and remove the temporary build.
  const keepInterrupt = exitOnInterrupt('export', request.progress);
  try {
    let root: string;
    if (request.distDir) {
      root = path.resolve(request.cwd, request.distDir);
      await assertBuild(root, request.distDir);
      browser = await launchChromium({ executablePath });
    } else if (request.upToDate) {
      root = request.upToDate;
      request.progress(`using ${path.relative(request.cwd, root) || '.'}/, built from the deck as it is now`);
      browser = await launchChromium({ executablePath });
    } else {
      tempDir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-export-'));
      // An exit before `finally` is done (Ctrl-C) removes the build too.
      const made = tempDir;
      keepOnExit = removeOnExit(() => rmSync(made, { recursive: true, force: true }));
      root = path.join(tempDir, 'dist');
      request.progress(`building ${path.relative(request.cwd, request.deckDir) || '.'}${isSingleFileDeck(request.deckDir) ? '' : '/'} …`);
      // Loaded only when building: Vite is a large import that exporting an existing build does not need.
      const { buildDeck } = await import('../site/build-deck.js');
      const launching = launchChromium({ executablePath });
      const [built, launched] = await Promise.allSettled([buildDeck({ cwd: request.cwd, deckDir: request.deckDir, outDir: root, base: './', ...(request.project ? { project: request.project } : {}) }), launching]);
      if (launched.status === 'fulfilled') browser = launched.value;
      if (built.status === 'rejected') throw built.reason;
      if (launched.status === 'rejected') throw launched.reason;
    }
    const pagePath = request.pagePath ?? '';
    if (pagePath !== '') await assertPage(root, pagePath);
    server = await serveStatic(root);
    if (!browser) throw new Error('the browser did not start');
    const deckFolder = path.relative(request.cwd, deckFolderOf(request.deckDir));
    return await work({ browser, url: `${server.url}${pagePath}`, progress: request.progress, deckFolder });
  } finally {
    await Promise.allSettled([browser?.close(), server?.close()]);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    keepOnExit?.();
    keepInterrupt();
  }
}

/** A briefing page exists in the build, or the error lists the briefings that do. */
async function assertPage(root: string, pagePath: string): Promise<void> {
  try {
    await access(path.join(root, pagePath, 'index.html'));
  } catch {
    const known = await readdir(path.join(root, 'briefings')).catch(() => [] as string[]);
    const name = pagePath.replace(/^briefings\/|\/$/g, '');
    throw new Error(`the deck has no briefing "${name}"; ${known.length > 0 ? `its briefings: ${known.sort().join(', ')}` : 'it has no slides/briefings/*.yaml'}`);
  }
}

async function assertBuild(root: string, given: string): Promise<void> {
  try {
    await access(path.join(root, 'index.html'));
  } catch {
    throw new Error(`--dist ${given} is not a built deck (no index.html); run \`briefdeck build --out ${given}\` first, or leave out --dist`);
  }
}
