// `briefdeck export pdf|png|pptx [DIR]`: the deck as a PDF (slides, fragment steps, notes pages, handouts), PNG images or PowerPoint.

import path from 'node:path';
import { formatDiagnostic } from '../../model/diagnostic.js';
import { gridHandoutExporter, handoutExporter } from '../../export/handout.js';
import { SLIDES_PER_PAGE, type SlidesPerPage } from '../../export/handout-grid.js';
import { summaryExporter } from '../../export/summary.js';
import { isPdfSize, PDF_SIZES } from '../../export/page-size.js';
import { isNotesMode, NOTES_MODES, pdfExporter, type PdfOptions } from '../../export/pdf.js';
import { pngExporter, type PngOptions } from '../../export/png.js';
import { parseRangeSpec, SlideRangeError } from '../../export/range.js';
import { withExportSession } from '../../export/session.js';
import { DEFAULT_OUT_DIR, type ExportContext, type ExportResult } from '../../export/types.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { DECK_HELP } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { deckNameOf } from '../../io/load-deck.js';
import { loadProject } from '../../site/vite-config.js';
import { projectDeck } from '../deck-dir.js';
import { BRIEFING_NAME } from '../../briefing/load-briefings.js';
import { PPTX_HELP, runPptx } from './export-pptx.js';
import { guardOutput, markOutput } from '../../io/output-guard.js';
import { protectedFolders } from '../../io/protected-folders.js';

const PDF_FLAGS = { out: 'string', range: 'string', fragments: 'boolean', notes: 'string', handout: 'string', summary: 'boolean', size: 'string', dist: 'string', briefing: 'string' } as const;
const PNG_FLAGS = { out: 'string', range: 'string', scale: 'string', dist: 'string', briefing: 'string', force: 'boolean' } as const;


const HELP = `Usage: briefdeck export pdf [DIR] [options]
       briefdeck export png [DIR] [options]
       briefdeck export pptx [DIR] [options]

Exports a deck through a headless Chromium. The deck is built into a temporary folder first,
unless --dist names an existing build. Output is written to a temporary file and renamed, so a
failed export never leaves a partial file.
${DECK_HELP}

pdf: one page per slide, with selectable text, document info and bookmarks per section and slide.
  --out FILE        the PDF to write (default: out/<deck name>.pdf, -handout.pdf, -handout-N.pdf or
                    -summary.pdf; out/ is git-ignored, so exports never land in the project's history)
  --range 1,3-5     only these slides (1-based, in deck order; vertical slides counted in order)
  --fragments       one page per fragment step instead of one per slide
  --notes MODE      none (default); separate: a notes page after each slide with notes;
                    handout: portrait pages, the slide above its notes (the same as --handout 1)
  --handout N       a leave-behind on portrait pages: 1 (the slide above its speaker notes),
                    2 (two large slides), 3 (three slides, lines for notes beside each) or 6
  --summary         one portrait page a reader keeps: the bottom line, key points, questions to
                    ask, what to watch and the source, taken from the slides of those sections
  --size SIZE       16:9 (default, the slide size), 4:3, a4 or letter: the slide is scaled to fit
                    and centred on the page; handouts and the summary are a4 (default) or letter
  --briefing NAME   export the briefing <deck>/briefings/NAME.yaml instead of the whole deck
  --dist DIR        export this existing build instead of building the deck (give DIR as well
                    to take the PDF's author and subject from the deck's headmatter)

  The slides PDF ends with "Source paragraphs" pages quoting each cited paragraph of the article;
  every citation links there, inside the PDF. The PDF is tagged for screen readers.
  After writing, the PDF's page count is checked against the slides (and fragment steps, notes or
  source pages) it should hold; slides whose content overflows the slide box are reported as warnings.

png: one image per slide, every fragment shown, named NN-<id>.png (replacing files of that name).
  --out DIR         the folder to write into (default: out/<deck name>-png/)
  --scale 1|2       1280 × 720 (default) or 2560 × 1440 pixels
  --range 1,3-5     only these slides
  --briefing NAME   the briefing's slides instead of the whole deck
  --dist DIR        export this existing build instead of building the deck
  --force           write into a folder that holds files briefdeck did not write

  The output is checked before any work: it may not be inside the deck folder, a folder where a
  file goes (or a file where a folder goes), or a folder of other files.

${PPTX_HELP}

  --help            show this help`;

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
  deckDirGiven: boolean;
  distDir?: string;
  /** The page to export, relative to the build: '' for the deck, `briefings/<name>/` for a briefing. */
  pagePath: string;
  /** Base name for default output paths. */
  name: string;
}

async function targetFrom(positionals: string[], dist: string | undefined, briefing: string | undefined, io: CliIO): Promise<Target> {
  if (positionals.length > 1) throw new UsageError(`expected at most one deck folder, got ${positionals.join(' ')}`);
  if (briefing !== undefined && !BRIEFING_NAME.test(briefing)) throw new UsageError(`--briefing takes a briefing's name, e.g. principal for <deck>/briefings/principal.yaml`);
  const exportingBuild = dist !== undefined && positionals.length === 0;
  // An existing build needs no deck (its facts are read only from a deck named with it).
  const deck = exportingBuild ? { path: path.join(io.cwd, 'slides') } : projectDeck(await loadProject(io.cwd, 'build'), positionals, io.cwd);
  if ('note' in deck && deck.note) io.err(`note: ${deck.note}`);
  const deckDir = deck.path;
  const base = dist !== undefined && positionals.length === 0 ? path.basename(path.resolve(io.cwd, dist)) || 'deck' : deckNameOf(deckDir);
  return {
    deckDir,
    deckDirGiven: positionals.length > 0,
    name: briefing ? `${base}-${briefing}` : base,
    pagePath: briefing ? `briefings/${briefing}/` : '',
    ...(dist !== undefined ? { distDir: dist } : {}),
  };
}

function checkRange(range: string | undefined): void {
  if (range === undefined) return;
  try {
    parseRangeSpec(range);
  } catch (error) {
    if (error instanceof SlideRangeError) throw new UsageError(`--range: ${error.message}`);
    throw error;
  }
}

/** The leave-behind `--handout N`, `--notes handout` or `--summary` asks for, checked against the other flags. */
function leaveBehindFrom(flags: { notes?: string; handout?: string; summary?: boolean; fragments?: boolean }): { perPage?: 1 | SlidesPerPage; summary: boolean } {
  const summary = flags.summary ?? false;
  const handout = flags.handout ?? (flags.notes === 'handout' ? '1' : undefined);
  if (summary && (handout !== undefined || (flags.notes ?? 'none') !== 'none' || flags.fragments)) throw new UsageError('--summary is a page of its own: leave out --handout, --notes and --fragments');
  if (handout === undefined) return { summary };
  const perPage = Number(handout);
  if (perPage !== 1 && !(SLIDES_PER_PAGE as readonly number[]).includes(perPage)) throw new UsageError(`--handout takes 1, 2, 3 or 6 slides per page, not "${handout}"`);
  if (flags.handout !== undefined && flags.notes !== undefined && flags.notes !== 'none' && !(flags.notes === 'handout' && perPage === 1)) throw new UsageError('--handout already says what the pages hold: leave out --notes');
  if (flags.fragments) throw new UsageError('--fragments cannot be combined with --notes handout or --handout: a handout shows each slide once');
  return { perPage: perPage as 1 | SlidesPerPage, summary };
}

async function runPdf(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(args, PDF_FLAGS);
  const notesMode = flags.notes ?? 'none';
  if (!isNotesMode(notesMode)) throw new UsageError(`--notes must be one of ${NOTES_MODES.join(', ')}, not "${notesMode}"`);
  const { perPage, summary } = leaveBehindFrom(flags);
  const portrait = perPage !== undefined || summary;
  const size = flags.size ?? (portrait ? 'a4' : '16:9');
  if (!isPdfSize(size)) throw new UsageError(`--size must be one of ${PDF_SIZES.join(', ')}, not "${size}"`);
  if (portrait && size !== 'a4' && size !== 'letter') throw new UsageError(`${summary ? 'the summary is a portrait page' : 'handouts are portrait pages'}: use --size a4 or --size letter, not ${size}`);
  checkRange(flags.range);
  const target = await targetFrom(positionals, flags.dist, flags.briefing, io);
  const suffix = summary ? '-summary' : perPage === 1 ? '-handout' : perPage !== undefined ? `-handout-${perPage}` : '';
  const out = path.resolve(io.cwd, flags.out ?? path.join(DEFAULT_OUT_DIR, `${target.name}${suffix}.pdf`));
  guardOutput({ target: out, kind: 'file', flag: '--out', cwd: io.cwd, protect: protectedFolders({ cwd: io.cwd, deckDir: target.deckDir }) });
  const options: PdfOptions = { out, fragments: flags.fragments ?? false, notes: perPage === 1 ? 'handout' : notesMode, size, ...(flags.range !== undefined ? { range: flags.range } : {}) };
  if (summary) return runExport(io, target, (context) => summaryExporter.run(context, options));
  if (perPage === 1) return runExport(io, target, (context) => handoutExporter.run(context, options));
  if (perPage !== undefined) return runExport(io, target, (context) => gridHandoutExporter.run(context, { ...options, notes: 'none', perPage }));
  return runExport(io, target, (context) => pdfExporter.run(context, options));
}

async function runPng(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(args, PNG_FLAGS);
  const scale = flags.scale ?? '1';
  if (scale !== '1' && scale !== '2') throw new UsageError(`--scale must be 1 or 2, not "${scale}"`);
  checkRange(flags.range);
  const target = await targetFrom(positionals, flags.dist, flags.briefing, io);
  const outDir = path.resolve(io.cwd, flags.out ?? path.join(DEFAULT_OUT_DIR, `${target.name}-png`));
  guardOutput({ target: outDir, kind: 'folder', flag: '--out', cwd: io.cwd, protect: protectedFolders({ cwd: io.cwd, deckDir: target.deckDir }), ...(flags.force ? { force: true } : {}) });
  const options: PngOptions = { outDir, scale: scale === '2' ? 2 : 1, ...(flags.range !== undefined ? { range: flags.range } : {}) };
  return runExport(io, target, async (context) => {
    const result = await pngExporter.run(context, options);
    markOutput(outDir);
    return result;
  });
}

async function runExport(io: CliIO, target: Target, work: (context: ExportContext) => Promise<ExportResult>): Promise<number> {
  const started = performance.now();
  let result: ExportResult;
  try {
    result = await withExportSession(
      { cwd: io.cwd, deckDir: target.deckDir, deckDirGiven: target.deckDirGiven, pagePath: target.pagePath, ...(target.distDir !== undefined ? { distDir: target.distDir } : {}), env: io.env, progress: (line) => io.err(line) },
      work,
    );
  } catch (error) {
    if (error instanceof SlideRangeError) throw new UsageError(`--range: ${error.message}`);
    throw error;
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
