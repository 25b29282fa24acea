// A slide's content hash: what a briefing records when it picks a slide, to notice later edits.

import { createHash } from 'node:crypto';
import type { SourceSlide } from '../model/deck.js';

export function slidePin(slide: Pick<SourceSlide, 'content' | 'notes'>): string {
  return createHash('sha256').update(slide.content).update('\0').update(slide.notes).digest('hex').slice(0, 12);
}
