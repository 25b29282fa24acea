// First rule: "the first time", "first meeting", "unprecedented", "never before" mark what is new; a first ends a skeptical run.

import { findCue, FIRSTS_CUES } from './cues.js';
import { END_RUN, type Rule } from './types.js';

export const first: Rule = {
  id: 'first-cue',
  description: 'presents something as new: the first time, first meeting, unprecedented, never before',
  match({ sentence, speaker }) {
    const cue = findCue(sentence, FIRSTS_CUES);
    return cue ? { role: 'first', evidence: cue, speaker, stateChange: END_RUN } : undefined;
  },
};
