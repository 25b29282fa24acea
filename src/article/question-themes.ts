// Extracts every question the article asks and groups them by theme in one pass: a theme is a run of questions
// in one paragraph (or a paragraph that continues the one before), labelled by its shortest question or its subject.

import type { Article, Question, QuestionTheme } from '../model/article.js';
import { isQuestion } from './classify.js';
import { tagsOf, type Token } from './nlp.js';
import { MAX_BULLET_WORDS } from './bullets.js';
import { paraphrase } from './paraphrase.js';
import { IMPLIED_QUESTION } from './rules/cues.js';
import { capitalizeFirst, FUNCTION_WORDS, singleQuoted, words, wordCount } from './text.js';

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

/**
 * Every question the article asks or leaves open, in article order: sentences ending with a question mark (or an
 * indirect "Whether …" standing alone), and statements that a question is unanswered ("they have not said whether …"),
 * cut to the clause that says so.
 */
export function extractQuestions(article: Article): Question[] {
  const out: Question[] = [];
  const asked = headlineQuestion(article);
  if (asked) out.push(asked);
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) {
      const implied = isQuestion(sentence) ? undefined : IMPLIED_QUESTION.exec(sentence)?.[0];
      if (!isQuestion(sentence) && !implied) continue;
      const text = paraphrase(sentence, MAX_BULLET_WORDS, implied);
      const asks = implied ? embeddedQuestion(text, implied) : undefined;
      out.push({ text, sentence, paragraphId: p.id, keywords: questionKeywords(sentence), ...(asks ? { asks } : {}) });
    }
  }
  return out;
}

/**
 * A headline that asks a yes-or-no question ("Chips, Cars and a Deadline: Can the Talks Deliver?") poses the article's own open question.
 * It is cited to the body paragraph that shares most of its content words (the headline has no paragraph of its own).
 */
function headlineQuestion(article: Article): Question | undefined {
  const title = article.title?.trim();
  if (!title || !/\?["”’)]*$/.test(title) || wordCount(title) > MAX_BULLET_WORDS) return undefined;
  const keywords = questionKeywords(title);
  let best: { id: string; shared: number } | undefined;
  for (const p of article.paragraphs) {
    const own = new Set(questionKeywords(p.text));
    const shared = keywords.filter((k) => own.has(k)).length;
    if (shared > (best?.shared ?? 0)) best = { id: p.id, shared };
  }
  // The question itself, without the label before it ("Chips, Cars and a Deadline: ", "X Hail Progress, but "). Only a
  // yes-or-no question is left open: "How Did We Get Here?" announces what the article goes on to explain.
  const asks = /(?:^|:\s+|\s[—–]\s+|,\s+(?:but|so|and)\s+)((?:Can|Could|Will|Would|Is|Are|Was|Were|Does|Do|Did|Has|Have|Should)\b(?:(?!:\s|\s[—–]\s).)*\?)["”’)]*$/i.exec(title)?.[1];
  if (!best || !asks) return undefined;
  return { text: singleQuoted(title), sentence: title, paragraphId: best.id, keywords, ...(asks !== title ? { asks: singleQuoted(capitalizeFirst(asks)) } : {}), fromHeadline: true };
}

/** "It is unclear which side will give way." -> "Which side will give way": the question the cue governs, when it is short enough to be a title. */
function embeddedQuestion(text: string, cue: string): string | undefined {
  const at = text.indexOf(cue);
  if (at < 0) return undefined;
  const m = /\b(?:whether|if|which|what|who|how|when|why)\b[^;:,]*$/i.exec(text.slice(at));
  if (!m) return undefined;
  const asks = capitalizeFirst(m[0].replace(/^if\b/i, 'whether').replace(/[.!]$/, ''));
  return wordCount(asks) >= 3 && wordCount(asks) <= 10 ? asks : undefined;
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
  const titles = questions.map((q) => q.asks ?? q.text);
  const shortest = [...titles].sort((a, b) => wordCount(a) - wordCount(b))[0]!;
  if (wordCount(shortest) <= 10) return shortest;
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
    // The headline's question is a theme of its own; questions of the body never join it.
    if (current && !previous?.fromHeadline && !q.fromHeadline && (sameParagraph || (nextParagraph && pointsBack(q.text)))) current.push(q);
    else groups.push([q]);
    previous = q;
  }
  return groups.map((members) => ({ label: themeLabel(members), questions: members }));
}
