// The article's thesis in two or three bullets: the author's framing, turning and normative sentences, best first.

import type { Article, Bullet, RoledSentence } from '../model/article.js';
import { sentenceBullets } from './bullets.js';
import { TURN_OPENERS } from './rules/cues.js';
import { FUNCTION_WORDS } from './text.js';

/** Phrases with which an author states the main point. */
const FRAMING = /\b(?:the (?:key|main|central|real|bottom) (?:point|line|lesson|issue|question)|in short|in sum|ultimately|above all|the upshot|what matters)\b/i;

/** Content words of the headline and standfirst, lower-cased, without those most paragraphs use (names of the parties). */
function headlineWords(article: Article): Set<string> {
  const text = `${article.title} ${article.dek ?? ''}`.toLowerCase();
  const common = (w: string): boolean => article.paragraphs.filter((p) => p.text.toLowerCase().includes(w)).length > 3;
  return new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w) && !common(w)));
}

/** How strongly a sentence states the thesis; 0 when it cannot. */
function thesisScore(r: RoledSentence, first: string | undefined, last: string | undefined, headline: ReadonlySet<string>): number {
  if (r.speaker.kind !== 'author' || r.role === 'question' || r.role === 'first') return 0;
  let score = 0;
  if (FRAMING.test(r.sentence)) score += 3;
  if (r.role === 'concern' && r.rule === 'skeptic-cue' && r.index === 0 && TURN_OPENERS.test(r.sentence)) score += 3;
  if (r.role === 'recommendation') score += 2;
  if (r.role === 'concern' && r.rule === 'skeptic-cue') score += 1;
  // The lede and the closing paragraph usually state the thesis; so do sentences that echo the headline and standfirst.
  if (r.paragraphId === first && r.index === 0) score += 1;
  if (r.paragraphId === last) score += 2;
  score += Math.min(3, (r.sentence.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => headline.has(w)).length);
  return score;
}

/** Up to three bullets, in article order, from the sentences that state the thesis most strongly. */
export function bottomLine(article: Article, roles: readonly RoledSentence[]): Bullet[] {
  const first = article.paragraphs[0]?.id;
  const last = article.paragraphs[article.paragraphs.length - 1]?.id;
  const headline = headlineWords(article);
  const ranked = roles
    .map((r, order) => ({ r, order, score: thesisScore(r, first, last, headline) }))
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
