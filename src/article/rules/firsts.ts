// Firsts rule: "the first time", "historic", "unprecedented" and the like mark what is new.

import { findCue, FIRSTS_CUES } from './cues.js';
import type { Rule } from './types.js';

export const firstsCue: Rule = {
  id: 'firsts-cue',
  description: 'presents something as new: the first time, first meeting, historic, unprecedented',
  match({ paragraph }) {
    const cue = findCue(paragraph.text, FIRSTS_CUES);
    return cue ? { kind: 'firsts', cue } : undefined;
  },
};
