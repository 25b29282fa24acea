// Skeptical-run rule: while a run of reasons for doubt is open, the author's statements are its points; a turn closes it,
// and a numbered point after questions ("Lastly, …") resumes it.

import { ORDINAL_OPENERS, TURN_OPENERS } from './cues.js';
import { END_RUN, type Rule } from './types.js';

export const skepticalRun: Rule = {
  id: 'skeptical-run',
  description: 'a point of the reasons for doubt announced earlier (First, … Second, …), until a turn (However, Yet) closes them',
  match({ sentence, speaker, index }, state) {
    const resumes = index === 0 && state.suspendedRun !== undefined ? ORDINAL_OPENERS.exec(sentence)?.[0] : undefined;
    if (resumes) {
      const from = state.suspendedRun;
      return { role: 'concern', evidence: `${resumes.replace(/,$/, '')} resumes the reasons announced in ${from}`, speaker, stateChange: { skepticalRun: true, runFrom: from, suspendedRun: undefined } };
    }
    if (!state.skepticalRun) return undefined;
    const turn = index === 0 ? TURN_OPENERS.exec(sentence)?.[0] : undefined;
    if (turn) return { role: 'context', evidence: `${turn.replace(/,$/, '')} closes the run opened in ${state.runFrom}`, speaker, stateChange: END_RUN };
    return { role: 'concern', evidence: `continues the reasons announced in ${state.runFrom}`, speaker };
  },
};
