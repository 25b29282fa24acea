// What a dev server does after an edit, without Vite: recompile (edits during a recompile fold into one more), then tell the open pages.

import type { RenderedSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DeckSnapshot } from './deck-state.js';
import type { Site } from './load-site.js';
import { slideUpdate, type SectionHtml, type SlideUpdate } from './slide-update.js';

/** What the open pages are told: errors for the overlay, reload the page, or the slides that changed. */
export type DevMessage = { kind: 'errors'; errors: Diagnostic[] } | { kind: 'reload' } | { kind: 'slides'; update: SlideUpdate };

export interface DevRefreshHooks {
  /** Recompiles from disk. */
  recompile(): Promise<DeckSnapshot>;
  /** The compile the open pages were last given. */
  current(): DeckSnapshot;
  /** Whether a diagnostic keeps the deck from updating (in dev a broken diagram does not: it shows on its slide). */
  isFatal(diagnostic: Diagnostic): boolean;
  send(message: DevMessage): void;
  /** Every diagnostic of each compile, for the terminal. */
  report(diagnostic: Diagnostic): void;
  /** A slide's `<section>` as the open page shows it (the server's URLs for the files it names). */
  sectionHtml(slide: RenderedSlide, site: Site): string;
}

/**
 * Returns `refresh`: edits that arrive while a recompile runs fold into one more recompile after it, so each update
 * compares against the compile the open pages were last sent, never against one a concurrent refresh has overtaken.
 */
export function createDevRefresh(hooks: DevRefreshHooks): () => Promise<void> {
  let refreshing: Promise<void> | undefined;
  let editedAgain = false;
  // Each compile's slides as HTML, made once: the next edit compares against them.
  const sectionCache = new WeakMap<Site, SectionHtml[]>();
  const sectionsOf = (site: Site | undefined): SectionHtml[] => {
    if (!site) return [];
    let sections = sectionCache.get(site);
    if (!sections) {
      sections = site.deck.slides.map((s) => ({ id: s.source.id, h: s.source.h, v: s.source.v, html: hooks.sectionHtml(s, site) }));
      sectionCache.set(site, sections);
    }
    return sections;
  };

  /** Errors go to the overlay (the last good deck stays); the headmatter or the article changing reloads; else the changed slides. */
  const refreshOnce = async (): Promise<void> => {
    const previous = hooks.current().good;
    const result = await hooks.recompile();
    for (const diagnostic of result.diagnostics) hooks.report(diagnostic);
    const fatal = result.diagnostics.filter((d) => hooks.isFatal(d));
    if (fatal.length > 0) return hooks.send({ kind: 'errors', errors: fatal });
    // The headmatter (theme, title, source, banner) and the embedded article shape the whole page, not one slide.
    if (JSON.stringify(result.good?.deck.meta) !== JSON.stringify(previous?.deck.meta) || result.good?.source?.text !== previous?.source?.text) return hooks.send({ kind: 'reload' });
    // Open pages get only the slides that changed (a page loaded later renders the new compile itself).
    hooks.send({ kind: 'slides', update: slideUpdate(sectionsOf(previous), sectionsOf(result.good)) });
  };

  return function refresh(): Promise<void> {
    if (refreshing) {
      editedAgain = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        editedAgain = false;
        await refreshOnce();
      } while (editedAgain);
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };
}
