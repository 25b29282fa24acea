// `briefdeck check [DIR]`: the deck's problems as a report — syntax, ids, provenance, diagrams; exit 1 on errors.

import path from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import { compileDeck } from '../../compile/compile-deck.js';
import { checkDiagramAccessibility } from '../../diagrams/a11y.js';
import { loadDeckFiles } from '../../io/load-deck.js';
import { listThemes } from '../../vite/deck-state.js';
import { KIT_ROOT } from '../../vite/options.js';
import type { Command } from '../command.js';
import { defaultDeckDir, deckDirFrom } from '../deck-dir.js';
import { parseArgs } from '../flags.js';

export async function checkDeck(deckDir: string, cwd: string): Promise<{ diagnostics: Diagnostic[]; slides: number }> {
  const loaded = await loadDeckFiles(deckDir, cwd);
  const { deck, diagrams } = await compileDeck(loaded.files, { themes: await listThemes(path.join(KIT_ROOT, 'themes')) });
  return { diagnostics: [...loaded.diagnostics, ...deck.diagnostics, ...checkDiagramAccessibility(diagrams)], slides: deck.slides.length };
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'report problems in a deck (syntax, ids, sources, diagrams); exit 1 on errors',
  help: `Usage: briefdeck check [DIR]

Checks the deck in DIR (default: slides/) and prints one line per problem with file:line
and what to do. Exits 1 when there are errors, 0 when there are only warnings or none.`,
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    const deckDir = deckDirFrom(positionals, io.cwd) ?? defaultDeckDir(io.cwd);
    const { diagnostics, slides } = await checkDeck(deckDir, io.cwd);
    for (const d of diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    io.out(`${slides} slides, ${errors} errors, ${diagnostics.length - errors} warnings`);
    return hasErrors(diagnostics) ? 1 : 0;
  },
};
