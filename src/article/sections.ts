// The five outline sections: their stable ids, slide headings and what they hold.

import type { SectionKind } from '../model/article.js';

export interface SectionInfo {
  kind: SectionKind;
  /** Slide heading. */
  heading: string;
  /** What the section holds, in a few words after its heading on the agenda. */
  blurb: string;
}

export const SECTIONS: Record<SectionKind, SectionInfo> = {
  firsts: { kind: 'firsts', heading: 'Firsts', blurb: 'what is new' },
  skepticism: { kind: 'skepticism', heading: 'Reasons for skepticism', blurb: 'the author’s case for caution' },
  'open-questions': { kind: 'open-questions', heading: 'Open questions', blurb: 'what the article asks' },
  recommendations: { kind: 'recommendations', heading: 'Recommendations', blurb: 'what the author says should be done' },
  'what-to-watch': { kind: 'what-to-watch', heading: 'What to watch', blurb: 'what comes next, and on what conditions' },
  context: { kind: 'context', heading: 'Background', blurb: 'the context the article gives' },
};

export const SECTION_KINDS: readonly SectionKind[] = ['firsts', 'skepticism', 'open-questions', 'recommendations', 'what-to-watch', 'context'];
