// `npm run bench`: builds its own inputs, measures build, diagrams, bytes, page load, dev/HMR and PDF export, prints one table,
// writes bench/results.json and lists every figure over its budget in bench/budgets.json. Informs only: always exits 0.
// Options: --quick (one run of everything, for checking the bench itself); --only PATTERN (a regular expression over figure
// keys, e.g. `page\.s22\.|hmr`: measures only those figures and what they need, prints them, leaves results.json as it is).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser/chromium.js';
import { buildFigures, compileBuildChild, measureBuilds, measureCliBuild, measureCliStartup } from './lib/build.js';
import { compareBudgets, readBudgets, type Budget } from './lib/budgets.js';
import { folderSize } from './lib/bytes.js';
import { measureDevStart, measureHmr, hmrFigures } from './lib/dev.js';
import { measureDiagrams } from './lib/diagrams.js';
import { exportFigures, exportUnavailableReason, measureExport, type ExportTarget } from './lib/export.js';
import { measurePptxExport } from './lib/export-pptx.js';
import { figure, findFigure, ratio, unavailable, type FigureResult } from './lib/figures.js';
import { measureLongLines } from './lib/long-lines.js';
import { measurePageLoads, pageFigures, type PageLoad } from './lib/page-metrics.js';
import { describeRssMethod, detectRssMethod } from './lib/process.js';
import { machineInfo, writeResults } from './lib/results.js';
import { syntheticDeck } from './lib/synthetic-deck.js';
import { renderOverBudget, renderTable } from './lib/table.js';
import { copyShippedDeck, createWorkspace, writeSyntheticDeck, type BenchDeck } from './lib/workspace.js';

const KIT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface RunCounts {
  builds: { cold: number; warm: number };
  buildsLong: { cold: number; warm: number };
  cliBuilds: number;
  diagramRuns: number;
  pageLoads: number;
  pageLoadsLong: number;
  devStarts: number;
  hmrEdits: number;
  exports: number;
  exportsDist: number;
  exports220: number;
  longLines: number;
}

/** The last part of every figure key (`build.s22.warm`, `page.shipped.firstSlide`, `export.s22.dist.ms`, …). */
const FIGURE_NAMES = ['cold', 'warm', 'rss', 'startup', 'raw', 'gzip', 'bytesBeforeFirstSlide', 'bytesBeforeReady', 'firstSlide', 'ready', 'ms', 'firstExport', 'pagesPerSecond', 'http200', 'listening', 'inPlace', 'server'];

/** The scaling ratios (2,000- and 220-slide figures over 22-slide ones). */
const SCALING_KEYS = ['scaling.build.warm', 'scaling.build220.warm', 'scaling.build.cold', 'scaling.bytes.beforeFirstSlide', 'scaling.bytes.dist', 'scaling.firstSlide'];

const FULL: Readonly<RunCounts> = { builds: { cold: 2, warm: 3 }, buildsLong: { cold: 1, warm: 2 }, cliBuilds: 3, diagramRuns: 3, pageLoads: 5, pageLoadsLong: 3, devStarts: 3, hmrEdits: 5, exports: 3, exportsDist: 3, exports220: 1, longLines: 3 };
const QUICK: Readonly<RunCounts> = { builds: { cold: 1, warm: 1 }, buildsLong: { cold: 1, warm: 1 }, cliBuilds: 1, diagramRuns: 1, pageLoads: 1, pageLoadsLong: 1, devStarts: 1, hmrEdits: 2, exports: 1, exportsDist: 1, exports220: 1, longLines: 1 };

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** The load whose first-slide time is the median one, for the byte breakdown in results.json. */
function medianLoad(loads: readonly PageLoad[]): PageLoad | undefined {
  const sorted = [...loads].sort((a, b) => a.marks.firstSlide - b.marks.firstSlide);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `--only PATTERN`: which figure keys to measure; every key without it. */
function figureFilter(argv: readonly string[]): ((key: string) => boolean) | undefined {
  const at = argv.indexOf('--only');
  if (at === -1) return undefined;
  const source = argv[at + 1];
  if (source === undefined || source.startsWith('--')) throw new Error('--only needs a pattern over figure keys, e.g. --only "page\\.s22\\."');
  const pattern = new RegExp(source);
  return (key) => pattern.test(key);
}

async function main(): Promise<void> {
  const started = performance.now();
  const counts = process.argv.includes('--quick') ? QUICK : FULL;
  const only = figureFilter(process.argv);
  // A key ending in `.` stands for every figure of that family (`export.s22.` → `export.s22.ms`, …): a pattern that names one of them wants it.
  const wants = (...keys: string[]): boolean => only === undefined || keys.some((key) => only(key) || (key.endsWith('.') && FIGURE_NAMES.some((name) => only(`${key}${name}`))));
  // The ratios are keys of their own: a pattern naming one (e.g. `scaling\.build\.warm`) measures the figures it divides.
  const wantsScaling = wants(...SCALING_KEYS);
  const machine = machineInfo();
  const rss = detectRssMethod();
  const figures: FigureResult[] = [];
  const details: Record<string, unknown> = {};
  const workspace = await createWorkspace();
  log(`briefdeck bench — ${machine.cpus} cpus, node ${machine.node}, load ${machine.loadAverage.join(' ')}; work folder ${workspace.root}`);

  try {
    const shipped = await copyShippedDeck(KIT_ROOT, workspace);
    // The comparison decks: 22 slides (20 text + 2 diagrams), its 220-slide version, and 2,000 for scaling.
    const s22 = await writeSyntheticDeck(syntheticDeck(22, { diagramEvery: 11 }), workspace);
    const s220 = await writeSyntheticDeck(syntheticDeck(220, { diagramEvery: 11 }), workspace);
    const s2000 = await writeSyntheticDeck(syntheticDeck(2000, { diagramEvery: 11 }), workspace);
    const decks: BenchDeck[] = [shipped, s22, s220, s2000];

    if (wants('parse.longLine.worst')) {
      log('check: a 1 MB line of each shape');
      const longLines = await measureLongLines(workspace.root, counts.longLines, log);
      figures.push(longLines.figure);
      details['parse.longLine'] = longLines.perShape;
    }

    if (wants('cli.startup')) {
      log('CLI start-up');
      figures.push(await measureCliStartup(KIT_ROOT, counts.cliBuilds, rss));
    }

    // Builds: a bundled buildDeck() child per build; cold ones each with a fresh diagram cache folder.
    const built = new Set<string>();
    const child = await compileBuildChild(KIT_ROOT);
    try {
      for (const deck of decks) {
        // A page load or an export of the build needs the build; the scaling ratios need every synthetic deck's.
        if (!(wantsScaling && deck !== shipped) && !wants(`build.${deck.key}.`, `dist.${deck.key}.`, `page.${deck.key}.`, `export.${deck.key}.dist.`)) continue;
        log(`build: ${deck.label}`);
        const buildCounts = deck.slideCount > 100 ? counts.buildsLong : counts.builds;
        const series = await measureBuilds(child, { kitRoot: KIT_ROOT, deckDir: deck.dir, outDir: deck.distDir, workDir: workspace.root }, buildCounts, rss, log);
        figures.push(...buildFigures(deck.key, deck.label, series));
        details[`build.${deck.key}`] = series;
        if (series.warm.length > 0 || series.cold.length > 0) built.add(deck.key);
      }
    } finally {
      await child.dispose();
    }
    if (wants('build.shipped.cli')) {
      log('build: `briefdeck build` CLI, shipped deck');
      figures.push(await measureCliBuild(KIT_ROOT, shipped.dir, path.join(workspace.root, 'dist-cli'), counts.cliBuilds, rss, log));
    }

    if (wants('diagrams.20.cold', 'diagrams.20.cached')) {
      log('diagrams: 20 distinct, cold then cached');
      figures.push(...(await measureDiagrams(20, counts.diagramRuns, log)));
    }

    // Shipped bytes: every file of each build, raw and gzip.
    for (const deck of decks) {
      const rawKey = `dist.${deck.key}.raw`;
      const gzipKey = `dist.${deck.key}.gzip`;
      if (!wants(rawKey, gzipKey, 'scaling.bytes.dist')) continue;
      if (!built.has(deck.key)) {
        figures.push(unavailable(rawKey, `dist/ total, raw — ${deck.label}`, 'bytes', 'the build failed'), unavailable(gzipKey, `dist/ total, gzip — ${deck.label}`, 'bytes', 'the build failed'));
        continue;
      }
      const size = await folderSize(deck.distDir);
      figures.push(figure(rawKey, `dist/ total, raw — ${deck.label}`, 'bytes', [size.raw]), figure(gzipKey, `dist/ total, gzip — ${deck.label}`, 'bytes', [size.gzip]));
      details[`dist.${deck.key}`] = size.files;
    }

    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
    } catch (error) {
      log(`no browser: ${message(error)}`);
    }
    try {
      // Page load from a loopback static server, warm browser, fresh context (empty HTTP cache) per load.
      const { serveStatic } = await import('../src/serve/static-server.js');
      for (const deck of decks) {
        if (!wants(`page.${deck.key}.`, 'scaling.bytes.beforeFirstSlide', 'scaling.firstSlide')) continue;
        log(`page load: ${deck.label}`);
        if (!browser || !built.has(deck.key)) {
          figures.push(...pageFigures(deck.key, deck.label, [], [browser ? 'the build failed' : 'no Chromium']));
          continue;
        }
        const server = await serveStatic(deck.distDir);
        try {
          const { loads, failures } = await measurePageLoads(browser, server.url, deck.slideCount > 100 ? counts.pageLoadsLong : counts.pageLoads, log);
          figures.push(...pageFigures(deck.key, deck.label, loads, failures));
          const typical = medianLoad(loads);
          if (typical) details[`page.${deck.key}`] = { bytesBeforeFirstSlide: typical.firstSlideBytes, bytesBeforeReady: typical.bytes, marks: typical.marks, failures };
        } finally {
          await server.close();
        }
      }

      // Dev server and hot updates, on the copy of the shipped deck.
      if (browser && wants('dev.')) {
        log('dev server: start → 200 → first slide');
        figures.push(...(await measureDevStart(KIT_ROOT, shipped.dir, browser, counts.devStarts, log)));
      }
      if (browser && wants('hmr.')) {
        log('dev server: hot update of one slide');
        try {
          const hmr = await measureHmr(KIT_ROOT, shipped.dir, browser, counts.hmrEdits, log);
          figures.push(...hmrFigures(hmr));
          details['hmr'] = hmr;
        } catch (error) {
          figures.push(unavailable('hmr.inPlace', 'HMR: slide file written → change visible in place', 'ms', message(error)));
        }
      } else if (!browser && wants('dev.', 'hmr.')) {
        figures.push(unavailable('dev.http200', 'dev: process start → first HTTP 200 of /', 'ms', 'no Chromium'), unavailable('hmr.inPlace', 'HMR: slide file written → change visible in place', 'ms', 'no Chromium'));
      }
    } finally {
      await browser?.close();
    }

    // PDF export: the shipped and 22-slide decks as a user runs it (first export, then again unchanged), the synthetic decks from their builds (--dist).
    const exportTargets: ExportTarget[] = [
      { deck: shipped.key, deckLabel: shipped.label, deckDir: shipped.dir, outFile: path.join(workspace.root, 'shipped.pdf'), timeoutMs: 60_000 },
      { deck: s22.key, deckLabel: s22.label, deckDir: s22.dir, outFile: path.join(workspace.root, 's22.pdf'), timeoutMs: 60_000 },
      { deck: `${s22.key}.dist`, deckLabel: s22.label, deckDir: s22.dir, distDir: s22.distDir, outFile: path.join(workspace.root, 's22-dist.pdf'), timeoutMs: 60_000 },
      { deck: `${s220.key}.dist`, deckLabel: s220.label, deckDir: s220.dir, distDir: s220.distDir, outFile: path.join(workspace.root, 's220.pdf'), timeoutMs: 120_000 },
    ];
    const exportMissing = exportTargets.some((target) => wants(`export.${target.deck}.`)) ? await exportUnavailableReason(KIT_ROOT, rss) : undefined;
    for (const target of exportTargets) {
      if (!wants(`export.${target.deck}.`)) continue;
      log(`export pdf: ${target.deckLabel}`);
      if (exportMissing !== undefined || (target.distDir !== undefined && !built.has(target.deck.split('.')[0]!))) {
        figures.push(...exportFigures(target, exportMissing ?? 'the build failed'));
        continue;
      }
      const runs = target.distDir === s220.distDir ? counts.exports220 : target.distDir !== undefined ? counts.exportsDist : counts.exports;
      const result = await measureExport(KIT_ROOT, target, runs, rss, log);
      figures.push(...exportFigures(target, result));
    }

    if (wants('export.shipped.pptx')) {
      log('export pptx: shipped deck');
      figures.push(...(await measurePptxExport(KIT_ROOT, shipped.dir, path.join(workspace.root, 'shipped.pptx'), counts.exports, rss, log)));
    }

    // Scaling: 2,000-slide (and 220-slide) figures over 22-slide figures.
    const get = (key: string): FigureResult | undefined => findFigure(figures, key);
    const ratios = [
      ratio('scaling.build.warm', 'scaling 2000/22: build, warm cache', get('build.s2000.warm'), get('build.s22.warm')),
      ratio('scaling.build220.warm', 'scaling 220/22: build, warm cache', get('build.s220.warm'), get('build.s22.warm')),
      ratio('scaling.build.cold', 'scaling 2000/22: build, cold cache', get('build.s2000.cold'), get('build.s22.cold')),
      ratio('scaling.bytes.beforeFirstSlide', 'scaling 2000/22: bytes before first slide', get('page.s2000.bytesBeforeFirstSlide'), get('page.s22.bytesBeforeFirstSlide')),
      ratio('scaling.bytes.dist', 'scaling 2000/22: dist/ gzip', get('dist.s2000.gzip'), get('dist.s22.gzip')),
      ratio('scaling.firstSlide', 'scaling 2000/22: first slide visible', get('page.s2000.firstSlide'), get('page.s22.firstSlide')),
    ];
    figures.push(...ratios.filter((result) => wants(result.key)));
  } catch (error) {
    log(`bench stopped early: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await workspace.dispose();
  }

  let budgets: Budget[] = [];
  try {
    budgets = await readBudgets(path.join(KIT_ROOT, 'bench/budgets.json'));
  } catch (error) {
    log(`budgets: ${message(error)}`);
  }
  const checks = compareBudgets(figures, budgets.filter((budget) => wants(budget.figure)));
  const durationSeconds = (performance.now() - started) / 1000;

  console.log(`\nbriefdeck bench — ${new Date().toISOString()} — ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverage.join(' ')}\n`);
  console.log(renderTable(figures, checks));
  console.log(`\n${renderOverBudget(checks, figures)}`);
  const loadAtEnd = machineInfo().loadAverage;
  console.log(`\nMedians of the runs shown (n); KB = 1024 bytes; took ${durationSeconds.toFixed(0)} s; details in bench/results.json.`);
  if (Math.max(machine.loadAverage[0] ?? 0, loadAtEnd[0] ?? 0) > machine.cpus) {
    console.log(`Note: the machine was busy (1-minute load ${machine.loadAverage[0]} at start, ${loadAtEnd[0]} at end, on ${machine.cpus} cpus): times are inflated; compare runs made under similar load.`);
  }

  if (only !== undefined) {
    // A partial run: its details for diagnosis (byte breakdowns, marks), and results.json keeps the last full run.
    console.log(`\n${JSON.stringify(details, null, 1)}`);
    return;
  }
  await writeResults(path.join(KIT_ROOT, 'bench/results.json'), {
    date: new Date().toISOString(),
    durationSeconds,
    machine,
    loadAverageAtEnd: loadAtEnd,
    methods: {
      build: 'whole process: node runs an esbuild bundle of bench/lib/build-child.ts that calls buildDeck({ overrides: { diagrams: { cacheDir } } }) — the CLI has no cache-dir flag or env var; cold = fresh empty cache folder, warm = the same folder again',
      cliBuild: '`node bin/briefdeck.js build DIR --out X` with the kit\'s own diagram cache (warm for the shipped deck)',
      rss: describeRssMethod(rss),
      bytes: 'bodies of http(s) requests finished before the ready flag, gzipped by the bench (zlib level 6)',
      firstSlide: 'ms from navigation start to max(slidePainted, fcp): slidePainted = the first requestAnimationFrame after a frame in which .reveal .slides section.present had a non-empty, displayed, visible, non-transparent box; fcp = the first-contentful-paint entry (presentation time)',
      ready: 'ms from navigation start to <html data-deck-ready="true">',
      pageLoad: 'loopback static server (serveStatic), warm headless Chromium, new browser context per load (empty HTTP cache, page CSP bypassed so the bench can poll), 1280×720, one unmeasured warm-up load',
      dev: 'spawn of `node bin/briefdeck.js dev DIR --port P` → first 200 of / (polled every 10 ms); → first slide / ready in a fresh context, page clock calibrated to Node',
      hmr: 'writeFile of deck.md with a new paragraph in the current slide → the paragraph painted (MutationObserver + rAF), page clock calibrated to Node',
      export: '`node bin/briefdeck.js export pdf DIR --out F`; shipped and s22 without --dist: the counted runs are a second export of the unchanged deck (it serves the build its first export kept, as a user gets it), the first export (build + export) is its own figure, firstExport; .dist: --dist of their build; pages counted with pdf-lib',
      longLine: 'checkDeck() in the bench process over a deck whose middle slide (or a briefing title) is one 1 MB line, for each shape of bench/lib/long-lines.ts; process.cpuUsage user + system; the figure is the slowest shape per run',
      exportPptx: '`node bin/briefdeck.js export pptx DIR --out F` on the shipped deck, after one run that fills the diagram cache; slides counted with JSZip',
    },
    figures,
    budgets: checks,
    details,
  });
}

await main().catch((error: unknown) => log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
process.exitCode = 0;
