// Normative rule: a sentence saying what should, must or ought to happen marks a recommendation.

import { findCue, NORMATIVE_CUES } from './cues.js';
import type { Rule } from './types.js';

/** Sentences that recommend: normative wording, not a question, not a conditional "Should X fail, …". */
export function normativeCue(sentence: string): string | undefined {
  if (/\?["”’)]*$/.test(sentence) || /^Should\b/.test(sentence)) return undefined;
  return findCue(sentence, NORMATIVE_CUES);
}

export const normative: Rule = {
  id: 'normative',
  description: 'a sentence says what should, must or ought to be done',
  match({ paragraph }) {
    for (const sentence of paragraph.sentences) {
      const cue = normativeCue(sentence);
      if (cue) return { kind: 'recommendations', cue };
    }
    return undefined;
  },
};
