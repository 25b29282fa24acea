// Extracts every question the article asks and groups them by theme in one pass: a theme is a run of questions
// in one paragraph (or a paragraph that continues the one before), labelled by its shortest question or its subject.

import type { Article, Question, QuestionTheme } from '../model/article.js';
import { isQuestion } from './classify.js';
import { tagsOf, type Token } from './nlp.js';
import { MAX_BULLET_WORDS } from './bullets.js';
import { paraphrase } from './paraphrase.js';
import { FUNCTION_WORDS, words, wordCount } from './text.js';

/** A crude stem so "talks" and "talk", "sanctions" and "sanction" meet. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/[^su]s$/.test(w) && !/(?:ss|is)$/.test(w) && w.length > 4) return w.slice(0, -1);
  return w;
}

/** Content words of a question: no function words, stemmed. */
export function questionKeywords(sentence: string): string[] {
  const out: string[] = [];
  for (const raw of words(sentence)) {
    const w = raw.replace(/[.'’-]+$/, '');
    if (w.length < 4 && !/^\p{Lu}{2,}$/u.test(w)) continue;
    if (FUNCTION_WORDS.has(w.toLowerCase())) continue;
    const s = stem(w);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Every sentence ending with a question mark, in article order. */
export function extractQuestions(article: Article): Question[] {
  const out: Question[] = [];
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) {
      if (!isQuestion(sentence)) continue;
      out.push({ text: paraphrase(sentence, MAX_BULLET_WORDS), sentence, paragraphId: p.id, keywords: questionKeywords(sentence) });
    }
  }
  return out;
}

/** A question that leans on the one before: "Does it also mean …", "Or is …", "As X asked, does it …". */
function pointsBack(question: string): boolean {
  const head = question.slice(0, 70);
  return /^(?:it|this|that|they|these|those|or|and)\b/i.test(head) || /\b(?:does|do|is|are|will|would|can|could|did)\s+(?:it|this|that|they|these|those)\b/i.test(head);
}

const NOUN_PHRASE_PART: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The first noun phrase of a question after its question word and auxiliaries, as written ("the ministry’s demands"). */
export function subjectPhrase(tokens: readonly Token[], text: string): string | undefined {
  let i = tokens.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (i < 0) return undefined;
  while (i > 0 && NOUN_PHRASE_PART.has(tokens[i - 1]!.pos) && tokens[i - 1]!.pos !== 'PART' && !/^(?:what|which|whose)$/i.test(tokens[i - 1]!.text)) i--;
  let j = i;
  while (j + 1 < tokens.length && NOUN_PHRASE_PART.has(tokens[j + 1]!.pos)) j++;
  while (j > i && !(tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN')) j--;
  const first = tokens[i]!;
  const last = tokens[j]!;
  const phrase = text.slice(first.start, last.start + last.text.length).replace(/^(?:the|a|an)\s+/i, '');
  return phrase || undefined;
}

/** The theme label: the group's shortest question when it is short enough to be a title, else its subject. */
function themeLabel(questions: readonly Question[]): string {
  const shortest = [...questions].sort((a, b) => wordCount(a.text) - wordCount(b.text))[0]!;
  if (wordCount(shortest.text) <= 10) return shortest.text;
  const first = questions[0]!.text;
  return subjectPhrase(tagsOf(first), first) ?? 'other questions';
}

/** Groups questions in article order: each paragraph's questions are one theme, unless they point back to the run before. */
export function groupQuestions(questions: readonly Question[], article: Article): QuestionTheme[] {
  const order = new Map(article.paragraphs.map((p, i) => [p.id, i]));
  const groups: Question[][] = [];
  let previous: Question | undefined;
  for (const q of questions) {
    const current = groups[groups.length - 1];
    const sameParagraph = previous?.paragraphId === q.paragraphId;
    const nextParagraph = previous !== undefined && (order.get(q.paragraphId) ?? 0) === (order.get(previous.paragraphId) ?? 0) + 1;
    if (current && (sameParagraph || (nextParagraph && pointsBack(q.text)))) current.push(q);
    else groups.push([q]);
    previous = q;
  }
  return groups.map((members) => ({ label: themeLabel(members), questions: members }));
}
