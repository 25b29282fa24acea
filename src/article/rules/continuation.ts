// Continuation rules: an enumeration after a skeptical turn runs on; "Also …" keeps the previous section.

import { ADDITIVE_OPENERS, ORDINAL_OPENERS } from './cues.js';
import type { Rule } from './types.js';

export const enumeration: Rule = {
  id: 'enumeration',
  description: 'part of an enumeration (First, … Second, … Lastly) opened after a skeptical turn',
  match({ paragraph }, state) {
    if (!state.skepticalTurn) return undefined;
    const ordinal = ORDINAL_OPENERS.exec(paragraph.text)?.[0];
    if (ordinal) return { kind: 'skepticism', cue: ordinal };
    if (!state.enumerationFrom) return undefined;
    const additive = ADDITIVE_OPENERS.exec(paragraph.text)?.[0];
    return { kind: 'skepticism', cue: additive ?? `continues the enumeration opened in ${state.enumerationFrom}` };
  },
};

export const additive: Rule = {
  id: 'additive',
  description: 'opens by adding to the point before (Also, Moreover, In addition): same section as the previous paragraph',
  match({ paragraph }, state) {
    const cue = ADDITIVE_OPENERS.exec(paragraph.text)?.[0];
    if (!cue || !state.previous) return undefined;
    return { kind: state.previous.kind, cue };
  },
};

export const fallback: Rule = {
  id: 'context',
  description: 'no cue matched: background and context',
  match() {
    return { kind: 'context', cue: '' };
  },
};
