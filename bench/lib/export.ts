// PDF export figures: whole-process `briefdeck export pdf` time (without --dist: a second export of the unchanged deck, and the
// first one that built it), pages per second and peak RSS; "not available" until the command exists.

import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { figure, unavailable, type FigureResult } from './figures.js';
import { failureReason, runTimed, type RssMethod } from './process.js';

/** Undefined when `briefdeck export --help` works; otherwise why the PDF figures are not available. */
export async function exportUnavailableReason(kitRoot: string, rss: RssMethod): Promise<string | undefined> {
  const run = await runTimed(process.execPath, [path.join(kitRoot, 'bin/briefdeck.js'), 'export', '--help'], { cwd: kitRoot, timeoutMs: 60_000 }, rss);
  if (run.exitCode === 0 && /export/.test(run.stdout)) return undefined;
  return /unknown command/.test(run.stderr) ? '`briefdeck export` is not registered yet' : `\`briefdeck export --help\` failed (${failureReason(run)})`;
}

export interface ExportTarget {
  deck: string;
  deckLabel: string;
  deckDir: string;
  /** Export this existing build (`--dist`) instead of building the deck first. */
  distDir?: string;
  outFile: string;
  /** A run taking longer is stopped and reported as timed out. */
  timeoutMs: number;
}

export interface ExportRun {
  ms: number;
  pages: number;
  maxRssMb?: number;
}

async function pageCount(file: string): Promise<number> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  return document.getPageCount();
}

export interface ExportSeries {
  runs: ExportRun[];
  /** Without --dist: the first export of the deck (it builds, and keeps the build the counted runs then serve). */
  first?: ExportRun;
  failures: string[];
}

/**
 * `runs` timed exports. Without --dist one more comes first, uncounted in `runs`: the deck's first export, which
 * builds it; the counted ones are what a user gets exporting the unchanged deck again.
 */
export async function measureExport(kitRoot: string, target: ExportTarget, runs: number, rss: RssMethod, log: (line: string) => void): Promise<ExportSeries> {
  const results: ExportRun[] = [];
  const failures: string[] = [];
  let first: ExportRun | undefined;
  const args = [path.join(kitRoot, 'bin/briefdeck.js'), 'export', 'pdf', target.deckDir, '--out', target.outFile, ...(target.distDir ? ['--dist', target.distDir] : [])];
  const firstRun = target.distDir ? 0 : -1;
  for (let i = firstRun; i < runs; i++) {
    await rm(target.outFile, { force: true });
    const run = await runTimed(process.execPath, args, { cwd: kitRoot, timeoutMs: target.timeoutMs }, rss);
    if (run.exitCode !== 0) {
      failures.push(run.timedOut ? `timed out after ${Math.round(target.timeoutMs / 1000)} s` : failureReason(run));
      log(`    export failed: ${failures.at(-1)}`);
      continue;
    }
    const pages = await pageCount(target.outFile).catch(() => 0);
    const measured = { ms: run.ms, pages, ...(run.maxRssMb !== undefined ? { maxRssMb: run.maxRssMb } : {}) };
    if (i < 0) first = measured;
    else results.push(measured);
    log(`    export ${Math.round(run.ms)} ms, ${pages} pages (${run.maxRssMb?.toFixed(0) ?? '?'} MB)${i < 0 ? ' — the first export: builds the deck and keeps the build' : ''}`);
  }
  return { runs: results, failures, ...(first ? { first } : {}) };
}

export function exportFigures(target: Pick<ExportTarget, 'deck' | 'deckLabel' | 'distDir'>, result: ExportSeries | string): FigureResult[] {
  const how = target.distDir ? 'export pdf --dist (prebuilt)' : 'export pdf, deck unchanged since its last export';
  const firstKey = [`export.${target.deck}.firstExport`, `  first export pdf (build + export) — ${target.deckLabel}`] as const;
  const keys = {
    ms: [`export.${target.deck}.ms`, `${how} — ${target.deckLabel}`],
    pps: [`export.${target.deck}.pagesPerSecond`, `  pages per second — ${target.deckLabel}`],
    rss: [`export.${target.deck}.rss`, `export peak RSS — ${target.deckLabel}`],
  } as const;
  const reason = typeof result === 'string' ? result : result.failures[0] ?? 'no run';
  const first = target.distDir ? [] : [typeof result !== 'string' && result.first ? figure(firstKey[0], firstKey[1], 'ms', [result.first.ms]) : unavailable(firstKey[0], firstKey[1], 'ms', reason)];
  if (typeof result === 'string' || result.runs.length === 0) {
    return [unavailable(keys.ms[0], keys.ms[1], 'ms', reason), ...first, unavailable(keys.pps[0], keys.pps[1], 'pages/s', reason), unavailable(keys.rss[0], keys.rss[1], 'MB', reason)];
  }
  const pages = Math.max(...result.runs.map((r) => r.pages));
  const rssRuns = result.runs.flatMap((r) => (r.maxRssMb !== undefined ? [r.maxRssMb] : []));
  return [
    figure(keys.ms[0], keys.ms[1], 'ms', result.runs.map((r) => r.ms), `${pages} pages`),
    ...first,
    figure(keys.pps[0], keys.pps[1], 'pages/s', result.runs.map((r) => (r.pages / r.ms) * 1000)),
    rssRuns.length > 0 ? figure(keys.rss[0], keys.rss[1], 'MB', rssRuns) : unavailable(keys.rss[0], keys.rss[1], 'MB', 'not measured'),
  ];
}
