// Prediction rule: future or conditional wording marks what to watch ("will", "is expected to", "if … would").

import { CONDITIONAL, findCue, FUTURE_CUES } from './cues.js';
import type { Rule } from './types.js';

export const prediction: Rule = {
  id: 'future-cue',
  description: 'says what will or may happen next: will, is expected to, plans to, or a condition (If …, … would)',
  match({ sentence, speaker }) {
    const condition = CONDITIONAL.exec(sentence)?.[0].split(/\s+/)[0];
    if (condition) return { role: 'prediction', evidence: condition, speaker };
    // Outside quotations only: a quoted "will" is the speaker's rhetoric, not the article's expectation.
    const cue = findCue(sentence.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length)), FUTURE_CUES);
    return cue ? { role: 'prediction', evidence: cue, speaker } : undefined;
  },
};
