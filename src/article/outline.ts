// Article -> Outline: roled sentences, the bottom line, sections with bullets, themed questions, what to watch, events, actors, relations.

import type { Article, Bullet, DatedEvent, Outline, OutlineSection, RoledSentence, SectionKind } from '../model/article.js';
import { extractActors } from './actors.js';
import { bottomLine } from './bottom-line.js';
import { sentenceBullets } from './bullets.js';
import { classifyParagraphs, classifySentences, SECTION_OF } from './classify.js';
import { extractEvents } from './events.js';
import { extractQuestions, groupQuestions } from './question-themes.js';
import { namedParties } from './named.js';
import { extractRelations } from './relations.js';
import { CONDITIONAL, findCue, FUTURE_CUES, LIMITED_DURATION } from './rules/cues.js';
import { SECTION_KINDS } from './sections.js';

/** Present-tense schedules: "meets on June 18", "expires on November 30", "is due by April 3". */
const SCHEDULED = /\b(?:meets?|opens?|starts?|begins?|expires?|ends?|runs?|closes?|resumes?|holds?|votes?|reports?|(?:is|are) due|deadline|scheduled|planned)\b/i;

/**
 * Dated events that lie ahead join what to watch: after the publication date when the article states one,
 * else when their sentence schedules or expects them. Each is cut to the clause that holds its date.
 */
function addDatedWatch(sections: OutlineSection[], roles: readonly RoledSentence[], events: readonly DatedEvent[], published: string | undefined): void {
  const after = (date: string, day: string): boolean => {
    const n = Math.min(date.length, day.length);
    return date.slice(0, n) > day.slice(0, n);
  };
  const ahead = events.filter((e) => (published ? after(e.date, published) : SCHEDULED.test(e.sentence) || FUTURE_CUES.test(e.sentence)));
  if (ahead.length === 0) return;
  let section = sections.find((s) => s.kind === 'what-to-watch');
  if (!section) {
    section = { kind: 'what-to-watch', paragraphs: [], bullets: [] };
    sections.push(section);
  }
  const bySentence = new Map(roles.map((r) => [`${r.paragraphId} ${r.sentence}`, r]));
  const watched = new Map<string, Bullet[]>();
  for (const b of section.bullets) watched.set(b.sentence, [...(watched.get(b.sentence) ?? []), b]);
  const cited = new Set(section.paragraphs.map((p) => p.paragraphId));
  for (const e of ahead) {
    // A sentence already watched still gives the clause of this date when its bullets leave the date out.
    const own = watched.get(e.sentence) ?? [];
    if (own.some((b) => b.text.includes(e.label))) continue;
    const r = bySentence.get(`${e.paragraphId} ${e.sentence}`);
    if (!r || r.role === 'question') continue;
    const focused = sentenceBullets({ ...r, evidence: e.label });
    const bullet = focused.find((b) => b.text.includes(e.label)) ?? (own.length === 0 ? focused[0] : undefined);
    if (!bullet || own.some((b) => b.text === bullet.text)) continue;
    section.bullets.push(bullet);
    watched.set(e.sentence, [...own, bullet]);
    if (!cited.has(e.paragraphId)) {
      cited.add(e.paragraphId);
      section.paragraphs.push({ paragraphId: e.paragraphId, kind: 'what-to-watch', rule: 'dated-ahead', cue: e.label });
    }
  }
}

/** What a sentence of another role also gives what to watch: a stated condition or a limited duration, as written. */
function watchCue(r: RoledSentence): string | undefined {
  if (r.role === 'prediction' || r.role === 'question' || r.role === 'recommendation') return undefined;
  // "If so, …" points back to a condition stated before; it states none of its own.
  const condition = /^If so\b/.test(r.sentence) ? undefined : CONDITIONAL.exec(r.sentence)?.[0].split(/\s+/)[0];
  return condition ?? findCue(r.sentence, LIMITED_DURATION);
}

/** Conditions and limited durations of sentences another section holds join what to watch, unless a dated bullet of theirs already did. */
function addConditionsWatched(sections: OutlineSection[], watched: readonly RoledSentence[]): void {
  if (watched.length === 0) return;
  let section = sections.find((s) => s.kind === 'what-to-watch');
  if (!section) {
    section = { kind: 'what-to-watch', paragraphs: [], bullets: [] };
    sections.push(section);
  }
  const have = new Set(section.bullets.map((b) => b.sentence));
  const cited = new Set(section.paragraphs.map((p) => p.paragraphId));
  for (const r of watched) {
    if (have.has(r.sentence)) continue;
    section.bullets.push(...sentenceBullets(r));
    if (cited.has(r.paragraphId)) continue;
    cited.add(r.paragraphId);
    section.paragraphs.push({ paragraphId: r.paragraphId, kind: 'what-to-watch', rule: 'condition-or-duration', cue: r.evidence });
  }
}

/** Builds the outline; what could not be found is listed in `missing` as `key: explanation`. */
export function buildOutline(article: Article): Outline {
  const roles = classifySentences(article);
  const classifications = classifyParagraphs(article, roles);
  const sections: OutlineSection[] = [];
  const seen = new Map<SectionKind, Set<string>>();
  const alsoWatched: RoledSentence[] = [];
  for (const r of roles) {
    const kind = SECTION_OF[r.role];
    let section = sections.find((s) => s.kind === kind);
    if (!section) {
      section = { kind, paragraphs: [], bullets: [] };
      sections.push(section);
      seen.set(kind, new Set());
    }
    const ids = seen.get(kind)!;
    if (!ids.has(r.paragraphId)) {
      ids.add(r.paragraphId);
      section.paragraphs.push({ paragraphId: r.paragraphId, kind, rule: r.rule, cue: r.evidence });
    }
    section.bullets.push(...sentenceBullets(r));
    const watch = watchCue(r);
    if (watch) alsoWatched.push({ ...r, evidence: watch });
  }
  const questions = extractQuestions(article);
  const { events, skippedRelative, reference } = extractEvents(article);
  addDatedWatch(sections, roles, events, reference?.isPublication ? article.date : undefined);
  addConditionsWatched(sections, alsoWatched);
  const watch: Bullet[] = sections.find((s) => s.kind === 'what-to-watch')?.bullets ?? [];
  const index = extractActors(article);
  const relations = extractRelations(article, index, events);

  const missing: string[] = [];
  const present = new Set<SectionKind>(sections.map((s) => s.kind));
  for (const kind of SECTION_KINDS) if (!present.has(kind)) missing.push(`section:${kind}: no sentence was classified as ${kind}`);
  if (!article.title) missing.push('title: no headline found');
  if (!article.dek) missing.push('dek: no standfirst under the headline');
  if (!article.caption) missing.push('caption: no photo caption');
  if (!article.credit) missing.push('credit: no photo credit');
  if (questions.length === 0) missing.push('questions: the article asks no questions');
  if (events.length === 0) missing.push('events: no dated events');
  if (skippedRelative.length > 0) {
    missing.push(`publication-date: the article states none, so relative dates were kept relative: ${skippedRelative.join(', ')}`);
  }
  if (index.actors.length === 0) missing.push('actors: no people, states or institutions recognised');
  if (relations.length === 0) missing.push('relations: no stated relations between actors');

  return {
    title: article.title,
    bottomLine: bottomLine(article, roles),
    roles,
    watch,
    sections,
    classifications,
    questions: groupQuestions(questions, article),
    events,
    actors: index.actors,
    named: namedParties(article),
    relations,
    missing,
  };
}
