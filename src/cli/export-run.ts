// Runs the exports the command line asked for: finds the deck and a build of it, guards the output, and exports in the
// browser the command started (loaded once that browser is starting, so Chromium starts while this module loads).

import path from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import type { LaunchingBrowser } from '../browser/chromium.js';
import { gridHandoutExporter, handoutExporter } from '../export/handout.js';
import type { SlidesPerPage } from '../export/handout-grid.js';
import { imageViewPageOptions, printViewPageOptions } from '../export/deck-page.js';
import { lastBuildFolder } from '../export/last-build.js';
import type { NotesMode } from '../export/notes-mode.js';
import type { PdfSize } from '../export/page-size.js';
import { pdfExporter, type PdfOptions } from '../export/pdf.js';
import { pngExporter, type PngOptions } from '../export/png.js';
import type { PptxSize } from '../export/pptx/geometry.js';
import { unchangedKeptBuild } from '../export/project-record.js';
import { SlideRangeError } from '../export/range.js';
import { withExportSession } from '../export/session.js';
import { summaryExporter } from '../export/summary.js';
import { DEFAULT_OUT_DIR, type ExportContext, type ExportResult } from '../export/types.js';
import { deckNameOf } from '../io/load-deck.js';
import { PDF_FILE, PPTX_FILE } from '../io/output-formats.js';
import { guardOutput, markOutput } from '../io/output-guard.js';
import { protectedFolders } from '../io/protected-folders.js';
import { formatDiagnostic } from '../model/diagnostic.js';
import { upToDateBuild, type StampedProject } from '../site/build-stamp.js';
import { findUserConfigFile } from '../site/config-file.js';
import { defaultOutDir, loadProject, type Project } from '../site/vite-config.js';
import { resolveOptions } from '../vite/options.js';
import { UsageError, type CliIO } from './command.js';
import { projectDeck, resolveDeck, type DeckChoice } from './deck-dir.js';

/** The browser the command started as soon as its flags were good, or why none could be started (said after the deck and output checks). */
export interface StartedBrowser {
  launching?: LaunchingBrowser;
  failure?: unknown;
  /** When the command started it (`performance.now()`): the time an export reports counts from there. */
  startedAt: number;
}

interface Target {
  deckDir: string;
  distDir?: string;
  /** The project's build or the last export's, when it is up to date with the deck: exported without building. */
  upToDate?: string;
  /** Where the deck is built when nothing is up to date, and kept for the next export (see src/export/last-build.ts). */
  buildDir?: string;
  /** The page to export, relative to the build: '' for the deck, `briefings/<name>/` for a briefing. */
  pagePath: string;
  /** Base name for default output paths. */
  name: string;
  /** The project, when the export builds or checks the project's build (not for --dist). */
  project?: Project;
}

async function targetFrom(positionals: string[], dist: string | undefined, briefing: string | undefined, io: CliIO): Promise<Target> {
  if (positionals.length > 1) throw new UsageError(`expected at most one deck folder, got ${positionals.join(' ')}`);
  // An existing build needs neither the project's config nor the deck: its pages carry the deck's metadata, and a
  // DIR given beside it only names the output and the slides' files in warnings.
  // The last export's build of the deck is served without running the config when neither has changed since.
  const kept = dist === undefined ? await unchangedSinceLastExport(positionals, io.cwd) : undefined;
  const project = dist === undefined && !kept ? await loadProject(io.cwd, 'build') : undefined;
  const deck = kept?.deck ?? (project ? projectDeck(project, positionals, io.cwd) : positionals.length > 0 ? resolveDeck(positionals, io.cwd) : { path: path.join(io.cwd, 'slides') });
  if ('note' in deck && deck.note) io.err(`note: ${deck.note}`);
  const deckDir = deck.path;
  // Without --dist: the project's build, or the one the last export of this deck kept, is exported as it is when
  // nothing it was built from has changed since.
  const buildDir = kept?.buildDir ?? (project ? lastBuildFolder(project.root, io.cwd, deckDir) : undefined);
  const upToDate = kept?.buildDir ?? (project && buildDir ? await upToDateBuild(project, deckDir, io.cwd, defaultOutDir(project), buildDir) : undefined);
  const base = dist !== undefined && positionals.length === 0 ? path.basename(path.resolve(io.cwd, dist)) || 'deck' : deckNameOf(deckDir);
  return {
    deckDir,
    name: briefing ? `${base}-${briefing}` : base,
    pagePath: briefing ? `briefings/${briefing}/` : '',
    ...(dist !== undefined ? { distDir: dist } : {}),
    ...(upToDate !== undefined ? { upToDate } : {}),
    ...(buildDir !== undefined ? { buildDir } : {}),
    ...(project ? { project } : {}),
  };
}

/** The deck and its kept build when that build is current and so is the config it was made with (see project-record.ts), else undefined. */
async function unchangedSinceLastExport(positionals: readonly string[], cwd: string): Promise<{ deck: DeckChoice; buildDir: string } | undefined> {
  const configFile = findUserConfigFile(cwd);
  if (!configFile) return undefined;
  let deck: DeckChoice;
  try {
    deck = resolveDeck(positionals, cwd);
  } catch {
    // No deck without the config's `deck` option: the config is run to find it.
    return undefined;
  }
  const buildDir = lastBuildFolder(path.dirname(configFile), cwd, deck.path);
  const current = await unchangedKeptBuild(buildDir, configFile, deck.path, cwd, (configured) => resolveDeck(positionals, cwd, configured).path);
  return current ? { deck, buildDir } : undefined;
}

/**
 * The project whose config, public/ and themes the output may not replace: the one loaded, else (--dist, or the last
 * export's build reused without running the config) its config file, with public/ where it is by default.
 */
function projectOf(target: Target, cwd: string): { project?: StampedProject } {
  if (target.project) return { project: target.project };
  const configFile = findUserConfigFile(cwd);
  return configFile ? { project: { root: path.dirname(configFile), configFile, config: {}, options: {} } } : {};
}

/** `export pdf` as its flags ask (already checked against each other by the command). */
export interface PdfRequest {
  positionals: string[];
  out?: string;
  dist?: string;
  briefing?: string;
  range?: string;
  fragments: boolean;
  notes: NotesMode;
  /** A handout: 1 (the slide above its notes) or several slides a page. */
  perPage?: 1 | SlidesPerPage;
  summary: boolean;
  size: PdfSize;
  force: boolean;
}

export async function exportPdf(request: PdfRequest, io: CliIO, browser: StartedBrowser): Promise<number> {
  const { perPage, summary, size } = request;
  return runExport(io, browser, async () => {
    const target = await targetFrom(request.positionals, request.dist, request.briefing, io);
    const suffix = summary ? '-summary' : perPage === 1 ? '-handout' : perPage !== undefined ? `-handout-${perPage}` : '';
    const out = path.resolve(io.cwd, request.out ?? path.join(DEFAULT_OUT_DIR, `${target.name}${suffix}.pdf`));
    guardOutput({ target: out, kind: 'file', format: PDF_FILE, flag: '--out', cwd: io.cwd, protect: await protectedFolders({ cwd: io.cwd, deckDir: target.deckDir, ...projectOf(target, io.cwd) }), ...(request.force ? { force: true } : {}) });
    const options: PdfOptions = { out, fragments: request.fragments, notes: perPage === 1 ? 'handout' : request.notes, size, ...(request.range !== undefined ? { range: request.range } : {}) };
    if (summary) return { target, firstPage: imageViewPageOptions(1), work: (context) => summaryExporter.run(context, options) };
    const firstPage = printViewPageOptions();
    if (perPage === 1) return { target, firstPage, work: (context) => handoutExporter.run(context, options) };
    if (perPage !== undefined) return { target, firstPage, work: (context) => gridHandoutExporter.run(context, { ...options, notes: 'none', perPage }) };
    return { target, firstPage, work: (context) => pdfExporter.run(context, options) };
  });
}

/** `export png` as its flags ask. */
export interface PngRequest {
  positionals: string[];
  out?: string;
  dist?: string;
  briefing?: string;
  range?: string;
  scale: 1 | 2;
  force: boolean;
}

export async function exportPng(request: PngRequest, io: CliIO, browser: StartedBrowser): Promise<number> {
  return runExport(io, browser, async () => {
    const target = await targetFrom(request.positionals, request.dist, request.briefing, io);
    const outDir = path.resolve(io.cwd, request.out ?? path.join(DEFAULT_OUT_DIR, `${target.name}-png`));
    guardOutput({ target: outDir, kind: 'folder', flag: '--out', cwd: io.cwd, protect: await protectedFolders({ cwd: io.cwd, deckDir: target.deckDir, ...projectOf(target, io.cwd) }), ...(request.force ? { force: true } : {}) });
    const options: PngOptions = { outDir, scale: request.scale, ...(request.range !== undefined ? { range: request.range } : {}) };
    return {
      target,
      firstPage: imageViewPageOptions(options.scale),
      work: async (context) => {
        const result = await pngExporter.run(context, options);
        markOutput(outDir);
        return result;
      },
    };
  });
}

/** What an export runs: the deck to serve, and the work to do with it in the browser. */
interface ExportPlan {
  target: Target;
  /** The options of the page the export first opens, so it is opened while the deck builds. */
  firstPage: BrowserContextOptions;
  work: (context: ExportContext) => Promise<ExportResult>;
}

/**
 * Reads the project and checks the deck and output (`plan`) while the browser the command started comes up, then runs
 * the export in it (the command closes the browser whatever happens).
 */
async function runExport(io: CliIO, browser: StartedBrowser, plan: () => Promise<ExportPlan>): Promise<number> {
  let result: ExportResult;
  try {
    const { target, firstPage, work } = await plan();
    // No browser to launch is reported after the deck and output checks (their messages come first), before any build.
    if (!browser.launching) throw browser.failure;
    result = await withExportSession(
      {
        cwd: io.cwd, deckDir: target.deckDir, pagePath: target.pagePath, browser: browser.launching, firstPage, progress: (line) => io.err(line),
        ...(target.distDir !== undefined ? { distDir: target.distDir } : {}),
        ...(target.upToDate !== undefined ? { upToDate: target.upToDate } : {}),
        ...(target.buildDir !== undefined ? { buildDir: target.buildDir } : {}),
        ...(target.project ? { project: target.project } : {}),
      },
      work,
    );
  } catch (error) {
    if (error instanceof SlideRangeError) throw new UsageError(`--range: ${error.message}`);
    throw error;
  }
  return reportResult(io, browser.startedAt, result);
}

function reportResult(io: CliIO, started: number, result: ExportResult): number {
  for (const warning of result.warnings) io.err(formatDiagnostic(warning));
  const shown = result.files.length === 1 ? relative(io.cwd, result.files[0]!) : `${result.files.length} files in ${relative(io.cwd, path.dirname(result.files[0] ?? io.cwd))}/`;
  const warned = result.warnings.length > 0 ? ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'})` : '';
  io.out(`Wrote ${shown}: ${result.summary} in ${Math.round(performance.now() - started)} ms${warned}`);
  return 0;
}

function relative(cwd: string, file: string): string {
  return path.relative(cwd, file) || file;
}

/** `export pptx` as its flags ask (no browser: diagrams come from the cache, or a browser of the pptx writer's own). */
export interface PptxRequest {
  positionals: string[];
  out?: string;
  size?: PptxSize;
  briefing?: string;
  select?: string;
  range?: string;
  force?: boolean;
}

export async function exportPptxFile(flags: PptxRequest, io: CliIO, started: number): Promise<number> {
  const { positionals } = flags;
  if (positionals.length > 1) throw new UsageError(`expected at most one deck folder, got ${positionals.join(' ')}`);
  const size = flags.size ?? '16:9';
  const project = await loadProject(io.cwd, 'build');
  const deck = projectDeck(project, positionals, io.cwd);
  if ('note' in deck && deck.note) io.err(`note: ${deck.note}`);
  const deckDir = deck.path;
  const name = `${deckNameOf(deckDir)}${flags.briefing ? `-${flags.briefing}` : ''}`;
  const out = path.resolve(io.cwd, flags.out ?? path.join(DEFAULT_OUT_DIR, `${name}.pptx`));
  if (path.extname(out).toLowerCase() !== '.pptx') throw new UsageError(`--out must name a .pptx file, not ${flags.out}`);
  guardOutput({ target: out, kind: 'file', format: PPTX_FILE, flag: '--out', cwd: io.cwd, protect: await protectedFolders({ cwd: io.cwd, deckDir, project }), ...(flags.force ? { force: true } : {}) });
  // The project's briefdeck options (themes folder, diagram cache, mermaid settings), as builds use them.
  const options = resolveOptions(project.options, project.root);
  // Loaded only for pptx: the writer and its zip library are not needed by the other formats.
  const { exportPptx } = await import('../export/pptx/export-pptx.js');
  try {
    const result = await exportPptx({
      cwd: io.cwd, deckDir, out, size,
      ...(flags.briefing !== undefined ? { briefing: flags.briefing } : {}),
      ...(flags.range !== undefined ? { range: flags.range } : {}),
      ...(flags.select !== undefined ? { select: flags.select } : {}),
      themesDir: options.themesDir, diagramCacheDir: options.diagrams.cacheDir, mermaid: options.diagrams.mermaid,
      env: io.env, progress: (line) => io.err(line),
    });
    return reportResult(io, started, result);
  } catch (error) {
    if (error instanceof SlideRangeError) throw new UsageError(error.message);
    throw error;
  }
}
