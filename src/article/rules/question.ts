// Question rule: a sentence ending with a question mark is an open question; questions suspend a skeptical run.

import type { Rule } from './types.js';

export const question: Rule = {
  id: 'question',
  description: 'the sentence ends with a question mark',
  match({ sentence, speaker, isQuestion }, state) {
    if (!isQuestion) return undefined;
    const suspend = state.skepticalRun ? { skepticalRun: false, runFrom: undefined, suspendedRun: state.runFrom } : {};
    return { role: 'question', evidence: sentence.slice(-1), speaker, stateChange: suspend };
  },
};
