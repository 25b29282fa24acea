// Classifies every paragraph into a section with the first matching rule, carrying the skeptical-run state.

import type { Article, Classification } from '../model/article.js';
import { ORDINAL_OPENERS, TURN_OPENERS } from './rules/cues.js';
import { RULES } from './rules/index.js';
import type { RuleState } from './rules/types.js';

const isQuestion = (sentence: string): boolean => /\?["”’)\]]*$/.test(sentence.trim());

/** One classification per paragraph, in article order, each naming the rule and cue that decided. */
export function classifyParagraphs(article: Article): Classification[] {
  const state: RuleState = { skepticalTurn: false };
  const out: Classification[] = [];
  for (const paragraph of article.paragraphs) {
    if (state.skepticalTurn && TURN_OPENERS.test(paragraph.text)) {
      // The next turn closes the skeptical run and its enumeration.
      state.skepticalTurn = false;
      delete state.enumerationFrom;
    }
    const view = { paragraph, questions: paragraph.sentences.map(isQuestion) };
    for (const rule of RULES) {
      const match = rule.match(view, state);
      if (!match) continue;
      const classification: Classification = { paragraphId: paragraph.id, kind: match.kind, rule: rule.id, cue: match.cue };
      out.push(classification);
      if (match.kind === 'skepticism' && (rule.id === 'skeptic-cue' || rule.id === 'skeptical-turn')) state.skepticalTurn = true;
      if (state.skepticalTurn && !state.enumerationFrom && ORDINAL_OPENERS.test(paragraph.text)) state.enumerationFrom = paragraph.id;
      if (match.kind === 'firsts' || match.kind === 'recommendations') {
        state.skepticalTurn = false;
        delete state.enumerationFrom;
      }
      state.previous = classification;
      break;
    }
  }
  return out;
}

export { isQuestion };
