// `briefdeck export pptx [DIR]`: reads the flags, resolves the project's options (themes, diagram cache), calls the export.

import path from 'node:path';
import { PPTX_SIZES } from '../../export/pptx/geometry.js';
import { SlideRangeError } from '../../export/range.js';
import { DEFAULT_OUT_DIR, type ExportResult } from '../../export/types.js';
import { deckNameOf } from '../../io/load-deck.js';
import { PPTX_FILE } from '../../io/output-formats.js';
import { guardOutput } from '../../io/output-guard.js';
import { resolveOptions } from '../../vite/options.js';
import { UsageError, type CliIO } from '../command.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { briefingName, oneOf, slideRange } from '../option-validators.js';
import { protectedFolders } from '../../io/protected-folders.js';
import { loadProject } from '../../site/vite-config.js';
import { projectDeck } from '../deck-dir.js';

export const PPTX_OPTIONS = {
  out: { type: 'string', value: 'FILE', help: 'the .pptx to write (default: out/<deck name>.pptx, or out/<deck name>-<briefing>.pptx)' },
  size: { type: 'string', value: 'SIZE', parse: oneOf(PPTX_SIZES, `must be one of ${PPTX_SIZES.join(', ')} for pptx`), help: '16:9 (default) or 4:3' },
  briefing: { type: 'string', value: 'NAME', parse: briefingName, help: 'the briefing <deck>/briefings/NAME.yaml (its cover and agenda included)' },
  select: { type: 'string', value: '"…"', help: 'only the slides these selectors pick, in that order: ids, section:NAME, tag:NAME, FROM..TO' },
  range: { type: 'string', value: '1,3-5', parse: slideRange, help: 'only these slides (1-based, after --briefing or --select)' },
  force: { type: 'boolean', help: 'overwrite an existing --out file that is not a PowerPoint file' },
} satisfies OptionTable;

/** The pptx part of `briefdeck export --help`, its options in a column `width` wide. */
export const PPTX_HELP = (width: number): string => `pptx: an editable PowerPoint file (no browser needed once diagrams are cached): titles in title
  placeholders, bullets as paragraphs with levels, tables as tables, speaker notes (talk track, then the
  source sentences), citations as superscript links, a closing Sources slide with the cited paragraphs,
  diagrams as SVG pictures with a PNG fallback and their accTitle/accDescr as alt text.
${optionsHelp(PPTX_OPTIONS, { withHelp: false, width })}
  Text that would not fit is set smaller within bounds, or reported with the slide and file:line; raw HTML
  that has no PowerPoint form is reported with the slide and what was left out.`;

export async function runPptx(args: string[], io: CliIO, report: (started: number, result: ExportResult) => number): Promise<number> {
  const started = performance.now();
  const { options: flags, positionals } = parseCommandLine(args, PPTX_OPTIONS);
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
  const { exportPptx } = await import('../../export/pptx/export-pptx.js');
  try {
    const result = await exportPptx({
      cwd: io.cwd, deckDir, out, size,
      ...(flags.briefing !== undefined ? { briefing: flags.briefing } : {}),
      ...(flags.range !== undefined ? { range: flags.range } : {}),
      ...(flags.select !== undefined ? { select: flags.select } : {}),
      themesDir: options.themesDir, diagramCacheDir: options.diagrams.cacheDir, mermaid: options.diagrams.mermaid,
      env: io.env, progress: (line) => io.err(line),
    });
    return report(started, result);
  } catch (error) {
    if (error instanceof SlideRangeError) throw new UsageError(error.message);
    throw error;
  }
}
