// The shape of a sentence rule: a sentence with its facts and the running state in; a role, its evidence and any state change out.

import type { ArticleParagraph, SentenceRole, Speaker } from '../../model/article.js';

/** A sentence with the facts several rules need. */
export interface SentenceView {
  paragraph: ArticleParagraph;
  /** Index of the sentence in its paragraph. */
  index: number;
  sentence: string;
  speaker: Speaker;
  isQuestion: boolean;
  /** The sub-heading the sentence stands under (the nearest one before it), if any. */
  sectionHeading?: string;
}

/** What earlier sentences established. */
export interface RuleState {
  /** A skeptical turn ("… there are reasons to be skeptical") is running: its enumerated points are concerns. */
  skepticalRun: boolean;
  /** The paragraph where the run opened. */
  runFrom?: string;
  /** A run that questions interrupted: the next numbered point ("Lastly, …") resumes it. */
  suspendedRun?: string;
  /** The role of the sentence before. */
  previous?: SentenceRole;
  /** The role of the last sentence of the paragraph before. */
  previousParagraph?: SentenceRole;
  /** A role an opener ("Also notable …") carries through the rest of its paragraph. */
  carry?: { role: SentenceRole; paragraphId: string; from: string };
}

export interface RuleMatch {
  role: SentenceRole;
  /** The text that decided, as written in the sentence (or a short description for state rules). */
  evidence: string;
  /** Who states the sentence; the view's speaker unless the rule knows better. */
  speaker: Speaker;
  /** What this sentence changes for the ones after it. */
  stateChange?: Partial<RuleState>;
  /** The sentence voices doubt in its own words (a doubt cue), not by where it stands: it may state the author's thesis. */
  voicesDoubt?: boolean;
}

export interface Rule {
  id: string;
  /** One line a person can read: what the rule looks for. */
  description: string;
  match(view: SentenceView, state: RuleState): RuleMatch | undefined;
}

/** The state change that ends a skeptical run. */
export const END_RUN: Partial<RuleState> = { skepticalRun: false, runFrom: undefined, suspendedRun: undefined };
