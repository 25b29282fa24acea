// The article's thesis in two or three bullets: the author's framing, turning and normative sentences, best first.

import type { Article, Bullet, RoledSentence } from '../model/article.js';
import { sentenceBullets } from './bullets.js';
import { TURN_OPENERS } from './rules/cues.js';
import { splitSentences } from './sentences.js';
import { FUNCTION_WORDS, wordCount } from './text.js';

/** Phrases with which an author states the main point. */
const FRAMING = /\b(?:the (?:key|main|central|real|bottom) (?:point|line|lesson|issue|question)|in short|in sum|ultimately|above all|the upshot|what matters)\b/i;

/** Content words of the headline and standfirst, lower-cased, without those most paragraphs use (names of the parties). */
function headlineWords(article: Article): Set<string> {
  const text = `${article.title} ${article.dek ?? ''}`.toLowerCase();
  const common = (w: string): boolean => article.paragraphs.filter((p) => p.text.toLowerCase().includes(w)).length > 3;
  return new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w) && !common(w)));
}

/** A sub-heading over the article's own summary: "Key points", "Takeaways", "In brief", "The bottom line". */
const SUMMARY_HEADING = /^(?:(?:the )?key (?:points|takeaways|facts)|(?:\w+ )?takeaways|in brief|at a glance|the bottom line|bottom line|summary|in short)\b/i;

const contentSet = (text: string): Set<string> => new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));

/**
 * Body sentences that restate the standfirst: for each sentence of the dek, the body sentence sharing most of its
 * content words (Dice ≥ 0.3). The dek itself has no paragraph to cite; its echo in the body does.
 */
function dekEchoes(article: Article, roles: readonly RoledSentence[]): Set<RoledSentence> {
  const out = new Set<RoledSentence>();
  if (!article.dek) return out;
  // A short line that only announces what follows ("A series of real questions remain.") restates nothing.
  const bodies = roles.filter((r) => wordCount(r.sentence) >= 8).map((r) => ({ r, words: contentSet(r.sentence) }));
  for (const dekSentence of splitSentences(article.dek)) {
    const dek = contentSet(dekSentence);
    if (dek.size < 2) continue;
    let best: { r: RoledSentence; score: number } | undefined;
    for (const { r, words } of bodies) {
      let shared = 0;
      for (const w of words) if (dek.has(w)) shared++;
      const score = (2 * shared) / (dek.size + words.size);
      if (!best || score > best.score) best = { r, score };
    }
    if (best && best.score >= 0.3) out.add(best.r);
  }
  return out;
}

/** How strongly a sentence states the thesis; 0 when it cannot. */
function thesisScore(r: RoledSentence, first: string | undefined, last: string | undefined, closingIsShort: boolean, headline: ReadonlySet<string>, summary: ReadonlySet<string>, echoes: ReadonlySet<RoledSentence>): number {
  if (r.speaker.kind !== 'author' || r.role === 'question' || r.role === 'first') return 0;
  let score = 0;
  // The article's own summary, and the body's restatement of its standfirst, state the thesis.
  if (summary.has(r.paragraphId)) score += 4;
  if (echoes.has(r)) score += 4;
  if (FRAMING.test(r.sentence)) score += 3;
  // Doubt the author voices in their own words (not a point of a run), the more when it opens a paragraph with a turn.
  const ownDoubt = r.role === 'concern' && r.voicesDoubt === true;
  if (ownDoubt && r.index === 0 && TURN_OPENERS.test(r.sentence)) score += 3;
  if (r.role === 'recommendation') score += 2;
  if (ownDoubt) score += 1;
  // The lede and the closing paragraph usually state the thesis; so do sentences that echo the headline and standfirst.
  if (r.paragraphId === first && r.index === 0) score += 1;
  if (r.paragraphId === last) score += 2;
  // A short closing paragraph in the author's voice is the conclusion: every sentence of it states the thesis.
  if (r.paragraphId === last && closingIsShort && r.role !== 'prediction') score += 1;
  score += Math.min(3, (r.sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => headline.has(w)).length);
  return score;
}

/** Up to three bullets, in article order, from the sentences that state the thesis most strongly. */
export function bottomLine(article: Article, roles: readonly RoledSentence[]): Bullet[] {
  const first = article.paragraphs[0]?.id;
  const closing = article.paragraphs[article.paragraphs.length - 1];
  const last = closing?.id;
  const closingIsShort = closing !== undefined && closing.sentences.length <= 3;
  const headline = headlineWords(article);
  const summary = new Set(article.paragraphs.filter((p) => p.heading !== undefined && SUMMARY_HEADING.test(p.heading)).map((p) => p.id));
  const echoes = dekEchoes(article, roles);
  const ranked = roles
    .map((r, order) => ({ r, order, score: thesisScore(r, first, last, closingIsShort, headline, summary, echoes) }))
    .filter((x) => x.score >= 1)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: { order: number; bullet: Bullet; role: string }[] = [];
  for (const { r, order, score } of ranked) {
    // Strong statements of the thesis first; weaker ones only to reach two bullets.
    if (score < 3 && chosen.length >= 2) break;
    const bullet = sentenceBullets(r)[0];
    if (!bullet || chosen.some((c) => c.bullet.sentence === bullet.sentence)) continue;
    // One recommendation at most: the bottom line is a judgement, not the list of advice.
    if (r.role === 'recommendation' && chosen.some((c) => c.role === 'recommendation')) continue;
    chosen.push({ order, bullet, role: r.role });
    if (chosen.length === 3) break;
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.bullet);
}
