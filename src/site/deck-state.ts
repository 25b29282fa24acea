// Loads and compiles the deck on demand, keeping the last good compile for a dev server to fall back on.

import { listThemes } from '../io/list-themes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiagramRenderer } from '../compile/diagram-renderer.js';
import { createSiteCaches, loadSite, sweepSiteCaches, type Site } from './load-site.js';
import type { ResolvedOptions } from '../vite/options.js';
import { runningCodeIdentity } from '../io/code-identity.js';

export interface DeckSnapshot {
  /** The newest compile that had no errors, if any: the deck and its briefings. */
  good?: Site;
  /** Diagnostics of the newest compile (errors mean `good` is older, or missing). */
  diagnostics: Diagnostic[];
}

export interface DeckState {
  /** Recompiles from disk; compiles run one at a time, in the order asked. */
  reload(): Promise<DeckSnapshot>;
  current(): DeckSnapshot;
}

/** In dev, a broken diagram shows as an error box on its slide: the rest of the deck stays live. */
export function isFatal(diagnostic: Diagnostic, command: 'build' | 'serve'): boolean {
  return diagnostic.severity === 'error' && !(command === 'serve' && diagnostic.code === 'mermaid');
}

export function createDeckState(options: ResolvedOptions, renderDiagrams: DiagramRenderer | undefined, command: 'build' | 'serve'): DeckState {
  let snapshot: DeckSnapshot = { diagnostics: [] };
  let queue: Promise<DeckSnapshot> = Promise.resolve(snapshot);
  // A dev session re-parses and re-renders only the files an edit changed, and reads the article again only when it changed.
  // The article as read is kept on disk too (when the running code can be named), so a dev start reads it without the language model.
  const code = command === 'serve' ? runningCodeIdentity() : undefined;
  const caches = command === 'serve' ? createSiteCaches(code === undefined ? undefined : { dir: options.cacheDir, code }) : undefined;

  const compileOnce = async (): Promise<DeckSnapshot> => {
    const themes = await listThemes(options.themesDir);
    const { site, diagnostics } = await loadSite({
      deckDir: options.deckDir,
      themes,
      separators: options.separators,
      displayRoot: options.displayRoot,
      ...(renderDiagrams ? { renderDiagrams } : {}),
      ...(caches ? { caches } : {}),
    });
    if (caches) sweepSiteCaches(caches);
    snapshot = diagnostics.some((d) => isFatal(d, command)) ? { ...(snapshot.good ? { good: snapshot.good } : {}), diagnostics } : { good: site, diagnostics };
    return snapshot;
  };

  return {
    reload() {
      queue = queue.then(compileOnce, compileOnce);
      return queue;
    },
    current: () => snapshot,
  };
}
