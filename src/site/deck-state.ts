// Loads and compiles the deck on demand, keeping the last good compile for a dev server to fall back on.

import { themeChoice } from '../io/list-themes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiagramRenderer } from '../compile/diagram-renderer.js';
import type { Site } from './load-site.js';
import { articleDiskCache, createSiteCaches, sweepSiteCaches } from './site-caches.js';
import type { ResolvedOptions } from '../vite/options.js';
import { runningCodeIdentity } from '../io/code-identity.js';

export interface DeckSnapshot {
  /** The newest compile that had no errors, if any: the deck and its briefings. */
  good?: Site;
  /** Diagnostics of the newest compile (errors mean `good` is older, or missing). */
  diagnostics: Diagnostic[];
}

/** One recompile in its two stages: an open deck page can be updated from the first while the briefings compile. */
export interface StagedCompile {
  /** The deck's own slides: `good` is this compile's deck without its briefings (the last good site when the deck has errors). */
  deck: Promise<DeckSnapshot>;
  /** The whole compile, briefings included: what `current()` then returns. */
  whole: Promise<DeckSnapshot>;
}

export interface DeckState {
  /** Recompiles from disk; compiles run one at a time, in the order asked. */
  reload(): Promise<DeckSnapshot>;
  /** `reload`, with the deck's own stage told first. */
  reloadInStages(): StagedCompile;
  current(): DeckSnapshot;
}

/** In dev, a broken diagram shows as an error box on its slide: the rest of the deck stays live. */
export function isFatal(diagnostic: Diagnostic, command: 'build' | 'serve'): boolean {
  return diagnostic.severity === 'error' && !(command === 'serve' && diagnostic.code === 'mermaid');
}

/** `code` names the running code (see `runningCodeIdentity`); undefined keeps nothing on disk. */
export function createDeckState(options: ResolvedOptions, renderDiagrams: DiagramRenderer | undefined, command: 'build' | 'serve', code: string | undefined = runningCodeIdentity()): DeckState {
  let snapshot: DeckSnapshot = { diagnostics: [] };
  let queue: Promise<DeckSnapshot> = Promise.resolve(snapshot);
  // A dev session re-parses and re-renders only the files an edit changed, and reads the article again only when it changed.
  // The article as read is kept on disk too (when the running code can be named), so a dev start or a build reads it without the language model.
  const disk = code === undefined ? undefined : { dir: options.cacheDir, code };
  const caches = command === 'serve' ? createSiteCaches(disk) : undefined;
  // A build compiles once: of the session's caches only the article on disk saves it work.
  const articles = command === 'build' && disk ? articleDiskCache(disk) : undefined;

  const compileOnce = async (onDeck: (deck: DeckSnapshot) => void): Promise<DeckSnapshot> => {
    const { themes, unusable } = themeChoice(options.themesDir, options.displayRoot);
    // The compile itself (Markdown, HTML parsing and sanitising) loads with the first compile: a dev server opens its port, and serves a stored first page, before it.
    const { loadDeckStage } = await import('./load-site.js');
    const stage = await loadDeckStage({
      deckDir: options.deckDir,
      themes,
      unusableThemes: unusable,
      separators: options.separators,
      displayRoot: options.displayRoot,
      ...(renderDiagrams ? { renderDiagrams } : {}),
      ...(caches ? { caches } : {}),
      ...(articles ? { articles } : {}),
    });
    const keepingGood = (result: { site: Site; diagnostics: Diagnostic[] }): DeckSnapshot =>
      result.diagnostics.some((d) => isFatal(d, command)) ? { ...(snapshot.good ? { good: snapshot.good } : {}), diagnostics: result.diagnostics } : { good: result.site, diagnostics: result.diagnostics };
    onDeck(keepingGood(stage));
    const whole = await stage.withBriefings();
    if (caches) sweepSiteCaches(caches);
    snapshot = keepingGood(whole);
    return snapshot;
  };

  const reloadInStages = (): StagedCompile => {
    let tellDeck!: (deck: DeckSnapshot) => void;
    const deck = new Promise<DeckSnapshot>((resolve) => (tellDeck = resolve));
    const compile = (): Promise<DeckSnapshot> => compileOnce(tellDeck);
    queue = queue.then(compile, compile);
    // A compile that throws before its deck stage rejects both stages.
    return { deck: Promise.race([deck, queue]), whole: queue };
  };

  return {
    reload: () => reloadInStages().whole,
    reloadInStages,
    current: () => snapshot,
  };
}
