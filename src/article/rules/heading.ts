// Heading rules: a sub-heading that announces what comes next ("What to watch") makes the sentences under it things to watch,
// whatever their cues; one that announces doubt ("Why the border is another matter") gives its role to those no cue claimed.

import { findCue, SKEPTIC_CUES } from './cues.js';
import type { Rule } from './types.js';

const CONCERN_HEADING = /\b(?:another matter|what could go wrong|the catch|caveats?|the hard part|the harder part|fine print|but\b|risks?|problems?|doubts?|obstacles?|hurdles?|sticking points?|what is missing|unresolved)\b/i;
export const WATCH_HEADING = /\b(?:what to watch|what comes next|what next|what happens next|next steps|looking ahead|the road ahead|calendar|key dates|coming up)\b/i;

export const watchHeading: Rule = {
  id: 'watch-heading',
  description: 'stands under a sub-heading that announces what to watch',
  match({ sectionHeading, speaker }) {
    return sectionHeading && WATCH_HEADING.test(sectionHeading) ? { role: 'prediction', evidence: `under “${sectionHeading}”`, speaker } : undefined;
  },
};

export const heading: Rule = {
  id: 'heading',
  description: 'stands under a sub-heading that announces doubt',
  match({ sectionHeading, speaker }) {
    if (!sectionHeading) return undefined;
    const doubt = CONCERN_HEADING.exec(sectionHeading)?.[0] ?? findCue(sectionHeading, SKEPTIC_CUES);
    return doubt ? { role: 'concern', evidence: `under “${sectionHeading}”`, speaker } : undefined;
  },
};
