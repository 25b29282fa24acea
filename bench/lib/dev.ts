// Dev server figures: process start → first HTTP 200 of `/` and → first slide in a browser; hot update of one slide → visible in place.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { figure, unavailable, type FigureResult } from './figures.js';
import { openMeasured, pageClockOffset } from './page-metrics.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const nodeEpoch = (): number => performance.timeOrigin + performance.now();

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  url: string;
  /** Node epoch ms when the process was spawned. */
  spawnedAt: number;
  /** Spawn → first HTTP 200 of `/`. */
  http200Ms: number;
  /** Spawn → the port accepted the request that got the 200 (±10 ms polling): the rest is rendering the page. */
  listeningMs: number;
  stop(): Promise<void>;
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!gone) {
    signal('SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
}

/** `node bin/briefdeck.js dev DIR --port P` in its own process group; resolves at the first 200 of `/`. */
export async function startDevServer(kitRoot: string, deckDir: string, timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const url = `http://localhost:${port}/`;
  const spawnedAt = nodeEpoch();
  const child = spawn(process.execPath, [path.join(kitRoot, 'bin/briefdeck.js'), 'dev', deckDir, '--port', String(port)], {
    cwd: kitRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const server: DevServer = { url, spawnedAt, http200Ms: Number.NaN, listeningMs: Number.NaN, stop: () => stopProcessGroup(child) };
  try {
    while (nodeEpoch() - spawnedAt < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`the dev server exited (${child.exitCode}): ${output.join('').trim().split('\n').slice(-2).join(' | ')}`);
      const attempt = nodeEpoch();
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        if (response.status === 200) {
          server.http200Ms = nodeEpoch() - spawnedAt;
          server.listeningMs = attempt - spawnedAt;
          return server;
        }
      } catch {
        // Not listening yet.
      }
      await sleep(10);
    }
    throw new Error(`no HTTP 200 from ${url} within ${timeoutMs} ms`);
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export interface DevStartRun {
  http200Ms: number;
  listeningMs: number;
  firstSlideMs: number;
  readyMs: number;
}

/** Start → 200, then a fresh browser context opens the deck: start → first slide visible and → ready, on one clock. */
export async function devStartRun(kitRoot: string, deckDir: string, browser: Browser): Promise<DevStartRun> {
  const server = await startDevServer(kitRoot, deckDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    const marks = await openMeasured(page, server.url);
    const offset = await pageClockOffset(page);
    const toNode = (pageMs: number): number => marks.timeOrigin + pageMs - offset - server.spawnedAt;
    return { http200Ms: server.http200Ms, listeningMs: server.listeningMs, firstSlideMs: toNode(marks.firstSlide), readyMs: toNode(marks.ready) };
  } finally {
    await context.close();
    await server.stop();
  }
}

export async function measureDevStart(kitRoot: string, deckDir: string, browser: Browser, runs: number, log: (line: string) => void): Promise<FigureResult[]> {
  const results: DevStartRun[] = [];
  const failures: string[] = [];
  // One start first, uncounted: after an edit of the kit it compiles the CLI, and on a deck it has not served it stores
  // the first pages. Those are the caches the figures are for (issue 18: warm caches); its failure shows in the runs.
  const warmUp = await devStartRun(kitRoot, deckDir, browser).catch(() => undefined);
  if (warmUp) log(`    warm-up start (not counted): → 200 ${warmUp.http200Ms.toFixed(0)} ms, → first slide ${warmUp.firstSlideMs.toFixed(0)} ms`);
  for (let i = 0; i < runs; i++) {
    try {
      const run = await devStartRun(kitRoot, deckDir, browser);
      results.push(run);
      log(`    start → listening ${run.listeningMs.toFixed(0)} ms, → 200 ${run.http200Ms.toFixed(0)} ms, → first slide ${run.firstSlideMs.toFixed(0)} ms, → ready ${run.readyMs.toFixed(0)} ms`);
    } catch (error) {
      failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
      log(`    dev start failed: ${failures.at(-1)}`);
    }
  }
  const reason = failures[0] ?? 'no run';
  if (results.length === 0) {
    return [
      unavailable('dev.http200', 'dev: process start → first HTTP 200 of /', 'ms', reason),
      unavailable('dev.firstSlide', 'dev: process start → first slide visible', 'ms', reason),
    ];
  }
  return [
    figure('dev.http200', 'dev: process start → first HTTP 200 of /', 'ms', results.map((r) => r.http200Ms)),
    figure('dev.listening', '  of which start → port listening', 'ms', results.map((r) => r.listeningMs)),
    figure('dev.firstSlide', 'dev: process start → first slide visible', 'ms', results.map((r) => r.firstSlideMs)),
    figure('dev.ready', 'dev: process start → Reveal ready', 'ms', results.map((r) => r.readyMs)),
  ];
}

/** Inserts a paragraph after the first heading at or below `startLine` (1-based): a visible edit that keeps the slide id. */
export function insertAfterHeading(text: string, startLine: number, paragraph: string): string {
  const lines = text.split('\n');
  const heading = lines.findIndex((line, index) => index >= startLine - 1 && /^ {0,3}#{1,6}\s/.test(line));
  if (heading === -1) throw new Error(`no heading at or below line ${startLine}`);
  return [...lines.slice(0, heading + 1), '', paragraph, ...lines.slice(heading + 1)].join('\n');
}

function watchScript(slideId: string, token: string): string {
  return `(() => {
    const id = ${JSON.stringify(slideId)};
    const token = ${JSON.stringify(token)};
    const state = { done: undefined };
    window.__briefdeckHmr = state;
    const observer = new MutationObserver(() => {
      const section = document.getElementById(id);
      if (state.done !== undefined || !section || !section.textContent.includes(token)) return;
      observer.disconnect();
      state.seen = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => { state.done = performance.timeOrigin + performance.now(); });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`;
}

export interface HmrRun {
  /** Write → the new text painted in the page. */
  ms: number;
  /** Write → Vite's HMR message reached the page's websocket (server side: watcher, recompile, module invalidation). */
  serverMs?: number;
  /** Write → the new text in the DOM (before paint). */
  patchedMs: number;
  keptSlide: boolean;
  noReload: boolean;
}

interface SlidePosition {
  id: string;
  /** The file's name inside the deck folder (deck files sit directly in it). */
  fileName: string;
  line: number;
}

async function currentSlide(page: Page): Promise<SlidePosition> {
  const raw: unknown = await page.evaluate(`(() => {
    const id = window.Reveal.getCurrentSlide().id;
    const entry = window.briefdeck.slideIndex.find((slide) => slide.id === id);
    return { id, source: entry ? entry.source : '' };
  })()`);
  if (typeof raw !== 'object' || raw === null) throw new Error('no current slide');
  const { id, source }: { id?: unknown; source?: unknown } = raw;
  const colon = typeof source === 'string' ? source.lastIndexOf(':') : -1;
  const line = typeof source === 'string' ? Number(source.slice(colon + 1)) : Number.NaN;
  if (typeof id !== 'string' || !id || typeof source !== 'string' || colon <= 0 || !Number.isFinite(line)) throw new Error('the current slide has no id or source line');
  return { id, fileName: path.basename(source.slice(0, colon)), line };
}

/**
 * Opens the dev deck, moves to the third slide, sets a marker on window, then `edits` times writes a new
 * paragraph into that slide's file and times write → the paragraph painted in the open page (one clock).
 * Each edit checks that the slide stayed current and that the marker survived (no reload).
 */
export async function measureHmr(kitRoot: string, deckDir: string, browser: Browser, edits: number, log: (line: string) => void): Promise<{ runs: HmrRun[]; failures: string[] }> {
  const runs: HmrRun[] = [];
  const failures: string[] = [];
  const server = await startDevServer(kitRoot, deckDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
  let restore: (() => Promise<void>) | undefined;
  try {
    const page = await context.newPage();
    const hmrMessages: number[] = [];
    page.on('websocket', (socket) =>
      socket.on('framereceived', (frame) => {
        if (typeof frame.payload === 'string' && /"type":"(update|full-reload)"|"event":"briefdeck:slides"/.test(frame.payload)) hmrMessages.push(nodeEpoch());
      }),
    );
    await openMeasured(page, server.url);
    await page.evaluate('window.Reveal.slide(2)');
    await sleep(500);
    const marker = `m-${process.pid}-${Date.now()}`;
    await page.evaluate(`window.__benchMarker = ${JSON.stringify(marker)}`);
    const slide = await currentSlide(page);
    const deckFile = path.join(deckDir, slide.fileName);
    const original = await readFile(deckFile, 'utf8');
    restore = () => writeFile(deckFile, original);
    for (let i = 1; i <= edits; i++) {
      const token = `Bench edit ${i} at ${Date.now()}`;
      const edited = insertAfterHeading(original, slide.line, token);
      await page.evaluate(watchScript(slide.id, token));
      const offset = await pageClockOffset(page);
      const written = nodeEpoch();
      await writeFile(deckFile, edited);
      try {
        await page.waitForFunction(`(window.__briefdeckHmr !== undefined && window.__briefdeckHmr.done !== undefined) || window.__benchMarker === undefined`, null, { timeout: 15_000 });
      } catch {
        failures.push(`edit ${i}: the change did not appear within 15 s`);
        continue;
      }
      const state: unknown = await page.evaluate(
        `({ done: window.__briefdeckHmr ? window.__briefdeckHmr.done : undefined, seen: window.__briefdeckHmr ? window.__briefdeckHmr.seen : undefined, marker: window.__benchMarker, id: window.Reveal.getCurrentSlide().id })`,
      );
      const { done, seen, marker: seenMarker, id }: { done?: unknown; seen?: unknown; marker?: unknown; id?: unknown } = typeof state === 'object' && state !== null ? state : {};
      const noReload = seenMarker === marker;
      const keptSlide = id === slide.id;
      if (typeof done !== 'number' || typeof seen !== 'number' || !noReload) {
        failures.push(`edit ${i}: the page reloaded instead of updating in place`);
        continue;
      }
      const message = hmrMessages.find((t) => t >= written);
      const run: HmrRun = { ms: done - offset - written, patchedMs: seen - offset - written, keptSlide, noReload, ...(message !== undefined ? { serverMs: message - written } : {}) };
      runs.push(run);
      log(`    edit ${i}: visible in ${run.ms.toFixed(1)} ms (HMR message at ${run.serverMs?.toFixed(1) ?? '?'} ms, DOM patched at ${run.patchedMs.toFixed(1)} ms), slide kept: ${keptSlide}, no reload: ${noReload}`);
      await sleep(500);
    }
  } finally {
    await restore?.();
    await context.close();
    await server.stop();
  }
  return { runs, failures };
}

export function hmrFigures(result: { runs: HmrRun[]; failures: string[] }): FigureResult[] {
  const label = 'HMR: slide file written → change visible in place';
  if (result.runs.length === 0) return [unavailable('hmr.inPlace', label, 'ms', result.failures[0] ?? 'no run')];
  const lost = result.runs.filter((r) => !r.keptSlide).length;
  const note = [lost > 0 ? `current slide lost in ${lost} run(s)` : 'current slide kept, no reload', ...result.failures].join('; ');
  const server = result.runs.flatMap((r) => (r.serverMs !== undefined ? [r.serverMs] : []));
  return [
    figure('hmr.inPlace', label, 'ms', result.runs.map((r) => r.ms), note),
    ...(server.length > 0 ? [figure('hmr.server', '  of which write → HMR message at the page', 'ms', server)] : []),
  ];
}
