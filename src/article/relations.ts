// Relations the text states between actors (met, briefed, invited, accepted, led, visited, criticized), in active,
// passive ("was briefed by") and symmetric ("A and B met") forms, with dates and the sentence's hedge.

import type { Article, DatedEvent, Relation, RelationVerb } from '../model/article.js';
import type { ActorIndex, Mention } from './actors.js';
import { isQuestion } from './classify.js';
import { OFFICE_NOUNS } from './persons.js';

const M = '⟨(\\d+)⟩';
/** Up to three lower-case words between a subject and its verb ("had", "publicly", "said he would"). */
const GAP = "(?:,\\s*)?(?:[\\p{Ll}’']+\\s+){0,3}?";
const LIST = `(${M}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${M})*)`;

interface Found {
  verb: RelationVerb;
  from: number;
  to: number;
  detail?: string;
  /** Match span in the placeholder text. */
  start: number;
  end: number;
}

type Matcher = (text: string) => Found[];

const ids = (s: string): number[] => [...s.matchAll(/⟨(\d+)⟩/g)].map((m) => Number(m[1]));

/** Subject-verb-object patterns: `⟨A⟩ … met with ⟨B⟩`. */
function svo(verb: RelationVerb, phrase: string): Matcher {
  const re = new RegExp(`${M}\\s*${GAP}(?:${phrase})\\s+${M}`, 'gu');
  return (text) =>
    [...text.matchAll(re)].map((m) => ({ verb, from: Number(m[1]), to: Number(m[2]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** "briefed ⟨A⟩, ⟨B⟩ and ⟨C⟩" with a finite verb (subject before) or "to brief …, ⟨S⟩ told" (subject after). */
function briefing(text: string): Found[] {
  const out: Found[] = [];
  const finite = new RegExp(`${M}\\s*${GAP}(?:briefed|briefs|has briefed)\\s+${LIST}`, 'gu');
  for (const m of text.matchAll(finite)) {
    for (const to of ids(m[2]!)) out.push({ verb: 'briefed', from: Number(m[1]), to, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const nonFinite = new RegExp(`\\b(?:to brief|briefing)\\s+${LIST}\\s*,\\s*${M}`, 'gu');
  for (const m of text.matchAll(nonFinite)) {
    const list = ids(m[1]!);
    const subject = Number(m[m.length - 1]);
    for (const to of list) out.push({ verb: 'briefed', from: subject, to, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** "⟨B⟩’s own delegation, led by ⟨A⟩": A led B's delegation. */
function ledBy(text: string): Found[] {
  const re = new RegExp(`${M}(?:['’]s)?\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:delegation|team|mission|negotiators|envoys|side))\\s*,?\\s+(?:was\\s+)?led by\\s+${M}`, 'gu');
  return [...text.matchAll(re)].map((m) => ({
    verb: 'led',
    from: Number(m[3]),
    to: Number(m[1]),
    detail: m[2]!.replace(/^own\s+/, ''),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** "⟨B⟩ visit by ⟨A⟩", "visit to ⟨B⟩ by ⟨A⟩". */
function visitBy(text: string): Found[] {
  const re = new RegExp(`(?:${M}\\s+visit|visit\\s+(?:to|of)\\s+${M})\\s+by\\s+${M}`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ verb: 'visited', from: Number(m[3]), to: Number(m[1] ?? m[2]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** "⟨A⟩ accepted" (an invitation); the object is the invitation's sender when the text does not name it. */
function accepted(text: string): Found[] {
  const re = new RegExp(`${M}\\s+(?:[\\p{Ll}]+\\s+){0,2}?(?:accepted|accepts|has accepted)(?:\\s+${M}['’]s\\s+invitation|\\s+(?:the|an|their|his|her)\\s+invitation|(?=[\\s,.;]))`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ verb: 'accepted', from: Number(m[1]), to: m[2] === undefined ? -1 : Number(m[2]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** "⟨A⟩ and ⟨B⟩ met", "⟨A⟩ and ⟨B⟩ also held talks", "⟨A⟩, and ⟨B⟩, shook hands": a symmetric meeting, drawn once from the first named. */
function metTogether(text: string): Found[] {
  const re = new RegExp(`${M},?\\s+and\\s+${M},?\\s+(?:[\\p{Ll}]+ly\\s+|also\\s+|then\\s+)?(?:met|meet|have met|had met|held (talks|a (?:[\\p{Ll}]+\\s+)?(?:meeting|dinner|lunch|call))|spoke|talked|shook hands)\\b`, 'gu');
  return [...text.matchAll(re)].map((m) => ({
    verb: 'met' as const, from: Number(m[1]), to: Number(m[2]), ...(m[3] ? { detail: `held ${m[3]}` } : {}), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length,
  }));
}

/** Passive forms: "⟨B⟩ was briefed by ⟨A⟩" is A briefed B. */
function passive(verb: RelationVerb, participle: string): Matcher {
  const re = new RegExp(`${M}\\s+(?:was|were|had been|has been|is|are)\\s+(?:[\\p{Ll}]+ly\\s+)?(?:${participle})\\s+by\\s+${M}`, 'gu');
  return (text) =>
    [...text.matchAll(re)].map((m) => ({ verb, from: Number(m[2]), to: Number(m[1]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Hedges that make a relation reported rather than attested. */
const HEDGE = /\b(?:reportedly|allegedly|apparently|seemingly|purportedly|is said to|are said to|was said to|were said to)\b/i;

const MATCHERS: Matcher[] = [
  metTogether,
  passive('briefed', 'briefed'),
  passive('invited', 'invited'),
  passive('visited', 'visited'),
  passive('criticized', 'criticized|criticised|rebuked|attacked'),
  ledBy,
  visitBy,
  svo('visited', 'visited|visits|has visited'),
  svo('met', '(?:met|meets|has met)(?:\\s+with)?'),
  svo('will-meet', '(?:will|would|is to|plans to|agreed to|is expected to)\\s+meet(?:\\s+with)?'),
  briefing,
  svo('invited', 'invited|invites|has invited|extended an invitation to|issued an invitation to|sent an invitation to'),
  (text) => {
    const re = new RegExp(`invitation from ${M} to ${M}`, 'gu');
    return [...text.matchAll(re)].map((m) => ({ verb: 'invited' as const, from: Number(m[1]), to: Number(m[2]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  },
  accepted,
  svo('criticized', 'criticized|criticised|criticizes|rebuked|attacked'),
];

const OFFICE_BETWEEN = new RegExp(String.raw`^(?:['’]s)? (?:\p{Ll}[\p{Ll}-]*\s){0,2}(?:${OFFICE_NOUNS}),? $`, 'u');

/**
 * The mentions that can be subjects and objects: mentions inside a longer one dropped, and a person's
 * "of Y" and ", the <role> at Y," folded into the person ("Dr. X, an economist at Y, briefed …").
 */
export function clauseMentions(sentence: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push({ ...m });
  }
  for (let i = 0; i < out.length; i++) {
    const person = out[i]!;
    if (person.kind !== 'person') continue;
    // "Y’s economy minister, X" and "the Y trade representative, X": the state and office before the name belong to the person.
    const before = out[i - 1];
    if (before && before.kind !== 'person' && OFFICE_BETWEEN.test(sentence.slice(before.end, person.start))) {
      person.start = before.start;
      out.splice(i - 1, 1);
      i--;
    }
    const rest = sentence.slice(person.end);
    const of = /^ of (?:the )?/.exec(rest);
    const next = out[i + 1];
    if (of && next && next.kind !== 'person' && next.start === person.end + of[0].length) {
      person.end = next.end;
      out.splice(i + 1, 1);
    }
    const appositive = /^, (?:the|a|an) [^,;()]{1,100}?,/u.exec(sentence.slice(person.end));
    if (appositive) {
      const end = person.end + appositive[0].length - 1;
      person.end = end;
      for (let k = i + 1; k < out.length && out[k]!.start < end; ) out.splice(k, 1);
    }
  }
  return out;
}

/** Replaces mentions by `⟨i⟩`, keeping a map from new offsets back to the sentence. */
function placeholders(sentence: string, mentions: Mention[]): { text: string; toSource: (i: number) => number } {
  let text = '';
  const map: number[] = [];
  let at = 0;
  mentions.forEach((m, i) => {
    for (let k = at; k < m.start; k++) {
      map.push(k);
      text += sentence[k];
    }
    const token = `⟨${i}⟩`;
    for (let k = 0; k < token.length; k++) map.push(m.start);
    text += token;
    at = m.end;
  });
  for (let k = at; k < sentence.length; k++) {
    map.push(k);
    text += sentence[k];
  }
  map.push(sentence.length);
  return { text, toSource: (i) => map[Math.min(i, map.length - 1)] ?? sentence.length };
}

/** The event whose date expression sits in or right next to the relation, or opens the sentence. */
function dateFor(events: DatedEvent[], sentence: string, start: number, end: number): DatedEvent | undefined {
  for (const e of events) {
    const at = sentence.indexOf(e.label);
    if (at < 0) continue;
    const stop = at + e.label.length;
    const inside = at >= start && stop <= end;
    const right = at >= end && at - end <= 8;
    const left = stop <= start && start - stop <= 8;
    const opening = at <= 3 && /^\s*,/.test(sentence.slice(stop));
    if (inside || right || left || opening) return e;
  }
  return undefined;
}

/** Relations stated in the body (questions are not statements), in text order. */
export function extractRelations(article: Article, index: ActorIndex, events: readonly DatedEvent[]): Relation[] {
  const relations: Relation[] = [];
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) {
      if (isQuestion(sentence)) continue;
      const mentions = clauseMentions(sentence, index.mentions(sentence));
      if (mentions.length < 2) continue;
      const { text, toSource } = placeholders(sentence, mentions);
      const sentenceEvents = events.filter((e) => e.sentence === sentence && e.paragraphId === p.id);
      const found = MATCHERS.flatMap((match) => match(text)).sort((a, b) => a.start - b.start || a.end - b.end);
      for (const f of found) {
        const from = mentions[f.from]?.actor;
        let to = f.to >= 0 ? mentions[f.to]?.actor : undefined;
        if (f.verb === 'accepted' && to === undefined) {
          to = [...relations].reverse().find((r) => r.verb === 'invited' && r.to === from)?.from;
        }
        if (!from || !to || from === to) continue;
        if (relations.some((r) => r.paragraphId === p.id && r.sentence === sentence && r.from === from && r.to === to && r.verb === f.verb)) continue;
        const event = dateFor(sentenceEvents, sentence, toSource(f.start), toSource(f.end));
        const hedge = HEDGE.exec(sentence)?.[0].toLowerCase();
        relations.push({
          from,
          to,
          verb: f.verb,
          ...(f.detail ? { detail: f.detail } : {}),
          ...(hedge ? { hedge } : {}),
          ...(event ? { date: event.date, datePrecision: event.precision, dateLabel: event.label } : {}),
          paragraphId: p.id,
          sentence,
        });
      }
    }
  }
  return relations;
}

/** Relations without repeats (same from, verb, detail and to), first statement kept: "met" and "reportedly held a dinner" both stay. */
export function distinctRelations(relations: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const same = (a: Relation, b: Relation): boolean => a.from === b.from && a.to === b.to && a.verb === b.verb && a.detail === b.detail;
  for (const r of relations) if (!out.some((o) => same(o, r))) out.push(r);
  return out;
}
