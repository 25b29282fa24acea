// An export session: the deck built (or an existing build), served on loopback, and a browser; always cleaned up.

import { rmSync } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { LaunchingBrowser } from '../browser/chromium.js';
import { exitOnInterrupt, removeOnExit } from '../io/interrupt.js';
import { deckFolderOf, isSingleFileDeck } from '../io/load-deck.js';
import { serveStatic, type StaticServer } from '../serve/static-server.js';
import type { Project } from '../site/vite-config.js';
import { watchBrowser } from './browser-watch.js';
import type { PageSource } from './deck-page.js';
import { pruneBuilds, touchBuild } from './last-build.js';
import { recordProject } from './project-record.js';
import type { ExportContext, Progress } from './types.js';

export interface SessionRequest {
  /** Project folder: relative paths and the Vite config are resolved from it. */
  cwd: string;
  /** The deck folder to build (absolute); unused with `distDir` (the build carries the deck's metadata). */
  deckDir: string;
  /** An existing build to export instead of building (must hold index.html). */
  distDir?: string;
  /** A build found up to date with the deck (see src/site/build-stamp.ts): served instead of building. */
  upToDate?: string;
  /** Where to build when nothing is up to date (the deck's kept build, see last-build.ts); a temporary folder when absent. */
  buildDir?: string;
  /** The page to export, relative to the build's root: '' (the deck) or `briefings/<name>/`. */
  pagePath?: string;
  /** The project as the command already loaded it, so building does not load its config a second time. */
  project?: Project;
  /** The browser, launched by the command as soon as it knew it would export (see withBrowserStarted in src/cli/commands/export.ts); closed here. */
  browser: LaunchingBrowser;
  /** The options of the first page the export opens (its view of the deck): it is opened as soon as the browser is up. */
  firstPage?: BrowserContextOptions;
  progress: Progress;
}

/**
 * Runs `work` with a served deck and the browser. Builds (into `buildDir`, else a temporary folder) while the browser
 * starts, unless a build is given or up to date; closes the browser and server and removes a temporary build whatever happens.
 */
export async function withExportSession<T>(request: SessionRequest, work: (context: ExportContext) => Promise<T>): Promise<T> {
  let server: StaticServer | undefined;
  let tempDir: string | undefined;
  let keepOnExit: (() => void) | undefined;
  // Ctrl-C: one line, then exit; exit handlers kill the browser and remove the temporary build.
  const keepInterrupt = exitOnInterrupt('export', request.progress);
  // Opening a page (a browser context and its renderer) takes a few hundred milliseconds: done while the deck builds.
  const ahead = request.firstPage ? request.browser.ready.then((browser) => browser.newPage(request.firstPage)) : undefined;
  ahead?.catch(() => undefined);
  try {
    let root: string;
    if (request.distDir) {
      root = path.resolve(request.cwd, request.distDir);
      await assertBuild(root, request.distDir);
    } else if (request.upToDate) {
      root = request.upToDate;
      request.progress(request.upToDate === request.buildDir
        ? `using the build of ${shownDeck(request)} from the last export: nothing it is made from has changed since`
        : `using ${path.relative(request.cwd, root) || '.'}/, built from the deck as it is now`);
      await touchBuild(root);
    } else {
      // The kept build goes into briefdeck's cache; a cache that cannot be written to (a read-only install) builds into a temporary folder.
      const keep = request.buildDir !== undefined && (await mkdir(path.dirname(request.buildDir), { recursive: true }).then(() => true, () => false)) ? request.buildDir : undefined;
      if (keep) {
        root = keep;
      } else {
        tempDir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-export-'));
        // An exit before `finally` is done (Ctrl-C) removes the build too.
        const made = tempDir;
        keepOnExit = removeOnExit(() => rmSync(made, { recursive: true, force: true }));
        root = path.join(tempDir, 'dist');
      }
      request.progress(`building ${shownDeck(request)} …`);
      // Loaded only when building: Vite is a large import that exporting an existing build does not need.
      const { buildDeck } = await import('../site/build-deck.js');
      await buildDeck({ cwd: request.cwd, deckDir: request.deckDir, outDir: root, base: './', ...(request.project ? { project: request.project } : {}) });
      if (keep) {
        if (request.project) await recordProject(keep, request.project);
        await pruneBuilds(keep);
      }
    }
    const pagePath = request.pagePath ?? '';
    if (pagePath !== '') await assertPage(root, pagePath);
    const [browser, served] = await Promise.all([request.browser.ready, serveStatic(root)]);
    server = served;
    const deckFolder = path.relative(request.cwd, deckFolderOf(request.deckDir));
    const watch = watchBrowser(browser, ahead && request.firstPage ? pageAhead(browser, ahead, request.firstPage) : browser);
    const releaseBrowser = (): void => {
      watch.release();
      void request.browser.close();
    };
    return await watch.run(work({ browser, pages: watch.pages, url: `${server.url}${pagePath}`, progress: request.progress, deckFolder, releaseBrowser }));
  } finally {
    await Promise.allSettled([request.browser.close(), server?.close()]);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    keepOnExit?.();
    keepInterrupt();
  }
}

/** The browser's pages, the first asked for with `options` being the one opened ahead (unused, it closes with the browser). */
function pageAhead(browser: Browser, ahead: Promise<Page>, options: BrowserContextOptions): PageSource {
  let waiting: Promise<Page> | undefined = ahead;
  return {
    newPage(wanted) {
      if (!waiting || JSON.stringify(wanted) !== JSON.stringify(options)) return browser.newPage(wanted);
      const page = waiting;
      waiting = undefined;
      return page;
    },
  };
}

function shownDeck(request: Pick<SessionRequest, 'cwd' | 'deckDir'>): string {
  return `${path.relative(request.cwd, request.deckDir) || '.'}${isSingleFileDeck(request.deckDir) ? '' : '/'}`;
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
