// `briefdeck export pdf|png|pptx [DIR]`: the deck as a PDF (slides, fragment steps, notes pages, handouts), PNG images or PowerPoint.

import path from 'node:path';
import { formatDiagnostic } from '../../model/diagnostic.js';
import { gridHandoutExporter, handoutExporter } from '../../export/handout.js';
import { SLIDES_PER_PAGE, type SlidesPerPage } from '../../export/handout-grid.js';
import { summaryExporter } from '../../export/summary.js';
import { PDF_SIZES } from '../../export/page-size.js';
import { NOTES_MODES, pdfExporter, type PdfOptions } from '../../export/pdf.js';
import { pngExporter, type PngOptions } from '../../export/png.js';
import { SlideRangeError } from '../../export/range.js';
import { launchExportBrowser, withExportSession } from '../../export/session.js';
import { lastBuildFolder } from '../../export/last-build.js';
import { unchangedKeptBuild } from '../../export/project-record.js';
import { findUserConfigFile } from '../../site/config-file.js';
import { imageViewPageOptions, printViewPageOptions } from '../../export/deck-page.js';
import type { BrowserContextOptions } from 'playwright-core';
import type { LaunchingBrowser } from '../../browser/chromium.js';
import { DEFAULT_OUT_DIR, type ExportContext, type ExportResult } from '../../export/types.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { DECK_HELP, projectDeck, resolveDeck, type DeckChoice } from '../deck-dir.js';
import { labelWidth, optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { briefingName, oneOf, slideRange } from '../option-validators.js';
import { deckNameOf } from '../../io/load-deck.js';
import { defaultOutDir, loadProject, type Project } from '../../site/vite-config.js';
import { upToDateBuild, type StampedProject } from '../../site/build-stamp.js';
import { PPTX_HELP, PPTX_OPTIONS, runPptx } from './export-pptx.js';
import { PDF_FILE } from '../../io/output-formats.js';
import { guardOutput, markOutput } from '../../io/output-guard.js';
import { protectedFolders } from '../../io/protected-folders.js';

/** Slides per handout page: 1 (the slide above its notes) or a grid. */
const HANDOUT_LAYOUTS = ['1', ...SLIDES_PER_PAGE.map(String)];

const PDF_OPTIONS = {
  out: { type: 'string', value: 'FILE', help: 'the PDF to write (default: out/<deck name>.pdf, -handout.pdf, -handout-N.pdf or\n-summary.pdf; out/ is git-ignored, so exports never land in the project\'s history)' },
  range: { type: 'string', value: '1,3-5', parse: slideRange, help: 'only these slides (1-based, in deck order; vertical slides counted in order);\nalso id:NAME, FROM..TO, section:NAME, tag:NAME, mixed: 1,id:risks,section:asks' },
  fragments: { type: 'boolean', help: 'one page per fragment step instead of one per slide' },
  notes: { type: 'string', value: 'MODE', parse: oneOf(NOTES_MODES), help: 'none (default); separate: a notes page after each slide with notes;\nhandout: portrait pages, the slide above its notes (the same as --handout 1)' },
  handout: {
    type: 'string', value: 'N', parse: oneOf(HANDOUT_LAYOUTS, `takes ${HANDOUT_LAYOUTS.slice(0, -1).join(', ')} or ${HANDOUT_LAYOUTS.at(-1)} slides per page`),
    help: 'a leave-behind on portrait pages: 1 (the slide above its speaker notes),\n2 (two large slides), 3 (three slides, lines for notes beside each) or 6',
  },
  summary: { type: 'boolean', help: 'one portrait page a reader keeps: the bottom line, key points, questions to\nask, what to watch and the source, taken from the slides of those sections' },
  size: { type: 'string', value: 'SIZE', parse: oneOf(PDF_SIZES), help: '16:9 (default, the slide size), 4:3, a4 or letter: the slide is scaled to fit\nand centred on the page; handouts and the summary are a4 (default) or letter' },
  briefing: { type: 'string', value: 'NAME', parse: briefingName, help: 'export the briefing <deck>/briefings/NAME.yaml instead of the whole deck' },
  dist: { type: 'string', value: 'DIR', help: 'export this existing build instead of building the deck (its pages carry the\nPDF\'s author, subject, keywords and source facts)' },
  force: { type: 'boolean', help: 'overwrite an existing --out file that is not a PDF' },
} satisfies OptionTable;

const PNG_OPTIONS = {
  out: { type: 'string', value: 'DIR', help: 'the folder to write into (default: out/<deck name>-png/)' },
  scale: { type: 'string', value: '1|2', parse: oneOf(['1', '2'], 'must be 1 or 2'), help: '1280 × 720 (default) or 2560 × 1440 pixels' },
  range: { type: 'string', value: '1,3-5', parse: slideRange, help: 'only these slides' },
  briefing: { type: 'string', value: 'NAME', parse: briefingName, help: 'the briefing\'s slides instead of the whole deck' },
  dist: { type: 'string', value: 'DIR', help: 'export this existing build instead of building the deck' },
  force: { type: 'boolean', help: 'write into a folder that holds files briefdeck did not write' },
} satisfies OptionTable;

/** One column for the three listings, so the help reads as one table. */
const WIDTH = labelWidth(PDF_OPTIONS, PNG_OPTIONS, PPTX_OPTIONS);

const HELP = `Usage: briefdeck export pdf [DIR] [options]
       briefdeck export png [DIR] [options]
       briefdeck export pptx [DIR] [options]

Exports a deck through a headless Chromium. The deck is built first, unless --dist names an existing
build, or a build of it was made from the deck, themes, config and kit exactly as they are now: the
project's (build.outDir, else dist/, by \`briefdeck build\`) or the one the last export of the deck kept
(in node_modules/.cache/briefdeck/exports/). Output is written to a temporary file and renamed, so a
failed export never leaves a partial file.
${DECK_HELP}

pdf: one page per slide, with selectable text, document info and bookmarks per section and slide.
${optionsHelp(PDF_OPTIONS, { withHelp: false, width: WIDTH })}

  The slides PDF ends with "Source paragraphs" pages quoting each cited paragraph of the article;
  every citation links there, inside the PDF. The PDF is tagged for screen readers.
  After writing, the PDF's page count is checked against the slides (and fragment steps, notes or
  source pages) it should hold; slides whose content overflows the slide box are reported as warnings.

png: one image per slide, every fragment shown, named NN-<id>.png (replacing files of that name).
${optionsHelp(PNG_OPTIONS, { withHelp: false, width: WIDTH })}

  The output is checked before any work: it may not be inside the deck folder, a folder where a
  file goes (or a file where a folder goes), or a folder of other files.

${PPTX_HELP(WIDTH)}

${optionsHelp({}, { width: WIDTH })}`;

export const exportCommand: Command = {
  name: 'export',
  help: HELP,
  async run(args, io) {
    const [format, ...rest] = args;
    if (format === 'pdf') return runPdf(rest, io);
    if (format === 'png') return runPng(rest, io);
    if (format === 'pptx') return runPptx(rest, io, (started, result) => reportResult(io, started, result));
    throw new UsageError(format === undefined ? 'say what to export: `briefdeck export pdf`, `png` or `pptx`' : `unknown format "${format}"; use pdf, png or pptx`);
  },
};

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

/** The leave-behind `--handout N`, `--notes handout` or `--summary` asks for, checked against the other flags. */
function leaveBehindFrom(flags: { notes?: string; handout?: string; summary?: boolean; fragments?: boolean }): { perPage?: 1 | SlidesPerPage; summary: boolean } {
  const summary = flags.summary ?? false;
  const handout = flags.handout ?? (flags.notes === 'handout' ? '1' : undefined);
  if (summary && (handout !== undefined || (flags.notes ?? 'none') !== 'none' || flags.fragments)) throw new UsageError('--summary is a page of its own: leave out --handout, --notes and --fragments');
  if (handout === undefined) return { summary };
  const perPage = Number(handout);
  if (flags.handout !== undefined && flags.notes !== undefined && flags.notes !== 'none' && !(flags.notes === 'handout' && perPage === 1)) throw new UsageError('--handout already says what the pages hold: leave out --notes');
  if (flags.fragments) throw new UsageError('--fragments cannot be combined with --notes handout or --handout: a handout shows each slide once');
  return { perPage: perPage as 1 | SlidesPerPage, summary };
}

async function runPdf(args: string[], io: CliIO): Promise<number> {
  const { options: flags, positionals } = parseCommandLine(args, PDF_OPTIONS);
  const notesMode = flags.notes ?? 'none';
  const { perPage, summary } = leaveBehindFrom(flags);
  const portrait = perPage !== undefined || summary;
  const size = flags.size ?? (portrait ? 'a4' : '16:9');
  if (portrait && size !== 'a4' && size !== 'letter') throw new UsageError(`${summary ? 'the summary is a portrait page' : 'handouts are portrait pages'}: use --size a4 or --size letter, not ${size}`);
  return runExport(io, async () => {
    const target = await targetFrom(positionals, flags.dist, flags.briefing, io);
    const suffix = summary ? '-summary' : perPage === 1 ? '-handout' : perPage !== undefined ? `-handout-${perPage}` : '';
    const out = path.resolve(io.cwd, flags.out ?? path.join(DEFAULT_OUT_DIR, `${target.name}${suffix}.pdf`));
    guardOutput({ target: out, kind: 'file', format: PDF_FILE, flag: '--out', cwd: io.cwd, protect: await protectedFolders({ cwd: io.cwd, deckDir: target.deckDir, ...projectOf(target, io.cwd) }), ...(flags.force ? { force: true } : {}) });
    const options: PdfOptions = { out, fragments: flags.fragments ?? false, notes: perPage === 1 ? 'handout' : notesMode, size, ...(flags.range !== undefined ? { range: flags.range } : {}) };
    if (summary) return { target, firstPage: imageViewPageOptions(1), work: (context) => summaryExporter.run(context, options) };
    const firstPage = printViewPageOptions();
    if (perPage === 1) return { target, firstPage, work: (context) => handoutExporter.run(context, options) };
    if (perPage !== undefined) return { target, firstPage, work: (context) => gridHandoutExporter.run(context, { ...options, notes: 'none', perPage }) };
    return { target, firstPage, work: (context) => pdfExporter.run(context, options) };
  });
}

async function runPng(args: string[], io: CliIO): Promise<number> {
  const { options: flags, positionals } = parseCommandLine(args, PNG_OPTIONS);
  const scale = flags.scale ?? '1';
  return runExport(io, async () => {
    const target = await targetFrom(positionals, flags.dist, flags.briefing, io);
    const outDir = path.resolve(io.cwd, flags.out ?? path.join(DEFAULT_OUT_DIR, `${target.name}-png`));
    guardOutput({ target: outDir, kind: 'folder', flag: '--out', cwd: io.cwd, protect: await protectedFolders({ cwd: io.cwd, deckDir: target.deckDir, ...projectOf(target, io.cwd) }), ...(flags.force ? { force: true } : {}) });
    const options: PngOptions = { outDir, scale: scale === '2' ? 2 : 1, ...(flags.range !== undefined ? { range: flags.range } : {}) };
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
 * Launches the browser once the flags are known good, then reads the project and checks the deck and output (`plan`)
 * while it starts, and runs the export; the browser is closed whatever happens.
 */
async function runExport(io: CliIO, plan: () => Promise<ExportPlan>): Promise<number> {
  const started = performance.now();
  // No browser to launch is reported after the deck and output checks (their messages come first), before any build.
  let browser: LaunchingBrowser | undefined;
  let noBrowser: unknown;
  try {
    browser = launchExportBrowser(io.env);
  } catch (error) {
    noBrowser = error;
  }
  let result: ExportResult;
  try {
    const { target, firstPage, work } = await plan();
    if (!browser) throw noBrowser;
    result = await withExportSession(
      {
        cwd: io.cwd, deckDir: target.deckDir, pagePath: target.pagePath, browser, firstPage, progress: (line) => io.err(line),
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
  } finally {
    await browser?.close();
  }
  return reportResult(io, started, result);
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
