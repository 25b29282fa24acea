// The classification rules in priority order: the first rule that matches decides.

import { additive, enumeration, fallback } from './continuation.js';
import { firstsCue } from './firsts.js';
import { normative } from './normative.js';
import { leadingQuestion, questionDensity } from './questions.js';
import { skepticCue, skepticalTurn } from './skepticism.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  questionDensity,
  leadingQuestion,
  normative,
  skepticCue,
  skepticalTurn,
  firstsCue,
  enumeration,
  additive,
  fallback,
];
