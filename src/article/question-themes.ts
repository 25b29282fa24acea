// Extracts every question the article asks and groups them into themes by shared keywords and adjacency.

import type { Article, Question, QuestionTheme } from '../model/article.js';
import { isQuestion } from './classify.js';
import { paraphrase } from './paraphrase.js';
import { FUNCTION_WORDS, words } from './text.js';

/** Words too general to name a theme. */
const GENERIC = new Set(
  `mean meant means look looks like exactly willing continue come comes take takes make makes made go goes get gets set say said
  tell told seem seems want wants need needs use used also really actually thing things going happen happens way ways kind sort
  able given whether what which will would could should does instance example`
    .split(/\s+/)
    .filter(Boolean),
);

/** A crude stem so "talks" and "talk", "sanctions" and "sanction" meet. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/[^su]s$/.test(w) && !/(?:ss|is)$/.test(w) && w.length > 4) return w.slice(0, -1);
  return w;
}

/** Content words of a question: no function words, no names (acronyms kept), stemmed. */
export function questionKeywords(sentence: string): string[] {
  const out: string[] = [];
  for (const raw of words(sentence)) {
    const w = raw.replace(/[.'’-]+$/, '');
    const acronym = /^\p{Lu}{2,}$/u.test(w);
    if (!acronym && /^\p{Lu}/u.test(w)) continue;
    if (w.length < 4 && !acronym) continue;
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || GENERIC.has(lower)) continue;
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
      out.push({ text: paraphrase(sentence, 60), sentence, paragraphId: p.id, keywords: questionKeywords(sentence) });
    }
  }
  return out;
}

/** A question that leans on the one before: "Does it also mean …", "As X asked, does it mean …". */
function pointsBack(question: string): boolean {
  const head = question.slice(0, 70);
  return /^(?:it|this|that|they|these|those)\b/i.test(head) || /\b(?:does|do|is|are|will|would|can|could|did)\s+(?:it|this|that|they|these|those)\b/i.test(head);
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((k) => b.includes(k));
}

/**
 * Groups questions: neighbours in one paragraph that share a keyword or point back ("does it …")
 * join; groups sharing two keywords merge; a lone question joins the group it shares most words with.
 */
export function groupQuestions(questions: readonly Question[], article: Article): QuestionTheme[] {
  const parent = questions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 1; i < questions.length; i++) {
    const [a, b] = [questions[i - 1]!, questions[i]!];
    if (a.paragraphId !== b.paragraphId) continue;
    const score = 1 + shared(a.keywords, b.keywords).length + (pointsBack(b.text) ? 1 : 0);
    if (score >= 2) union(i - 1, i);
  }
  const groups = (): Map<number, number[]> => {
    const m = new Map<number, number[]>();
    questions.forEach((_, i) => m.set(find(i), [...(m.get(find(i)) ?? []), i]));
    return m;
  };
  const keywordsOf = (members: number[]): string[] => [...new Set(members.flatMap((i) => questions[i]!.keywords))];
  for (let changed = true; changed; ) {
    changed = false;
    const list = [...groups().values()];
    outer: for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (shared(keywordsOf(list[x]!), keywordsOf(list[y]!)).length >= 2) {
          union(list[x]![0]!, list[y]![0]!);
          changed = true;
          break outer;
        }
      }
    }
  }
  for (const members of [...groups().values()]) {
    if (members.length !== 1) continue;
    const i = members[0]!;
    let best = -1;
    let bestScore = 0;
    for (const other of groups().values()) {
      if (other.includes(i)) continue;
      const score = shared(questions[i]!.keywords, keywordsOf(other)).length;
      if (score > bestScore) [best, bestScore] = [other[0]!, score];
    }
    if (best >= 0) union(i, best);
  }
  const frequency = articleFrequency(article);
  return [...groups().values()]
    .sort((a, b) => a[0]! - b[0]!)
    .map((members) => ({ label: themeLabel(members.map((i) => questions[i]!), frequency), questions: members.map((i) => questions[i]!) }));
}

function articleFrequency(article: Article): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of article.paragraphs) for (const w of words(p.text)) m.set(stem(w), (m.get(stem(w)) ?? 0) + 1);
  return m;
}

/** Looks like a noun: a plural, or a typical noun ending, or an acronym. */
function nounish(written: string, keyword: string): boolean {
  return /^\p{Lu}{2,}$/u.test(written) || /(?:tion|sion|ment|ity|ance|ence|ism|ship|ness|age|ure|cy)$/.test(keyword) || (written.toLowerCase() !== keyword && /s$/.test(written));
}

/** One keyword as written in the questions (two when both are shared): nouns first, then the most shared, then the most frequent. */
function themeLabel(questions: readonly Question[], frequency: Map<string, number>): string {
  const counts = new Map<string, number>();
  const order: string[] = [];
  for (const q of questions) {
    for (const k of q.keywords) {
      if (!counts.has(k)) order.push(k);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const noun = (k: string): number => (nounish(asWritten(k, questions), k) ? 1 : 0);
  const ranked = [...order].sort(
    (a, b) =>
      noun(b) - noun(a) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) ||
      order.indexOf(a) - order.indexOf(b),
  );
  const top = ranked.slice(0, 2).filter((k, i) => i === 0 || (counts.get(k) ?? 0) >= 2);
  return top.length > 0 ? top.map((k) => asWritten(k, questions)).join(' and ') : 'other questions';
}

function asWritten(keyword: string, questions: readonly Question[]): string {
  for (const q of questions) for (const w of words(q.sentence)) if (stem(w.replace(/[.'’-]+$/, '')) === keyword) return w.replace(/[.'’-]+$/, '');
  return keyword;
}
