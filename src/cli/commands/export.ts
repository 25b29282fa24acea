// `briefdeck export pdf|png|pptx [DIR]`: the deck as a PDF (slides, fragment steps, notes pages, handouts), PNG images or PowerPoint.

import { launchInBackground, requireChromium, type ChromiumEnv } from '../../browser/chromium.js';
import { SLIDES_PER_PAGE, type SlidesPerPage } from '../../export/handout-grid.js';
import { NOTES_MODES } from '../../export/notes-mode.js';
import { PDF_SIZES } from '../../export/page-size.js';
import { UsageError, type CliIO, type Command } from '../command.js';
import { DECK_HELP } from '../deck-help.js';
import type { StartedBrowser } from '../export-run.js';
import { labelWidth, optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { briefingName, oneOf, slideRange } from '../option-validators.js';
import { PPTX_HELP, PPTX_OPTIONS, runPptx } from './export-pptx.js';

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
    if (format === 'pptx') return runPptx(rest, io);
    throw new UsageError(format === undefined ? 'say what to export: `briefdeck export pdf`, `png` or `pptx`' : `unknown format "${format}"; use pdf, png or pptx`);
  },
};

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
  const { perPage, summary } = leaveBehindFrom(flags);
  const portrait = perPage !== undefined || summary;
  const size = flags.size ?? (portrait ? 'a4' : '16:9');
  if (portrait && size !== 'a4' && size !== 'letter') throw new UsageError(`${summary ? 'the summary is a portrait page' : 'handouts are portrait pages'}: use --size a4 or --size letter, not ${size}`);
  return withBrowserStarted(io.env, async (browser) => (await import('../export-run.js')).exportPdf({
    positionals, fragments: flags.fragments ?? false, notes: flags.notes ?? 'none', summary, size, force: flags.force ?? false,
    ...(perPage !== undefined ? { perPage } : {}),
    ...(flags.out !== undefined ? { out: flags.out } : {}),
    ...(flags.dist !== undefined ? { dist: flags.dist } : {}),
    ...(flags.briefing !== undefined ? { briefing: flags.briefing } : {}),
    ...(flags.range !== undefined ? { range: flags.range } : {}),
  }, io, browser));
}

async function runPng(args: string[], io: CliIO): Promise<number> {
  const { options: flags, positionals } = parseCommandLine(args, PNG_OPTIONS);
  return withBrowserStarted(io.env, async (browser) => (await import('../export-run.js')).exportPng({
    positionals, scale: flags.scale === '2' ? 2 : 1, force: flags.force ?? false,
    ...(flags.out !== undefined ? { out: flags.out } : {}),
    ...(flags.dist !== undefined ? { dist: flags.dist } : {}),
    ...(flags.briefing !== undefined ? { briefing: flags.briefing } : {}),
    ...(flags.range !== undefined ? { range: flags.range } : {}),
  }, io, browser));
}

/**
 * Starts the browser as soon as the flags are known good, before the modules that find, check and build the deck are
 * loaded: Chromium starts while they load and run. The browser is closed whatever happens.
 */
async function withBrowserStarted(env: ChromiumEnv, run: (browser: StartedBrowser) => Promise<number>): Promise<number> {
  const startedAt = performance.now();
  let browser: StartedBrowser;
  try {
    browser = { launching: launchInBackground({ executablePath: requireChromium(env), env }), startedAt };
  } catch (error) {
    browser = { failure: error, startedAt };
  }
  try {
    return await run(browser);
  } finally {
    await browser.launching?.close();
  }
}
