// `briefdeck check [DIR]`: the deck's problems as a report — syntax, ids, briefings, sources, diagrams; exit 1 on errors.

import { formatDiagnostic, hasErrors } from '../../model/diagnostic.js';
import { checkDeck } from '../../check/check-deck.js';
import { loadProject } from '../../site/vite-config.js';
import type { Command } from '../command.js';
import { DECK_HELP } from '../deck-help.js';
import { projectDeck } from '../deck-dir.js';
import { parseCommandLine } from '../option-table.js';

export const checkCommand: Command = {
  name: 'check',
  help: `Usage: briefdeck check [DIR]

Checks a deck and its briefings, and prints one line per problem with file:line and what to do:
  - Markdown, YAML and ids (as the build does)
  - briefing manifests: unknown ids, sections or tags, budgets, slides changed since picked
  - provenance: every [@pN] names a paragraph of the source article (article: in the headmatter),
    and every quotation appears verbatim in a paragraph it cites
  - source credibility: a cited source with none of source-author, source-outlet, source-published
    or source-url in the headmatter (a key left empty says the source does not state it)
  - hedges: a bullet keeps the hedge or condition ("reportedly", "if", "could", "apparently", …)
    of the cited sentence it rests on (a warning)
  - diagrams without a text alternative (accTitle/accDescr)
  - slides without a heading (screen readers, PDF bookmarks and agendas name slides by it)
  - theme colours below WCAG AA contrast (text 4.5:1, rules and controls 3:1), diagram colours of every
    kind too, with the themeVariables of diagrams.mermaid in vite.config.ts laid over the theme's
Exits 1 when there are errors, 0 when there are only warnings or none.
${DECK_HELP}`,
  async run(args, io) {
    const { positionals } = parseCommandLine(args, {});
    const project = await loadProject(io.cwd, 'build');
    const deck = projectDeck(project, positionals, io.cwd);
    if (deck.note) io.out(`note: ${deck.note}`);
    const report = await checkDeck(deck.path, io.cwd, project.options.themes, project.options.diagrams?.mermaid);
    for (const d of report.diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    io.out(`${count(report.slides, 'slide')}, ${count(report.briefings, 'briefing')}: ${count(errors, 'error')}, ${count(report.diagnostics.length - errors, 'warning')}`);
    return hasErrors(report.diagnostics) ? 1 : 0;
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
