// Context rule: a sentence no other rule claims is background.

import type { Rule } from './types.js';

export const context: Rule = {
  id: 'context',
  description: 'no cue matched: background and context',
  match({ speaker }) {
    return { role: 'context', evidence: '', speaker };
  },
};
