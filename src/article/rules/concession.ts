// Concession rule: a contrast ("but", "yet", "although", an opening "However") whose clause denies or limits what came
// before ("… but neither has published a list", "But a week of quiet is not peace"), or a subject that denies
// ("Neither position has changed"), is a reason for caution.

import { tagsOf, type Token } from '../nlp.js';
import type { Rule } from './types.js';

/** Words that turn a sentence against what it granted: coordinating "but"/"yet", concessive "although"/"though", or an opener. */
const CONTRAST = /^(?:but|yet|although|though|however)$/i;

/** A denial or a limit, by part of speech: the negative particle, a negative determiner or pronoun, "never", "only". */
function denies(t: Token): boolean {
  const word = t.text.toLowerCase();
  if (t.pos === 'PART') return word === 'not' || word === 'n’t' || word === "n't";
  if (t.pos === 'DET' || t.pos === 'PRON') return /^(?:no|neither|none|nobody|nothing|nowhere)$/.test(word);
  if (t.pos === 'ADV') return /^(?:never|only|not)$/.test(word);
  return false;
}

export const concession: Rule = {
  id: 'concession',
  description: 'a contrast (but, yet, although, however) whose clause denies or limits: not, no, neither, never, only',
  match({ sentence, speaker }) {
    const negativeSubject = /^(?:Neither|None|Nobody|No one|Nothing)\b/.test(sentence);
    if (!negativeSubject && !/\b(?:but|yet|although|though|however)\b/i.test(sentence)) return undefined;
    const tokens = tagsOf(sentence);
    // "Neither position has changed", "Nothing is settled": a subject that denies, as a determiner or pronoun before a verb.
    const opener = tokens[0];
    // "Nothing much happened" is a quiet week, not a denial: the subject's next word is its noun, "of" or the verb.
    const next = tokens[1];
    if (negativeSubject && opener && denies(opener) && next && ['NOUN', 'PROPN', 'ADP', 'AUX', 'VERB'].includes(next.pos)) {
      return { role: 'concern', evidence: opener.text, speaker };
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!CONTRAST.test(t.text)) continue;
      // A conjunction, or an adverb that opens its clause (", yet neither …"); "has not yet" is time, not contrast.
      const opensClause = i === 0 || tokens[i - 1]!.pos === 'PUNCT';
      if (!(t.pos === 'CCONJ' || t.pos === 'SCONJ' || (t.pos === 'ADP' && /ough$/i.test(t.text)) || (t.pos === 'ADV' && opensClause))) continue;
      const clause = tokens.slice(i + 1);
      const end = clause.findIndex((c) => c.pos === 'PUNCT' && /^[;.!?]$/.test(c.text));
      const denial = (end < 0 ? clause : clause.slice(0, end)).find(denies);
      if (denial) return { role: 'concern', evidence: `${t.text} … ${denial.text}`, speaker };
    }
    return undefined;
  },
};
