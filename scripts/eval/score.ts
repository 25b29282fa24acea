// Scores one generated deck against its gold checklist: points carried, empty sections said, junk absent, bullet size.

import { SCORED_SECTIONS, type Gold, type GoldPoint, type MustNot } from './gold.js';
import { sectionOf, type DeckView } from './deck-view.js';
import { anyTermOccurs, groupsMatched, normalizeLiteral, tokensAsWritten, wordCount } from './terms.js';

/** A bullet longer than this carries no point: pasting a whole paragraph does not score. */
export const MAX_BULLET_WORDS = 25;
/** A bullet shorter than this is a fragment ("Lots.", "They came."). */
export const MIN_BULLET_WORDS = 3;

export type CheckKind = 'point' | 'empty' | 'must-not' | 'bullet-size' | 'source-date';

export interface CheckResult {
  kind: CheckKind;
  /** Section, `actors`, or the must-not scope. */
  where: string;
  name: string;
  passed: boolean;
  /** The bullet that carried the point, the offending text, or the closest miss. */
  detail: string;
}

export interface ArticleScore {
  checks: CheckResult[];
  passed: number;
  total: number;
}

const short = (text: string): string => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

function pointCheck(point: GoldPoint, where: string, units: readonly string[]): CheckResult {
  const eligible = units.filter((u) => wordCount(u) <= MAX_BULLET_WORDS);
  const hit = eligible.find((u) => groupsMatched(point.all, u) === point.all.length);
  if (hit !== undefined) return { kind: 'point', where, name: point.name, passed: true, detail: short(hit) };
  let best: { unit: string; n: number } | undefined;
  for (const unit of eligible) {
    const n = groupsMatched(point.all, unit);
    if (n > 0 && (!best || n > best.n)) best = { unit, n };
  }
  const detail = units.length === 0
    ? 'the section has no bullets'
    : best ? `closest (${best.n}/${point.all.length} term groups): ${short(best.unit)}` : 'no bullet has any of the terms';
  return { kind: 'point', where, name: point.name, passed: false, detail };
}

/** An empty section: at least one slide, no list items, and prose that says there is nothing ("no", "none", "not"). */
function emptyCheck(view: DeckView, name: string): CheckResult {
  const section = sectionOf(view, name);
  const base = { kind: 'empty' as const, where: name, name: `${name} is said to be empty` };
  if (section.slides === 0) return { ...base, passed: false, detail: 'no slide has this section, so the deck does not say it is empty' };
  if (section.bullets.length > 0) return { ...base, passed: false, detail: `${section.bullets.length} bullet(s), e.g. ${short(section.bullets[0]!)}` };
  const says = section.prose.find((p) => anyTermOccurs(['no', 'none', 'not', 'nothing', 'neither'], p) && wordCount(p) >= 3);
  return says
    ? { ...base, passed: true, detail: short(says) }
    : { ...base, passed: false, detail: 'the slide does not say that the article has nothing for it' };
}

function scopeUnits(view: DeckView, scope: MustNot['in']): string[] {
  if (scope === 'slides') return view.visible;
  if (scope === 'bullets') return SCORED_SECTIONS.flatMap((s) => sectionOf(view, s).bullets);
  return sectionOf(view, scope).visible;
}

function mustNotCheck(rule: MustNot, view: DeckView): CheckResult {
  const units = scopeUnits(view, rule.in);
  const excused = (u: string): boolean => rule.unlessAny.length > 0 && anyTermOccurs(rule.unlessAny, u);
  const offending = rule.text !== undefined
    ? units.find((u) => normalizeLiteral(u).includes(normalizeLiteral(rule.text!)) && !excused(u))
    : units.find((u) => groupsMatched(rule.all!, u) === rule.all!.length && !excused(u));
  return {
    kind: 'must-not', where: rule.in, name: rule.name,
    passed: offending === undefined,
    detail: offending === undefined ? '' : short(offending),
  };
}

/** Every bullet of the scored sections and the actors slides is a slide-sized clause: 3–25 words. */
function bulletSizeCheck(view: DeckView): CheckResult {
  const bullets = [...SCORED_SECTIONS, 'actors'].flatMap((s) => sectionOf(view, s).bullets);
  const bad = bullets.filter((b) => {
    const n = tokensAsWritten(b).length;
    return n < MIN_BULLET_WORDS || n > MAX_BULLET_WORDS;
  });
  return {
    kind: 'bullet-size', where: 'bullets', name: `bullets have ${MIN_BULLET_WORDS}–${MAX_BULLET_WORDS} words`,
    passed: bullets.length > 0 && bad.length === 0,
    detail: bullets.length === 0 ? 'the deck has no bullets in the scored sections' : bad.map((b) => `${wordCount(b)} words: ${short(b)}`).join(' | '),
  };
}

/**
 * The publication date in the headmatter (`source-published`, CONTRACTS item 2; `date` accepted too) is the
 * one the article states, and none is invented for an article that states none.
 */
function sourceDateCheck(gold: Gold, view: DeckView): CheckResult {
  const written = [view.headmatter['source-published'], view.headmatter.date].filter((v) => v !== undefined && v !== null).map(String);
  const base = { kind: 'source-date' as const, where: 'headmatter', name: gold.published ? `publication date ${gold.published}` : 'no publication date invented' };
  if (gold.published === null) {
    return written.length === 0 ? { ...base, passed: true, detail: '' } : { ...base, passed: false, detail: `the headmatter says ${written.join(', ')}` };
  }
  return written.includes(gold.published)
    ? { ...base, passed: true, detail: '' }
    : { ...base, passed: false, detail: written.length === 0 ? 'no source-published in the headmatter' : `the headmatter says ${written.join(', ')}` };
}

export function scoreDeck(gold: Gold, view: DeckView): ArticleScore {
  const checks: CheckResult[] = [];
  for (const name of SCORED_SECTIONS) {
    const section = gold.sections[name];
    if (!section) continue;
    if (section.expectEmpty) checks.push(emptyCheck(view, name));
    for (const point of section.points) checks.push(pointCheck(point, name, point.inSlides ? sectionOf(view, name).visible : sectionOf(view, name).bullets));
  }
  for (const point of gold.actors) checks.push(pointCheck(point, 'actors', sectionOf(view, 'actors').visible));
  checks.push(bulletSizeCheck(view));
  checks.push(sourceDateCheck(gold, view));
  for (const rule of gold.mustNot) checks.push(mustNotCheck(rule, view));
  const passed = checks.filter((c) => c.passed).length;
  return { checks, passed, total: checks.length };
}
