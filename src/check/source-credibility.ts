// Source credibility check: a deck that cites its source should say who wrote it, where and when it appeared, or where it is.

import type { DeckMeta, SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { hasSourceCredibility } from '../render/source-facts.js';

const KEYS = ['source-author', 'source-outlet', 'source-published', 'source-url'] as const;

/**
 * A warning when slides cite the source (`[@pN]`) and the headmatter names none of its author, outlet,
 * publication date or URL — and does not say, by leaving a key empty, that the source does not state them.
 */
export function checkSourceCredibility(meta: DeckMeta, slides: readonly SourceSlide[], headmatterFile: string): Diagnostic[] {
  if (!slides.some((slide) => slide.citations.length > 0)) return [];
  if (hasSourceCredibility(meta)) return [];
  const declaredUnstated = [meta.sourceAuthor, meta.sourceOutlet, meta.sourcePublished, meta.sourceUrl].some((value) => value === '');
  if (declaredUnstated) return [];
  return [{
    severity: 'warning', code: 'source-credibility', file: headmatterFile, line: 1, column: 0,
    message: 'the slides cite a source, but the headmatter names none of its author, outlet, publication date or URL',
    hint: `add what the source states (${KEYS.map((key) => `${key}:`).join(', ')}); leave a key empty when the source does not state it — never guess`,
  }];
}
