// Question rule: a sentence ending with a question mark (or an indirect "Whether …") is an open question; questions suspend a skeptical run,
// and a question about obstacles or risks opens one.

import { findCue, SKEPTIC_CUES } from './cues.js';
import { WATCH_HEADING } from './heading.js';
import type { Rule } from './types.js';

export const question: Rule = {
  id: 'question',
  description: 'the sentence ends with a question mark',
  match({ sentence, speaker, isQuestion, sectionHeading, paragraph }, state) {
    if (!isQuestion) return undefined;
    // "Whether the unions strike before the peak season." under "What to watch" is a thing to watch (it stays a question too).
    if (!/\?["”’)\]]*$/.test(sentence.trim()) && sectionHeading && WATCH_HEADING.test(sectionHeading)) return undefined;
    // "Whether the ban survives is unclear.": a statement of doubt about the question, which the concern rule reads.
    if (!/\?["”’)\]]*$/.test(sentence.trim()) && findCue(sentence, SKEPTIC_CUES)) return undefined;
    // "What stands in the way?", "What are the risks?": the answer that follows is the reasons for caution.
    if (/^(?:What|Which)\b/.test(sentence) && findCue(sentence, SKEPTIC_CUES)) {
      return { role: 'question', evidence: sentence.slice(-1), speaker, stateChange: { skepticalRun: true, runFrom: paragraph.id, suspendedRun: undefined } };
    }
    const suspend = state.skepticalRun ? { skepticalRun: false, runFrom: undefined, suspendedRun: state.runFrom } : {};
    return { role: 'question', evidence: sentence.slice(-1), speaker, stateChange: suspend };
  },
};
