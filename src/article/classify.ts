// Gives every sentence a role with the first matching rule, applying each rule's own state change, and sums them per paragraph.

import type { Article, Classification, RoledSentence, SectionKind, SentenceRole, Speaker } from '../model/article.js';
import { RULES } from './rules/index.js';
import type { RuleState } from './rules/types.js';
import { speakerOf } from './speaker.js';

/** A direct question, or an indirect one standing as a sentence ("Whether the cap has a number."). */
export const isQuestion = (sentence: string): boolean => /\?["”’)\]]*$/.test(sentence.trim()) || /^Whether\b/.test(sentence.trim());

/** The outline section each role feeds. */
export const SECTION_OF: Record<SentenceRole, SectionKind> = {
  first: 'firsts',
  concern: 'skepticism',
  question: 'open-questions',
  recommendation: 'recommendations',
  prediction: 'what-to-watch',
  context: 'context',
};

/** Labels of the one who asks, or of the author answering, in a Q&A. */
const ASKER_OR_AUTHOR = /^(?:Q|A|Question|Answer|Interviewer)$/;

/** In an interview, what the interviewee says is theirs unless the sentence names its own source. */
function labelled(speaker: Speaker, label: string | undefined): Speaker {
  if (!label || ASKER_OR_AUTHOR.test(label) || speaker.kind !== 'author') return speaker;
  return { kind: 'person', name: label, cue: 'interview' };
}

/** One role per sentence, in article order, each naming the rule and the evidence that decided. */
export function classifySentences(article: Article): RoledSentence[] {
  let state: RuleState = { skepticalRun: false };
  const out: RoledSentence[] = [];
  let sectionHeading: string | undefined;
  for (const paragraph of article.paragraphs) {
    if (state.previous) state = { ...state, previousParagraph: state.previous };
    sectionHeading = paragraph.heading ?? sectionHeading;
    paragraph.sentences.forEach((sentence, index) => {
      const view = { paragraph, index, sentence, speaker: labelled(speakerOf(sentence), paragraph.label), isQuestion: isQuestion(sentence), ...(sectionHeading ? { sectionHeading } : {}) };
      for (const rule of RULES) {
        const match = rule.match(view, state);
        if (!match) continue;
        out.push({ paragraphId: paragraph.id, index, sentence, role: match.role, rule: rule.id, evidence: match.evidence, speaker: match.speaker, ...(match.voicesDoubt ? { voicesDoubt: true } : {}) });
        state = { ...state, ...match.stateChange, previous: match.role };
        break;
      }
    });
  }
  return out;
}

/** Role priority when a paragraph's sentences disagree: the first listed that a sentence holds names the paragraph. */
const PARAGRAPH_PRIORITY: readonly SentenceRole[] = ['recommendation', 'question', 'first', 'concern', 'prediction', 'context'];

/** One classification per paragraph: its dominant role (questions need half the sentences), with the deciding rule. */
export function classifyParagraphs(article: Article, roles: readonly RoledSentence[]): Classification[] {
  const byParagraph = new Map<string, RoledSentence[]>();
  for (const r of roles) byParagraph.set(r.paragraphId, [...(byParagraph.get(r.paragraphId) ?? []), r]);
  return article.paragraphs.map((p) => {
    const own = byParagraph.get(p.id) ?? [];
    const questions = own.filter((r) => r.role === 'question').length;
    const pick = PARAGRAPH_PRIORITY.map((role) => own.find((r) => r.role === role && (role !== 'question' || questions * 2 >= own.length))).find(Boolean) ??
      own.find((r) => r.role !== 'question') ?? own[0];
    return { paragraphId: p.id, kind: pick ? SECTION_OF[pick.role] : 'context', rule: pick?.rule ?? 'context', cue: pick?.evidence ?? '' };
  });
}
