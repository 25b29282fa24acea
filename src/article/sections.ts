// The five outline sections: their stable ids, slide headings and what they hold.

import type { SectionKind } from '../model/article.js';

export interface SectionInfo {
  kind: SectionKind;
  /** Slide heading. */
  heading: string;
  /** One line for the section divider. */
  blurb: string;
}

export const SECTIONS: Record<SectionKind, SectionInfo> = {
  firsts: { kind: 'firsts', heading: 'Firsts', blurb: 'What the article presents as new or historic' },
  skepticism: { kind: 'skepticism', heading: 'Reasons for skepticism', blurb: 'The author’s case for caution' },
  'open-questions': { kind: 'open-questions', heading: 'Open questions', blurb: 'What the article asks and leaves open' },
  recommendations: { kind: 'recommendations', heading: 'Recommendations', blurb: 'What the author says should be done' },
  'what-to-watch': { kind: 'what-to-watch', heading: 'What to watch', blurb: 'What the article expects next, and the conditions it states' },
  context: { kind: 'context', heading: 'Background', blurb: 'Context the article gives' },
};

export const SECTION_KINDS: readonly SectionKind[] = ['firsts', 'skepticism', 'open-questions', 'recommendations', 'what-to-watch', 'context'];
