// Every briefing of a deck compiled to a Deck of its own: select, assemble, render (diagrams shared through the cache).

import type { Deck, ParsedDeck } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { compileParsed, type RenderStepOptions } from '../compile/compile-deck.js';
import { assembleBriefing } from './assemble.js';
import type { LoadedBriefings } from './load-briefings.js';
import type { BriefingManifest } from './manifest.js';
import { resolveManifest } from './select.js';

export interface CompiledBriefing {
  manifest: BriefingManifest;
  deck: Deck;
  minutes: number;
}

export async function compileBriefings(
  source: ParsedDeck,
  loaded: LoadedBriefings,
  options: RenderStepOptions = {},
): Promise<{ briefings: CompiledBriefing[]; diagnostics: Diagnostic[] }> {
  const briefings: CompiledBriefing[] = [];
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  for (const manifest of loaded.manifests.values()) {
    const selection = resolveManifest(manifest, { deck: source.slides, briefings: loaded.manifests, external: loaded.external });
    const assembled = assembleBriefing(manifest, selection, source.meta);
    const { deck } = await compileParsed(assembled.deck, options);
    diagnostics.push(...deck.diagnostics);
    briefings.push({ manifest, deck, minutes: assembled.minutes });
  }
  return { briefings, diagnostics };
}
