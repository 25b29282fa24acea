// The sentence rules in priority order: the first rule that matches decides (what stands under "What to watch" is
// watched; a dated or conditional expectation stays what to watch even when hedged; a hedged claim with no expectation
// is a reason for caution).

import { concession } from './concession.js';
import { concern } from './concern.js';
import { context } from './context.js';
import { additiveOpener, carried } from './continuation.js';
import { first } from './first.js';
import { heading, watchHeading } from './heading.js';
import { prediction } from './prediction.js';
import { question } from './question.js';
import { recommendation } from './recommendation.js';
import { setback } from './setback.js';
import { skepticalRun } from './skeptical-run.js';
import type { Rule } from './types.js';
import { unverified } from './unverified.js';

export const RULES: readonly Rule[] = [question, recommendation, watchHeading, concern, first, setback, skepticalRun, heading, prediction, concession, unverified, additiveOpener, carried, context];
