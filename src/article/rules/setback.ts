// Setback rule: a past failure or a veto ("the last accord collapsed", "the power to block") is a reason for caution,
// unless the sentence is a first ("the first deal since the last one collapsed"), which the first rule decides before.

import { findCue, SETBACK_CUES } from './cues.js';
import type { Rule } from './types.js';

export const setback: Rule = {
  id: 'setback',
  description: 'names a past failure or a veto: collapsed, fell apart, was withdrawn, the power to block',
  match({ sentence, speaker }) {
    const cue = findCue(sentence, SETBACK_CUES);
    return cue ? { role: 'concern', evidence: cue, speaker } : undefined;
  },
};
