// `briefdeck export pptx [DIR]`: reads the flags, resolves the project's options (themes, diagram cache), calls the export.

import { PPTX_SIZES } from '../../export/pptx/geometry.js';
import type { CliIO } from '../command.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { briefingName, oneOf, slideRange } from '../option-validators.js';

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

export async function runPptx(args: string[], io: CliIO): Promise<number> {
  const started = performance.now();
  const { options: flags, positionals } = parseCommandLine(args, PPTX_OPTIONS);
  return (await import('../export-run.js')).exportPptxFile({ ...flags, positionals }, io, started);
}
