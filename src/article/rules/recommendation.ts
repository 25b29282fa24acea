// Recommendation rule: normative wording in the author's voice (or an interviewee's); a reported belief is not advice.

import { BELIEF_VERBS, findCue, NORMATIVE_CUES } from './cues.js';
import { END_RUN, type Rule } from './types.js';

/** The normative cue of a sentence that recommends: not a question, not a conditional "Should X fail, …". */
export function normativeCue(sentence: string): string | undefined {
  if (/\?["”’)]*$/.test(sentence) || /^Should\b/.test(sentence)) return undefined;
  return findCue(sentence, NORMATIVE_CUES);
}

export const recommendation: Rule = {
  id: 'normative',
  description: 'says what should, must or ought to be done, in the author’s voice (not a belief the article reports)',
  match({ sentence, speaker }) {
    const cue = normativeCue(sentence);
    if (!cue) return undefined;
    // The author's advice, or an interviewee's: the piece is their answer.
    if (speaker.kind !== 'author' && speaker.cue !== 'interview') return undefined;
    const before = sentence.slice(0, sentence.search(new RegExp(`\\b${cue}\\b`, 'i')));
    // "the ministry believes it should …": the modal is inside a reported belief.
    if (BELIEF_VERBS.test(before) && !/\b(?:I|we)\s+\S+\s*$/i.test(before.split(BELIEF_VERBS)[0] ?? '')) return undefined;
    // "Any deal must fit …", "a board that must approve …": a requirement on a thing, not advice to an actor.
    if (/\b(?:that|which)\s*$/i.test(before)) return undefined;
    if (/^(?:Any|Every|Each|No)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*$/iu.test(before)) return undefined;
    // Inside a quotation: someone else's words.
    if ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length) return undefined;
    return { role: 'recommendation', evidence: cue, speaker, stateChange: END_RUN };
  },
};
