// Continuation rules: a paragraph opening "Also notable …" takes the role of the paragraph before, for all its sentences;
// a role carried by a topic sentence holds for the rest of its paragraph.

import { ADDITIVE_OPENERS } from './cues.js';
import type { Rule } from './types.js';

export const additiveOpener: Rule = {
  id: 'additive',
  description: 'opens a paragraph by adding to the point before (Also, Moreover, In addition): same role as the paragraph before',
  match({ sentence, speaker, index, paragraph }, state) {
    const cue = index === 0 ? ADDITIVE_OPENERS.exec(sentence)?.[0] : undefined;
    const role = state.previousParagraph;
    if (!cue || !role || role === 'context' || role === 'question') return undefined;
    return { role, evidence: cue.replace(/,$/, ''), speaker, stateChange: { carry: { role, paragraphId: paragraph.id, from: cue.replace(/,$/, '') } } };
  },
};

export const carried: Rule = {
  id: 'carried',
  description: 'a later sentence of a paragraph whose opening sentence set its role (Also …, The case for caution is strong.)',
  match({ speaker, paragraph }, state) {
    const carry = state.carry;
    if (!carry || carry.paragraphId !== paragraph.id) return undefined;
    return { role: carry.role, evidence: `${carry.from} opens the paragraph`, speaker };
  },
};
