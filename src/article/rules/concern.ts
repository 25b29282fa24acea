// Concern rule: doubt, concession, obstacle or risk; a sentence announcing reasons for doubt opens a skeptical run,
// a short topic sentence of doubt carries through its paragraph.

import { findCue, SKEPTIC_CUES } from './cues.js';
import { wordCount } from '../text.js';
import type { Rule } from './types.js';

/** "there are reasons to be skeptical", "several obstacles remain:": the points that follow are the reasons. */
const ANNOUNCES = /\b(?:reasons?|case for caution|obstacles|hurdles|problems|challenges|questions|doubts|concerns|risks)\b[^.?!]*(?::\s*$|\b(?:remain|exist|to be skeptical|for skepticism|to doubt|for caution)\b)/i;

export const concern: Rule = {
  id: 'skeptic-cue',
  description: 'names doubt, concession, obstacle or risk: skeptical, unclear, no guarantee, not yet, obstacles',
  match({ sentence, speaker, paragraph, index }) {
    const cue = findCue(sentence, SKEPTIC_CUES);
    if (!cue) return undefined;
    if (ANNOUNCES.test(sentence)) return { role: 'concern', evidence: cue, speaker, voicesDoubt: true, stateChange: { skepticalRun: true, runFrom: paragraph.id } };
    // A short topic sentence of doubt ("The case for caution is strong.") makes its paragraph the reasons.
    const topic = index === 0 && wordCount(sentence) <= 10 && paragraph.sentences.length > 1;
    return { role: 'concern', evidence: cue, speaker, voicesDoubt: true, ...(topic ? { stateChange: { carry: { role: 'concern', paragraphId: paragraph.id, from: `the topic sentence “${cue}”` } } } : {}) };
  },
};
