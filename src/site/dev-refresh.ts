// What a dev server does after an edit, without Vite: recompile (edits during a recompile fold into one more), then tell the open pages.

import type { Deck, RenderedSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DeckSnapshot, StagedCompile } from './deck-state.js';
import type { Site } from './load-site.js';
import { slideUpdate, type SectionHtml, type SlideUpdate } from './slide-update.js';

/** What the open pages are told: errors for the overlay, reload the page, or the slides that changed. */
export type DevMessage = { kind: 'errors'; errors: Diagnostic[] } | { kind: 'reload' } | { kind: 'slides'; update: SlideUpdate };

export interface DevRefreshHooks {
  /** Recompiles from disk, telling the deck's own stage before the briefings are done. */
  recompile(): StagedCompile;
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
 * The open pages are told as soon as the deck's own slides are compiled; the briefings, and the diagnostics of the
 * whole compile for the terminal and the overlay, follow.
 */
export function createDevRefresh(hooks: DevRefreshHooks): () => Promise<void> {
  let refreshing: Promise<void> | undefined;
  let editedAgain = false;
  // The open pages were sent slides of a compile whose briefings then failed: they may hold slides the last good compile does not.
  let pagesAhead = false;
  // Each compile's slides as HTML, made once: the next edit compares against them (a deck and its whole site share them).
  const sectionCache = new WeakMap<Deck, SectionHtml[]>();
  const sectionsOf = (site: Site | undefined): SectionHtml[] => {
    if (!site) return [];
    let sections = sectionCache.get(site.deck);
    if (!sections) {
      sections = site.deck.slides.map((s) => ({ id: s.source.id, h: s.source.h, v: s.source.v, html: hooks.sectionHtml(s, site) }));
      sectionCache.set(site.deck, sections);
    }
    return sections;
  };

  /** What the deck's own stage tells the open pages: the headmatter or the article changing reloads them; else the changed slides. */
  const pageMessage = (previous: Site | undefined, next: Site): DevMessage => {
    // The headmatter (theme, title, source, banner) and the embedded article shape the whole page, not one slide.
    if (JSON.stringify(next.deck.meta) !== JSON.stringify(previous?.deck.meta) || next.source?.text !== previous?.source?.text) return { kind: 'reload' };
    // Open pages get only the slides that changed (a page loaded later renders the new compile itself); pages that may be
    // ahead of the last good compile get every slide.
    return { kind: 'slides', update: slideUpdate(pagesAhead ? [] : sectionsOf(previous), sectionsOf(next)) };
  };

  /** Errors go to the overlay (the last good deck stays); a good deck goes to the open pages before its briefings are compiled. */
  const refreshOnce = async (): Promise<void> => {
    const previous = hooks.current().good;
    const staged = hooks.recompile();
    const deck = await staged.deck;
    const sent = deck.good && !deck.diagnostics.some((d) => hooks.isFatal(d)) ? pageMessage(previous, deck.good) : undefined;
    if (sent) {
      hooks.send(sent);
      pagesAhead = false;
    }
    const whole = await staged.whole;
    for (const diagnostic of whole.diagnostics) hooks.report(diagnostic);
    const fatal = whole.diagnostics.filter((d) => hooks.isFatal(d));
    if (fatal.length === 0) return;
    hooks.send({ kind: 'errors', errors: fatal });
    // A reloaded page renders the last good compile; a patched one keeps the slides it was sent.
    if (sent?.kind === 'slides') pagesAhead = true;
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
