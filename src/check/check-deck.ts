// A deck's problems as one report: syntax, ids, briefings, sources, hedges, diagrams, headings, theme contrast.

import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceSlide } from '../model/deck.js';
import { checkDiagramAccessibility } from '../diagrams/a11y.js';
import { KIT_ROOT } from '../io/kit-root.js';
import { themeChoice } from '../io/list-themes.js';
import { deckFolderOf } from '../io/load-deck.js';
import { loadArticle } from '../site/load-article.js';
import { loadSite } from '../site/load-site.js';
import { checkHeadings } from './headings.js';
import { checkHedges } from './hedges.js';
import { checkProvenance } from './provenance.js';
import { checkSourceCredibility } from './source-credibility.js';
import { themeFileContrast } from './theme-file-contrast.js';

export interface CheckReport {
  diagnostics: Diagnostic[];
  slides: number;
  briefings: number;
}

/**
 * `themesDir`: the project's themes folder (briefdeck({ themes })), else the kit's; `mermaid`: the project's
 * `diagrams.mermaid` settings, whose colours are checked laid over the theme's as diagrams are drawn.
 */
export async function checkDeck(deckDir: string, cwd: string, themesDir = path.join(KIT_ROOT, 'themes'), mermaid: Record<string, unknown> = {}): Promise<CheckReport> {
  const { themes, unusable } = themeChoice(themesDir, cwd);
  const { site, diagnostics } = await loadSite({ deckDir, themes, unusableThemes: unusable, displayRoot: cwd });
  const sources = site.deck.slides.map((s) => s.source);
  return {
    diagnostics: [
      ...diagnostics,
      ...(await checkSources(sources, site.deck.meta.article, deckDir, cwd)),
      ...checkSourceCredibility(site.deck.meta, sources, sources[0]?.range.file ?? path.relative(cwd, deckDir)),
      ...checkDiagramAccessibility(site.diagrams),
      ...checkHeadings(sources),
      // An unknown theme is already an error from loading.
      ...(await themeFileContrast(themesDir, site.deck.meta.theme, cwd, mermaid)),
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
