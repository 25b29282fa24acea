// `briefdeck check [DIR]`: the deck's problems as a report — syntax, ids, briefings, sources, diagrams; exit 1 on errors.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import type { SourceSlide } from '../../model/deck.js';
import { formatFromFileName } from '../../article/decode.js';
import { readArticle } from '../../article/read.js';
import { checkHeadings } from '../../check/headings.js';
import { checkHedges } from '../../check/hedges.js';
import { checkProvenance } from '../../check/provenance.js';
import { themeContrastDiagnostics } from '../../check/theme-contrast.js';
import { checkDiagramAccessibility } from '../../diagrams/a11y.js';
import { decodeText } from '../../io/decode-text.js';
import { loadSite } from '../../site/load-site.js';
import { listThemes } from '../../vite/deck-state.js';
import { KIT_ROOT } from '../../vite/options.js';
import type { Command } from '../command.js';
import { defaultDeckDir, deckDirFrom } from '../deck-dir.js';
import { parseArgs } from '../flags.js';

export interface CheckReport {
  diagnostics: Diagnostic[];
  slides: number;
  briefings: number;
}

export async function checkDeck(deckDir: string, cwd: string): Promise<CheckReport> {
  const themesDir = path.join(KIT_ROOT, 'themes');
  const { site, diagnostics } = await loadSite({ deckDir, themes: await listThemes(themesDir), displayRoot: cwd });
  const sources = site.deck.slides.map((s) => s.source);
  return {
    diagnostics: [
      ...diagnostics,
      ...(await checkSources(sources, site.deck.meta.article, deckDir, cwd)),
      ...checkDiagramAccessibility(site.diagrams),
      ...checkHeadings(site.deck.slides),
      ...(await checkThemeContrast(themesDir, site.deck.meta.theme, cwd)),
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
  const file = path.resolve(deckDir, article);
  const shown = path.relative(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return [{ severity: 'error', code: 'no-article', file: shown, line: 0, column: 0, message: 'the source article named in the headmatter does not exist', hint: `put the article at ${shown}, or fix article: in the headmatter` }];
  }
  const decoded = decodeText(bytes, shown, 'article');
  if (!decoded.ok) return [decoded.diagnostic];
  const read = readArticle(decoded.text, formatFromFileName(file) ?? 'txt', shown);
  return [
    ...read.diagnostics.filter((d) => d.severity === 'error'),
    ...checkProvenance(slides, read.article, shown),
    ...checkHedges(slides, read.article),
  ];
}

/** The deck theme's colours against WCAG AA (an unknown theme is already an error from loading). */
async function checkThemeContrast(themesDir: string, theme: string, cwd: string): Promise<Diagnostic[]> {
  const file = path.join(themesDir, `${theme}.css`);
  const css = await readFile(file, 'utf8').catch(() => undefined);
  return css === undefined ? [] : themeContrastDiagnostics(css, path.relative(cwd, file));
}

export const checkCommand: Command = {
  name: 'check',
  help: `Usage: briefdeck check [DIR]

Checks the deck in DIR (default: slides/) and its briefings, and prints one line per problem with
file:line and what to do:
  - Markdown, YAML and ids (as the build does)
  - briefing manifests: unknown ids, sections or tags, budgets, slides changed since picked
  - provenance: every [@pN] names a paragraph of the source article (article: in the headmatter),
    and every quotation appears verbatim in a paragraph it cites
  - hedges: a bullet keeps the hedge or condition ("reportedly", "if", "could", "apparently", …)
    of the cited sentence it rests on (a warning)
  - diagrams without a text alternative (accTitle/accDescr)
  - slides without a heading (screen readers, the outline and agendas name slides by it)
  - theme colours below WCAG AA contrast (text 4.5:1, rules and controls 3:1)
Exits 1 when there are errors, 0 when there are only warnings or none.`,
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    const deckDir = deckDirFrom(positionals, io.cwd) ?? defaultDeckDir(io.cwd);
    const report = await checkDeck(deckDir, io.cwd);
    for (const d of report.diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    io.out(`${report.slides} slides, ${report.briefings} briefings: ${errors} errors, ${report.diagnostics.length - errors} warnings`);
    return hasErrors(report.diagnostics) ? 1 : 0;
  },
};
