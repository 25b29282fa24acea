// Picks the key sentences of each classified paragraph and turns them into attributed, extractive bullets.

import type { ArticleParagraph, Bullet, Classification, SectionKind, Voice } from '../model/article.js';
import { isQuestion } from './classify.js';
import { FIRSTS_CUES, findCue, SKEPTIC_CUES } from './rules/cues.js';
import { normativeCue } from './rules/normative.js';
import { isAnaphoric, paraphrase } from './paraphrase.js';
import { FUNCTION_WORDS, wordCount } from './text.js';

/**
 * Lower-cases the first word unless it is a name: `names` holds the words the article capitalises
 * inside sentences ("Despite" -> "despite", "Donors" -> "donors", "North Ardenia" and "Olund" stay).
 */
export function lowerFirst(text: string, names: ReadonlySet<string>): string {
  const m = /^(\p{Lu}[\p{L}'’-]*)(\s+(\S+))?/u.exec(text);
  if (!m) return text;
  const first = m[1]!;
  const next = m[3] ?? '';
  if (first === 'I' || /^\p{Lu}{2,}/u.test(first)) return text;
  const bare = first.replace(/['’]s$/, '');
  const isName = !FUNCTION_WORDS.has(first.toLowerCase()) && (names.has(bare) || /^\p{Lu}/u.test(next));
  return isName ? text : first.toLowerCase() + text.slice(first.length);
}

const REPORTING = 'said|says|notes?|noted|asked|asks|argues?|argued|told|tells|reported|wrote|writes|warned|warns|cautioned|insisted|added|explained';

/** Attributed to someone other than the author: "As X notes", "According to X", "Dr. X warned that". */
export function attributedToOther(sentence: string): boolean {
  const asSource =
    /\b(?:[Aa]s|[Aa]ccording to)\s+(?:(?:the|The)\s+)?\p{Lu}[\p{L}’'.-]*/u.test(sentence) &&
    new RegExp(`\\b(?:${REPORTING}|according)\\b`).test(sentence);
  const namedSubject = new RegExp(`^(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.\\s)?(?:\\p{Lu}[\\p{L}.’'-]*\\s){1,4}(?:\\p{Ll}+ly\\s)?(?:${REPORTING})\\b`, 'u').test(sentence);
  return asSource || namedSubject;
}

const FIRST_PERSON = /\b(?:I|[Ww]e|us|our|[Mm]y)\b/;

const AUTHOR_SECTIONS: ReadonlySet<SectionKind> = new Set(['skepticism', 'recommendations']);

/** Whose claim the sentence states. */
export function voiceOf(sentence: string, kind: SectionKind): Voice {
  if (attributedToOther(sentence)) return 'reported';
  if (AUTHOR_SECTIONS.has(kind) || kind === 'open-questions' || FIRST_PERSON.test(sentence)) return 'author';
  return 'reported';
}

/** Puts the author's voice on a statement: "The author argues that …". */
export function attribute(text: string, kind: SectionKind, names: ReadonlySet<string>): string {
  const presenting = /^Add to this\s+/i.exec(text) ?? /^Consider\s+/i.exec(text);
  if (presenting) return `The author points to ${text.slice(presenting[0].length)}`;
  const verb = AUTHOR_SECTIONS.has(kind) ? 'argues' : 'notes';
  return `The author ${verb} that ${lowerFirst(text, names)}`;
}

/** Sentences of a paragraph that carry its section's cue. */
function cueSentences(paragraph: ArticleParagraph, c: Classification): number[] {
  const indexes = paragraph.sentences.map((_, i) => i).filter((i) => !isQuestion(paragraph.sentences[i]!));
  const having = (test: (s: string) => boolean): number[] => indexes.filter((i) => test(paragraph.sentences[i]!));
  switch (c.kind) {
    case 'recommendations':
      return having((s) => normativeCue(s) !== undefined);
    case 'firsts':
      return having((s) => findCue(s, FIRSTS_CUES) !== undefined);
    case 'skepticism':
      return c.rule === 'skeptic-cue' ? having((s) => findCue(s, SKEPTIC_CUES) !== undefined) : topic(paragraph, c, indexes);
    default:
      return topic(paragraph, c, indexes);
  }
}

/**
 * The topic sentence: the first statement. After an additive opener ("Also notable is the commission.")
 * a short first sentence only announces the point, so the first with 8 words or more is taken instead.
 */
function topic(paragraph: ArticleParagraph, c: Classification, indexes: number[]): number[] {
  const substantial = c.rule === 'additive' ? indexes.find((i) => wordCount(paragraph.sentences[i]!) >= 8) : undefined;
  return [substantial ?? indexes[0]].filter((i): i is number => i !== undefined);
}

const PER_PARAGRAPH: Record<SectionKind, number> = {
  firsts: 2,
  skepticism: 1,
  'open-questions': 4,
  recommendations: 2,
  context: 1,
};

/** Which sentences of a paragraph become bullets. */
function chooseSentences(paragraph: ArticleParagraph, c: Classification): number[] {
  if (c.kind === 'open-questions') {
    return paragraph.sentences.map((s, i) => (isQuestion(s) ? i : -1)).filter((i) => i >= 0);
  }
  let candidates = cueSentences(paragraph, c);
  if (candidates.length === 0) candidates = topic(paragraph, c, paragraph.sentences.map((_, i) => i).filter((i) => !isQuestion(paragraph.sentences[i]!)));
  if (candidates.length === 0) return [];
  const standalone = candidates.filter((i) => !isAnaphoric(paraphrase(paragraph.sentences[i]!)));
  if (standalone.length > 0) return standalone.slice(0, PER_PARAGRAPH[c.kind]);
  const first = candidates[0]!;
  const before = first - 1;
  return before >= 0 && !isQuestion(paragraph.sentences[before]!) ? [before, first] : [first];
}

/** The bullets for one classified paragraph. */
export function paragraphBullets(paragraph: ArticleParagraph, c: Classification, names: ReadonlySet<string>): Bullet[] {
  return chooseSentences(paragraph, c).map((i) => {
    const sentence = paragraph.sentences[i]!;
    const voice = voiceOf(sentence, c.kind);
    const text = c.kind === 'open-questions' ? paraphrase(sentence, 60) : paraphrase(sentence);
    const framed = voice === 'author' && c.kind !== 'open-questions' ? attribute(text, c.kind, names) : text;
    return { text: framed, paragraphIds: [paragraph.id], sentence, voice };
  });
}
