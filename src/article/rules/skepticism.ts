// Skepticism rules: doubt and obstacle cues, and a contrastive turn ("However, …") after good news.

import { findCue, SKEPTIC_CUES, TURN_OPENERS } from './cues.js';
import type { Rule } from './types.js';

export const skepticCue: Rule = {
  id: 'skeptic-cue',
  description: 'names reasons for doubt: skeptical, obstacles, hurdles, doubts, premature',
  match({ paragraph }) {
    const cue = findCue(paragraph.text, SKEPTIC_CUES);
    return cue ? { kind: 'skepticism', cue } : undefined;
  },
};

export const skepticalTurn: Rule = {
  id: 'skeptical-turn',
  description: 'opens with a contrastive turn (However, But, Yet, Despite) after a non-skeptical paragraph',
  match({ paragraph }, state) {
    if (state.skepticalTurn || state.previous?.kind === 'skepticism') return undefined;
    const cue = TURN_OPENERS.exec(paragraph.text)?.[0];
    return cue ? { kind: 'skepticism', cue } : undefined;
  },
};
