// Unverified-claim rule: what the article reports without vouching for it ("X allegedly moved …") is a reason for caution.

import { findCue, UNVERIFIED_CUES } from './cues.js';
import type { Rule } from './types.js';

export const unverified: Rule = {
  id: 'unverified-claim',
  description: 'reports a claim the article does not vouch for: allegedly, reportedly, seemingly, unconfirmed',
  match({ sentence, speaker }) {
    const cue = findCue(sentence, UNVERIFIED_CUES);
    return cue ? { role: 'concern', evidence: cue, speaker } : undefined;
  },
};
