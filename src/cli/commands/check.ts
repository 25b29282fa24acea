// `briefdeck check [DIR]`: the deck's problems as a report — syntax, ids, briefings, sources, diagrams; exit 1 on errors.

import path from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import type { SourceSlide } from '../../model/deck.js';
import { checkHeadings } from '../../check/headings.js';
import { checkHedges } from '../../check/hedges.js';
import { checkProvenance } from '../../check/provenance.js';
import { checkSourceCredibility } from '../../check/source-credibility.js';
import { themeFileContrast } from '../../check/theme-file-contrast.js';
import { checkDiagramAccessibility } from '../../diagrams/a11y.js';
import { deckFolderOf } from '../../io/load-deck.js';
import { loadArticle } from '../../site/load-article.js';
import { loadSite } from '../../site/load-site.js';
import { listThemes } from '../../vite/deck-state.js';
import { KIT_ROOT } from '../../vite/options.js';
import type { Command } from '../command.js';
import { DECK_HELP } from '../deck-dir.js';
import { parseArgs } from '../flags.js';
import { loadProject, projectDeck } from '../vite-config.js';

export interface CheckReport {
  diagnostics: Diagnostic[];
  slides: number;
  briefings: number;
}

/** `themesDir`: the project's themes folder (briefdeck({ themes })), else the kit's. */
export async function checkDeck(deckDir: string, cwd: string, themesDir = path.join(KIT_ROOT, 'themes')): Promise<CheckReport> {
  const { site, diagnostics } = await loadSite({ deckDir, themes: await listThemes(themesDir), displayRoot: cwd });
  const sources = site.deck.slides.map((s) => s.source);
  return {
    diagnostics: [
      ...diagnostics,
      ...(await checkSources(sources, site.deck.meta.article, deckDir, cwd)),
      ...checkSourceCredibility(site.deck.meta, sources, sources[0]?.range.file ?? path.relative(cwd, deckDir)),
      ...checkDiagramAccessibility(site.diagrams),
      ...checkHeadings(site.deck.slides),
      // An unknown theme is already an error from loading.
      ...(await themeFileContrast(themesDir, site.deck.meta.theme, cwd)),
    ],
    slides: sources.length,
    briefings: site.briefings.length,
  };
}

/** Citations, quotations and hedges against the article the headmatter names (`article:`, relative to the deck folder). */
async function checkSources(slides: SourceSlide[], article: string | undefined, deckDir: string, cwd: string): Promise<Diagnostic[]> {
  const cited = slides.find((s) => s.citations.length > 0);
  if (article === undefined) {
    if (!cited) return [];
    return [{
      severity: 'warning', code: 'no-article', file: cited.range.file, line: cited.range.startLine, column: 0,
      message: 'slides cite paragraphs ([@pN]) but the deck names no source article, so citations cannot be checked',
      hint: 'add article: source/<file> to the deck headmatter',
    }];
  }
  const folder = deckFolderOf(deckDir);
  // Problems other than a missing file are about the headmatter line that names it.
  const at = slides[0] ? { file: slides[0].range.file, line: 1 } : undefined;
  const loaded = await loadArticle(folder, article, cwd, at);
  if (!loaded.document) return loaded.diagnostics;
  const { article: read } = loaded.document;
  return [...checkProvenance(slides, read, path.relative(cwd, path.resolve(folder, article))), ...checkHedges(slides, read)];
}

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
  - slides without a heading (screen readers, the outline and agendas name slides by it)
  - theme colours below WCAG AA contrast (text 4.5:1, rules and controls 3:1)
Exits 1 when there are errors, 0 when there are only warnings or none.
${DECK_HELP}`,
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    const project = await loadProject(io.cwd, 'build');
    const deck = projectDeck(project, positionals, io.cwd);
    if (deck.note) io.out(`note: ${deck.note}`);
    const report = await checkDeck(deck.path, io.cwd, project.options.themes);
    for (const d of report.diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    io.out(`${report.slides} slides, ${report.briefings} briefings: ${errors} errors, ${report.diagnostics.length - errors} warnings`);
    return hasErrors(report.diagnostics) ? 1 : 0;
  },
};
