// The shape of a classification rule: a paragraph and the running state in, a section and its cue out.

import type { ArticleParagraph, Classification, SectionKind } from '../../model/article.js';

/** A paragraph with facts several rules need. */
export interface ParagraphView {
  paragraph: ArticleParagraph;
  /** Per sentence: does it end with a question mark? */
  questions: boolean[];
}

/** What earlier paragraphs established. */
export interface RuleState {
  previous?: Classification;
  /** A skeptical turn ("However, … reasons to be skeptical") has been seen and not yet undone. */
  skepticalTurn: boolean;
  /** Paragraph id where an enumeration ("First, …") opened after the turn, if one did. */
  enumerationFrom?: string;
}

export interface RuleMatch {
  kind: SectionKind;
  /** The text that decided, as written in the paragraph. */
  cue: string;
}

export interface Rule {
  id: string;
  /** One line a person can read: what the rule looks for. */
  description: string;
  match(view: ParagraphView, state: RuleState): RuleMatch | undefined;
}
