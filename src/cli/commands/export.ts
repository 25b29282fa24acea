// `briefdeck export pdf|png [DIR]`: the deck as a PDF (slides, fragment steps, notes pages, handouts) or PNG images.

import path from 'node:path';
import { formatDiagnostic } from '../../model/diagnostic.js';
import { handoutExporter } from '../../export/handout.js';
import { isPdfSize, PDF_SIZES } from '../../export/page-size.js';
import { isNotesMode, NOTES_MODES, pdfExporter, type PdfOptions } from '../../export/pdf.js';
import { pngExporter, type PngOptions } from '../../export/png.js';
import { parseRangeSpec, SlideRangeError } from '../../export/range.js';
import { withExportSession } from '../../export/session.js';
import type { ExportContext, ExportResult } from '../../export/types.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { defaultDeckDir, deckDirFrom } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { BRIEFING_NAME } from '../../briefing/load-briefings.js';
import { guardOutput, markOutput } from '../../io/output-guard.js';
import { protectedFolders } from '../protected-folders.js';

const PDF_FLAGS = { out: 'string', range: 'string', fragments: 'boolean', notes: 'string', size: 'string', dist: 'string', briefing: 'string' } as const;
const PNG_FLAGS = { out: 'string', range: 'string', scale: 'string', dist: 'string', briefing: 'string', force: 'boolean' } as const;

const HELP = `Usage: briefdeck export pdf [DIR] [options]
       briefdeck export png [DIR] [options]

Exports the deck in DIR (default: slides/) through a headless Chromium. The deck is built into a
temporary folder first, unless --dist names an existing build. Output is written to a temporary file
and renamed, so a failed export never leaves a partial file.

pdf: one page per slide, with selectable text, document info and bookmarks per section and slide.
  --out FILE        the PDF to write (default: <DIR name>.pdf, or <DIR name>-handout.pdf)
  --range 1,3-5     only these slides (1-based, in deck order; vertical slides counted in order)
  --fragments       one page per fragment step instead of one per slide
  --notes MODE      none (default); separate: a notes page after each slide with notes;
                    handout: portrait pages, the slide above its notes
  --size SIZE       16:9 (default, the slide size), 4:3, a4 or letter: the slide is scaled to fit
                    and centred on the page; handouts are a4 (default) or letter, portrait
  --briefing NAME   export the briefing slides/briefings/NAME.yaml instead of the whole deck
  --dist DIR        export this existing build instead of building the deck (give DIR as well
                    to take the PDF's author and subject from the deck's headmatter)

  After writing, the PDF's page count is checked against the slides (and fragment steps or notes
  pages) it should hold; slides whose content overflows the slide box are reported as warnings.

png: one image per slide, every fragment shown, named NN-<id>.png (replacing files of that name).
  --out DIR         the folder to write into (default: <DIR name>-png/)
  --scale 1|2       1280 × 720 (default) or 2560 × 1440 pixels
  --range 1,3-5     only these slides
  --briefing NAME   the briefing's slides instead of the whole deck
  --dist DIR        export this existing build instead of building the deck
  --force           write into a folder that holds files briefdeck did not write

  The output is checked before any work: it may not be inside the deck folder, a folder where a
  file goes (or a file where a folder goes), or a folder of other files.

  --help            show this help`;

export const exportCommand: Command = {
  name: 'export',
  help: HELP,
  async run(args, io) {
    const [format, ...rest] = args;
    if (format === 'pdf') return runPdf(rest, io);
    if (format === 'png') return runPng(rest, io);
    throw new UsageError(format === undefined ? 'say what to export: `briefdeck export pdf` or `briefdeck export png`' : `unknown format "${format}"; use pdf or png`);
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

function targetFrom(positionals: string[], dist: string | undefined, briefing: string | undefined, io: CliIO): Target {
  if (positionals.length > 1) throw new UsageError(`expected at most one deck folder, got ${positionals.join(' ')}`);
  if (briefing !== undefined && !BRIEFING_NAME.test(briefing)) throw new UsageError(`--briefing takes a briefing's name, e.g. principal for slides/briefings/principal.yaml`);
  const deckDir = deckDirFrom(positionals, io.cwd) ?? defaultDeckDir(io.cwd);
  const base = path.basename(dist !== undefined && positionals.length === 0 ? path.resolve(io.cwd, dist) : deckDir) || 'deck';
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

async function runPdf(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(args, PDF_FLAGS);
  const notesMode = flags.notes ?? 'none';
  if (!isNotesMode(notesMode)) throw new UsageError(`--notes must be one of ${NOTES_MODES.join(', ')}, not "${notesMode}"`);
  const size = flags.size ?? (notesMode === 'handout' ? 'a4' : '16:9');
  if (!isPdfSize(size)) throw new UsageError(`--size must be one of ${PDF_SIZES.join(', ')}, not "${size}"`);
  if (notesMode === 'handout' && size !== 'a4' && size !== 'letter') throw new UsageError(`handouts are portrait pages: use --size a4 or --size letter, not ${size}`);
  if (notesMode === 'handout' && flags.fragments) throw new UsageError('--fragments cannot be combined with --notes handout (a handout shows each slide once)');
  checkRange(flags.range);
  const target = targetFrom(positionals, flags.dist, flags.briefing, io);
  const out = path.resolve(io.cwd, flags.out ?? `${target.name}${notesMode === 'handout' ? '-handout' : ''}.pdf`);
  guardOutput({ target: out, kind: 'file', flag: '--out', cwd: io.cwd, protect: protectedFolders({ cwd: io.cwd, deckDir: target.deckDir }) });
  const options: PdfOptions = { out, fragments: flags.fragments ?? false, notes: notesMode, size, ...(flags.range !== undefined ? { range: flags.range } : {}) };
  const exporter = notesMode === 'handout' ? handoutExporter : pdfExporter;
  return runExport(io, target, (context) => exporter.run(context, options));
}

async function runPng(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(args, PNG_FLAGS);
  const scale = flags.scale ?? '1';
  if (scale !== '1' && scale !== '2') throw new UsageError(`--scale must be 1 or 2, not "${scale}"`);
  checkRange(flags.range);
  const target = targetFrom(positionals, flags.dist, flags.briefing, io);
  const outDir = path.resolve(io.cwd, flags.out ?? `${target.name}-png`);
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
  for (const warning of result.warnings) io.err(formatDiagnostic(warning));
  const shown = result.files.length === 1 ? relative(io.cwd, result.files[0]!) : `${result.files.length} files in ${relative(io.cwd, path.dirname(result.files[0] ?? io.cwd))}/`;
  const warned = result.warnings.length > 0 ? ` (${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'})` : '';
  io.out(`Wrote ${shown}: ${result.summary} in ${Math.round(performance.now() - started)} ms${warned}`);
  return 0;
}

function relative(cwd: string, file: string): string {
  return path.relative(cwd, file) || file;
}
