// Heading rule: a sub-heading that announces doubt ("Why the border is another matter") or what comes next ("What to watch")
// gives its role to the sentences under it that no cue claimed.

import { findCue, SKEPTIC_CUES } from './cues.js';
import type { Rule } from './types.js';

const CONCERN_HEADING = /\b(?:another matter|what could go wrong|the catch|caveats?|the hard part|the harder part|fine print|but\b|risks?|problems?|doubts?|obstacles?|hurdles?|sticking points?|what is missing|unresolved)\b/i;
const WATCH_HEADING = /\b(?:what to watch|what comes next|what next|what happens next|next steps|looking ahead|the road ahead|calendar|key dates|coming up)\b/i;

export const heading: Rule = {
  id: 'heading',
  description: 'stands under a sub-heading that announces doubt or what to watch',
  match({ sectionHeading, speaker }) {
    if (!sectionHeading) return undefined;
    const watch = WATCH_HEADING.exec(sectionHeading)?.[0];
    if (watch) return { role: 'prediction', evidence: `under “${sectionHeading}”`, speaker };
    const doubt = CONCERN_HEADING.exec(sectionHeading)?.[0] ?? findCue(sectionHeading, SKEPTIC_CUES);
    return doubt ? { role: 'concern', evidence: `under “${sectionHeading}”`, speaker } : undefined;
  },
};
