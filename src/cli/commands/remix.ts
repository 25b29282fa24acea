// `briefdeck remix`: writes a briefing manifest from selectors, resolved to slide ids and pinned to their content.

import path from 'node:path';
import { manifestYaml } from '../../briefing/manifest-yaml.js';
import { yamlText } from '../../parse/yaml-write.js';
import { readManifest } from '../../briefing/manifest.js';
import { parseSelector } from '../../briefing/selection.js';
import { slidePin } from '../../briefing/pin.js';
import { resolveManifest } from '../../briefing/select.js';
import { writeFileAtomic } from '../../export/atomic-write.js';
import { formatDiagnostic } from '../../model/diagnostic.js';
import { loadDeckFiles } from '../../io/load-deck.js';
import { BRIEFING_MANIFEST_FILE } from '../../io/output-formats.js';
import { guardOutput } from '../../io/output-guard.js';
import { parseDeck } from '../../parse/parse-deck.js';
import { UsageError, type Command } from '../command.js';
import { DECK_HELP } from '../deck-help.js';
import { optionsHelp, parseCommandLine, type OptionTable } from '../option-table.js';
import { positiveNumber } from '../option-validators.js';
import { loadProject } from '../../site/vite-config.js';
import { projectDeck } from '../deck-dir.js';

const OPTIONS = {
  select: { type: 'string', value: '"…"', help: 'the slides, e.g. "title, section:firsts, tag:principal, advice"' },
  title: { type: 'string', value: 'TEXT', help: 'the briefing\'s title' },
  out: { type: 'string', value: 'FILE', help: 'where to write, e.g. slides/briefings/principal.yaml' },
  audience: { type: 'string', value: 'WHO', help: 'who the briefing is for' },
  minutes: { type: 'string', value: 'N', parse: positiveNumber, help: 'time budget in minutes' },
  force: { type: 'boolean', help: 'overwrite an existing manifest' },
} satisfies OptionTable;

export const remixCommand: Command = {
  name: 'remix',
  help: `Usage: briefdeck remix [DIR] --select "SELECTORS" --title TITLE --out FILE [--audience WHO] [--minutes N] [--force]

Picks slides of a deck and writes a briefing manifest that builds them as /briefings/<name>/.
${DECK_HELP}
SELECTORS is a comma-separated list, applied in order:
  an id (firsts), section:NAME, tag:NAME, a range FROM..TO, or * for every slide.
Selectors are resolved to slide ids, each pinned to the slide's content, so a later edit of a
picked slide is reported by build and check.

Options:
${optionsHelp(OPTIONS)}`,
  async run(args, io) {
    const { options: flags, positionals } = parseCommandLine(args, OPTIONS);
    if (!flags.select || !flags.title || !flags.out) throw new UsageError('--select, --title and --out are required');
    const budget = flags.minutes;
    const out = path.resolve(io.cwd, flags.out);
    if (!out.endsWith('.yaml')) throw new UsageError('--out must name a .yaml file, e.g. slides/briefings/principal.yaml');
    // A manifest is written into the deck's briefings folder, so no deck folder is protected here.
    guardOutput({ target: out, kind: 'file', format: BRIEFING_MANIFEST_FILE, flag: '--out', cwd: io.cwd, protect: [], ...(flags.force ? { force: true } : {}) });
    for (const text of flags.select.split(',')) {
      const selector = parseSelector(text, 'ids');
      if ('problem' in selector) throw new UsageError(`${selector.problem}: use an id, section:NAME, tag:NAME, FROM..TO, number:3-5 or *`);
    }

    const deckDir = projectDeck(await loadProject(io.cwd, 'build'), positionals, io.cwd).path;
    const loaded = loadDeckFiles(deckDir, io.cwd);
    const parsed = parseDeck(loaded.files);
    const deckErrors = [...loaded.diagnostics, ...parsed.diagnostics].filter((d) => d.severity === 'error');
    if (deckErrors.length > 0) {
      for (const d of deckErrors) io.err(formatDiagnostic(d));
      return 1;
    }
    const name = path.basename(out, '.yaml');
    const draft = yamlText({ title: flags.title, slides: flags.select.split(',').map((s) => s.trim()) });
    const read = readManifest(draft, '--select', name);
    const selection = read.manifest ? resolveManifest(read.manifest, { deck: parsed.slides, briefings: new Map(), external: { extra: new Map(), decks: new Map() } }) : undefined;
    const problems = [...read.diagnostics, ...(selection?.diagnostics ?? [])].filter((d) => d.severity === 'error');
    if (!selection || problems.length > 0) {
      for (const d of problems) io.err(`--select: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
      return 1;
    }
    const ids = selection.slides.map((s) => s.slide.id);
    const pins = Object.fromEntries(selection.slides.map((s) => [s.slide.id, slidePin(s.slide)]));
    const yaml = manifestYaml({ title: flags.title, ...(flags.audience ? { audience: flags.audience } : {}), ...(budget !== undefined ? { budget } : {}), ids, pins });
    await writeFileAtomic(out, Buffer.from(yaml, 'utf8'));
    io.out(`Wrote ${path.relative(io.cwd, out)}: ${ids.length} slides (${ids.join(', ')}); it builds as briefings/${name}/`);
    return 0;
  },
};
