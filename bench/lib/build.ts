// Build timing: cold (fresh diagram and client caches) and warm builds of a deck as whole processes, via a bundled buildDeck() child.

import { mkdir, mkdtemp, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
// @ts-expect-error -- the CLI's bundler script is plain JavaScript without declarations
import { CLI_BUNDLE_OPTIONS } from '../../bin/compile-cli.js';
import { figure, unavailable, type FigureResult } from './figures.js';
import { failureReason, runTimed, type ProcessRun, type RssMethod } from './process.js';

export interface BuildChild {
  /** The bundled child script (under node_modules/.cache so the kit finds its own folder and packages). */
  entry: string;
  dispose(): Promise<void>;
}

/**
 * Bundles bench/lib/build-child.ts like bin/compile-cli.js bundles the CLI (esbuild, packages external, the plugin as `vite.mjs`),
 * so a child build starts like `node bin/briefdeck.js build` does, without tsx in the way.
 */
export async function compileBuildChild(kitRoot: string): Promise<BuildChild> {
  const outDir = path.join(kitRoot, 'node_modules', '.cache', 'briefdeck-bench', `child-${process.pid}`);
  await mkdir(outDir, { recursive: true });
  const { build } = await import('esbuild');
  await build({
    // The plugin entry beside the child, as in the CLI: a project's `vite.config.ts` imports the running plugin from there.
    entryPoints: { 'build-child': path.join(kitRoot, 'bench/lib/build-child.ts'), vite: path.join(kitRoot, 'src/vite/index.ts') },
    outdir: outDir,
    ...CLI_BUNDLE_OPTIONS,
  });
  const dispose = async (): Promise<void> => {
    await rm(outDir, { recursive: true, force: true });
    await rmdir(path.dirname(outDir)).catch(() => undefined); // only when no other bench run is using it
  };
  return { entry: path.join(outDir, 'build-child.mjs'), dispose };
}

export interface BuildRun {
  ms: number;
  maxRssMb?: number;
  /** From the child: node boot + module load, and buildDeck() itself. */
  loadedMs?: number;
  buildMs?: number;
}

export interface BuildSeries {
  cold: BuildRun[];
  warm: BuildRun[];
  failures: string[];
}

export interface BuildTarget {
  kitRoot: string;
  deckDir: string;
  /** Where the last warm build is left (for page metrics and dist sizes). */
  outDir: string;
  workDir: string;
}

function childTimings(run: ProcessRun): { loadedMs?: number; buildMs?: number } {
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { loadedMs, buildMs }: { loadedMs?: unknown; buildMs?: unknown } = parsed;
    return { ...(typeof loadedMs === 'number' ? { loadedMs } : {}), ...(typeof buildMs === 'number' ? { buildMs } : {}) };
  } catch {
    return {};
  }
}

async function buildOnce(child: BuildChild, target: BuildTarget, cacheDir: string, rss: RssMethod): Promise<BuildRun | string> {
  const request = { cwd: target.kitRoot, deckDir: target.deckDir, outDir: target.outDir, cacheDir };
  const run = await runTimed(process.execPath, [child.entry, JSON.stringify(request)], { cwd: target.kitRoot, timeoutMs: 180_000 }, rss);
  if (run.exitCode !== 0) return failureReason(run);
  return { ms: run.ms, ...(run.maxRssMb !== undefined ? { maxRssMb: run.maxRssMb } : {}), ...childTimings(run) };
}

/**
 * `counts.cold` cold builds, each into a fresh, empty cache folder (diagrams and the client bundle); then `counts.warm` warm builds
 * from the cache the first cold build filled (the last of them leaves its output in `target.outDir`).
 */
export async function measureBuilds(child: BuildChild, target: BuildTarget, counts: { cold: number; warm: number }, rss: RssMethod, log: (line: string) => void): Promise<BuildSeries> {
  const series: BuildSeries = { cold: [], warm: [], failures: [] };
  const caches: string[] = [];
  const record = (kind: 'cold' | 'warm', outcome: BuildRun | string): boolean => {
    if (typeof outcome === 'string') {
      series.failures.push(`${kind}: ${outcome}`);
      log(`    ${kind} build failed: ${outcome}`);
      return false;
    }
    series[kind].push(outcome);
    log(`    ${kind} build ${Math.round(outcome.ms)} ms (${outcome.maxRssMb?.toFixed(0) ?? '?'} MB)`);
    return true;
  };
  let warmCache: string | undefined;
  try {
    for (let i = 0; i < Math.max(1, counts.cold); i++) {
      const cacheDir = await mkdtemp(path.join(target.workDir, 'diagram-cache-'));
      caches.push(cacheDir);
      if (record('cold', await buildOnce(child, target, cacheDir, rss))) warmCache ??= cacheDir;
    }
    // A warm build needs a cache that a cold build filled; without one it would be another cold build.
    if (warmCache === undefined) series.failures.push('warm: skipped, no cold build succeeded');
    else for (let i = 0; i < counts.warm; i++) record('warm', await buildOnce(child, target, warmCache, rss));
  } finally {
    await Promise.all(caches.map((dir) => rm(dir, { recursive: true, force: true })));
  }
  return series;
}

/** Figures for one deck's build series: cold, warm, peak RSS and the share spent before buildDeck() starts. */
export function buildFigures(deck: string, deckLabel: string, series: BuildSeries): FigureResult[] {
  const reason = series.failures[0] ?? 'no successful run';
  const ms = (runs: BuildRun[]): number[] => runs.map((r) => r.ms);
  const rssRuns = [...series.cold, ...series.warm].flatMap((r) => (r.maxRssMb !== undefined ? [r.maxRssMb] : []));
  const loaded = series.warm.flatMap((r) => (r.loadedMs !== undefined ? [r.loadedMs] : []));
  const results: FigureResult[] = [
    series.cold.length > 0 ? figure(`build.${deck}.cold`, `build, cold diagram cache — ${deckLabel}`, 'ms', ms(series.cold)) : unavailable(`build.${deck}.cold`, `build, cold diagram cache — ${deckLabel}`, 'ms', reason),
    series.warm.length > 0 ? figure(`build.${deck}.warm`, `build, warm diagram cache — ${deckLabel}`, 'ms', ms(series.warm)) : unavailable(`build.${deck}.warm`, `build, warm diagram cache — ${deckLabel}`, 'ms', reason),
    rssRuns.length > 0 ? figure(`build.${deck}.rss`, `build peak RSS — ${deckLabel}`, 'MB', rssRuns) : unavailable(`build.${deck}.rss`, `build peak RSS — ${deckLabel}`, 'MB', 'not measured'),
  ];
  if (loaded.length > 0) results.push(figure(`build.${deck}.startup`, `  of which node + module load (warm) — ${deckLabel}`, 'ms', loaded));
  return results;
}

/** The real CLI, `node bin/briefdeck.js build DIR --out X`, with the kit's own (shared) diagram cache. */
export async function measureCliBuild(kitRoot: string, deckDir: string, outDir: string, runs: number, rss: RssMethod, log: (line: string) => void): Promise<FigureResult> {
  const key = 'build.shipped.cli';
  const label = 'build via `briefdeck build` (kit cache) — shipped deck';
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runTimed(process.execPath, [path.join(kitRoot, 'bin/briefdeck.js'), 'build', deckDir, '--out', outDir], { cwd: kitRoot, timeoutMs: 180_000 }, rss);
    if (run.exitCode !== 0) {
      log(`    CLI build failed: ${failureReason(run)}`);
      return unavailable(key, label, 'ms', failureReason(run));
    }
    times.push(run.ms);
    log(`    CLI build ${Math.round(run.ms)} ms`);
  }
  return figure(key, label, 'ms', times);
}

/** `node bin/briefdeck.js --help`: the fixed cost of starting the CLI (node, source stamp, module load). */
export async function measureCliStartup(kitRoot: string, runs: number, rss: RssMethod): Promise<FigureResult> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runTimed(process.execPath, [path.join(kitRoot, 'bin/briefdeck.js'), '--help'], { cwd: kitRoot, timeoutMs: 60_000 }, rss);
    if (run.exitCode === 0) times.push(run.ms);
  }
  return figure('cli.startup', 'CLI start-up (`briefdeck --help`)', 'ms', times);
}
