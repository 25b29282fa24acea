// Question rules: paragraphs made mostly of questions, or opening with one, are open questions.

import type { Rule } from './types.js';

const shorten = (s: string): string => (s.length > 70 ? `${s.slice(0, 67).trimEnd()}…` : s);

export const questionDensity: Rule = {
  id: 'question-density',
  description: 'at least half of the sentences are questions',
  match({ questions }) {
    const asked = questions.filter(Boolean).length;
    if (asked === 0 || asked * 2 < questions.length) return undefined;
    return { kind: 'open-questions', cue: `${asked} of ${questions.length} sentences are questions` };
  },
};

export const leadingQuestion: Rule = {
  id: 'leading-question',
  description: 'the paragraph opens with a question',
  match({ paragraph, questions }) {
    if (!questions[0]) return undefined;
    return { kind: 'open-questions', cue: shorten(paragraph.sentences[0] ?? '') };
  },
};
