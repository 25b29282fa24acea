// Finds date expressions in a sentence ("June 3", "late July", "by the end of September", "yesterday") and normalises them.

import type { DatePrecision } from '../model/article.js';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const MONTH_ABBREVIATIONS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Month number (1–12) of a capitalised month name or abbreviation; undefined otherwise. */
export function monthNumber(word: string): number | undefined {
  const clean = word.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(clean);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[clean];
}

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** True for month names (never names of people or places). */
export function isMonthWord(word: string): boolean {
  return monthNumber(word) !== undefined;
}

const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.)`;
const YEAR = '(?:1[89]|20|21)\\d{2}';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

const RELATIVE_WORDS = ['yesterday', 'today', 'tomorrow'] as const;
export type RelativeWord = (typeof RELATIVE_WORDS)[number];

/** A date expression found in a text. */
export interface DateMatch {
  /** As written, with a deadline word kept (`by the end of September`) and a plain preposition dropped. */
  label: string;
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  relative?: RelativeWord;
}

interface DatePattern {
  re: RegExp;
  build(m: RegExpExecArray): Omit<DateMatch, 'start' | 'end' | 'label'> | undefined;
}

const PART_WORDS: Record<string, DatePrecision> = {
  early: 'early', 'beginning of': 'early', 'start of': 'early',
  mid: 'mid', 'middle of': 'mid',
  late: 'late', 'end of': 'end',
};

function partOf(words: string): DatePrecision {
  const key = words.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return PART_WORDS[key] ?? 'month';
}

const toInt = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseInt(s, 10));

/** Patterns in priority order; earlier patterns win overlaps. Group 1 is always an optional deadline word. */
const PATTERNS: DatePattern[] = [
  {
    // by the end of September, late July, mid-March 2031, early in June, by the end of 2031
    re: new RegExp(
      `\\b(?:(by|before|until)\\s+)?(?:(?:in|at|around|towards?)\\s+)?((?:the\\s+)?(?:end|beginning|start|middle)\\s+of|[Ee]arly|[Mm]id|[Ll]ate)(?:\\s+in)?[\\s-]+(${MONTH}|${YEAR})(?:,?\\s+(${YEAR}))?\\b`,
      'g',
    ),
    build: (m) =>
      /^\d+$/.test(m[3] ?? '')
        ? { year: toInt(m[3]), precision: partOf(m[2] ?? '') }
        : { month: monthNumber(m[3] ?? ''), year: toInt(m[4]), precision: partOf(m[2] ?? '') },
  },
  {
    // June 3, June 3, 2031, June 3rd
    re: new RegExp(`\\b(?:(by|before|until|since)\\s+)?(?:on\\s+)?(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?![\\d,]*\\d)`, 'g'),
    build: (m) => ({ month: monthNumber(m[2] ?? ''), day: toInt(m[3]), year: toInt(m[4]), precision: 'day' }),
  },
  {
    // 5 March, 5 March 2031
    re: new RegExp(`\\b(?:(by|before|until|since)\\s+)?(?:on\\s+)?(${DAY})\\s+(${MONTH})(?:\\s+(${YEAR}))?\\b`, 'g'),
    build: (m) => ({ day: toInt(m[2]), month: monthNumber(m[3] ?? ''), year: toInt(m[4]), precision: 'day' }),
  },
  {
    // March 2031
    re: new RegExp(`\\b(?:(by|before|until|since)\\s+)?(?:in\\s+)?(${MONTH})\\s+(${YEAR})\\b`, 'g'),
    build: (m) => ({ month: monthNumber(m[2] ?? ''), year: toInt(m[3]), precision: 'month' }),
  },
  {
    // in May, by June (a preposition is required: "May" is also a verb)
    re: new RegExp(`\\b(?:(by|before|until|since)|in|during|from|after|through|last|next|this|of)\\s+(${MONTH})(?![\\w-])`, 'g'),
    build: (m) => ({ month: monthNumber(m[2] ?? ''), precision: 'month' }),
  },
  {
    // the March election, before the June summit: a month naming an event
    re: new RegExp(`\\b(?:(by|before|until|since|after)\\s+)?the\\s+(${MONTH})\\s+(?=\\p{Ll}{3,})`, 'gu'),
    build: (m) => ({ month: monthNumber(m[2] ?? ''), precision: 'month' }),
  },
  {
    // in 2031, by 2032
    re: new RegExp(`\\b(?:(by|before|until|since)|in|during|from|after|through|of)\\s+(${YEAR})\\b(?!\\s*(?:years?|people|troops|%|percent))`, 'g'),
    build: (m) => ({ year: toInt(m[2]), precision: 'year' }),
  },
  {
    re: /\b()(yesterday|today|tomorrow)\b/gi,
    build: (m) => {
      const word = (m[2] ?? '').toLowerCase();
      const relative = RELATIVE_WORDS.find((r) => r === word);
      return relative ? { precision: 'day', relative } : undefined;
    },
  },
];

/** All date expressions in a text, in order, without overlaps. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const built = pattern.build(m);
      if (!built || (built.month === undefined && built.year === undefined && !built.relative)) continue;
      taken.push([start, end]);
      found.push({ ...built, start, end, label: labelOf(m[0], m[1]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Keeps a deadline word ("by"), drops a plain preposition ("in", "on"). */
function labelOf(written: string, deadline: string | undefined): string {
  if (deadline) return written.trim();
  return written.replace(/^(?:in|on|at|around|towards?|during|from|after|through|of)\s+/i, '').trim();
}

/** Wording of a clause that looks ahead: a future or modal verb, a schedule, a deadline. */
const LOOKS_AHEAD =
  /\b(?:will|won[’']t|shall|would|could|must|may|might|should|(?:is|are) (?:due|scheduled|set|expected|slated|likely|poised|planned|meant)|plans?|next|deadline|(?:starts?|begins?|opens?|resumes?|meets?|holds?|runs?|votes?|expires?|closes?|reports?)(?! (?:last|in \d{4})))\b/i;

/** The clause of a sentence that holds [start, end): cut at semicolons, colons, dashes and ", and"/", but". */
export function clauseAround(sentence: string, start: number, end: number): string {
  const bounds = [...sentence.matchAll(/;\s+|:\s+|\s+[—–]\s+|,\s+(?:and|but|while|whereas)\s+/g)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
  const from = Math.max(0, ...bounds.filter((b) => b.to <= start).map((b) => b.to));
  const to = Math.min(sentence.length, ...bounds.filter((b) => b.from >= end).map((b) => b.from));
  return sentence.slice(from, to);
}

/** Wording of a clause that tells of the past: a past verb, "last", "ago". */
const LOOKS_BACK = /\b(?:last|ago|earlier|previous|was|were|had|did|\p{Ll}{3,}ed)\b/u;

/**
 * The year of a date written without one, taken from the article's own date: that year; the next when the date's
 * own clause looks ahead to a month the article's date has passed ("the levy starts charging on 1 January",
 * published in October); the one before when it tells of a month still to come ("at the last session in
 * November", published in March).
 */
export function yearFromReference(reference: { year: number; month?: number; day?: number }, date: DateMatch, clause: string): number {
  if (reference.month === undefined || date.month === undefined) return reference.year;
  const sameMonth = date.month === reference.month;
  const passed = date.month < reference.month || (sameMonth && date.day !== undefined && reference.day !== undefined && date.day < reference.day);
  const ahead = !/^since\b/i.test(date.label) && (/^(?:by|before|until)\b/i.test(date.label) || LOOKS_AHEAD.test(clause));
  if (passed && ahead) return reference.year + 1;
  if (!passed && !sameMonth && !ahead && LOOKS_BACK.test(clause)) return reference.year - 1;
  return reference.year;
}

/** A full date written with a year ("June 14, 2031", "14 June 2031", "2031-06-14"), if the text holds one. */
export function findFullDate(text: string): { year: number; month: number; day?: number; written: string } | undefined {
  const iso = /\b((?:19|20|21)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/.exec(text);
  const matches = findDates(text).filter((d) => d.year !== undefined && d.month !== undefined && !d.relative);
  const best = matches.find((d) => d.precision === 'day') ?? matches[0];
  if (iso && (!best || (iso.index ?? 0) < best.start)) {
    return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), written: iso[0] };
  }
  if (!best || best.year === undefined || best.month === undefined) return undefined;
  return { year: best.year, month: best.month, day: best.day, written: best.label };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO-like date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` / `--MM` without a year. */
export function isoDate(year: number | undefined, month: number | undefined, day: number | undefined): string {
  const y = year === undefined ? '-' : String(year);
  if (month === undefined) return y;
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/** The day before / after an ISO date. */
export function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A human form of a normalised date: `June 3, 2031`, `late July 2031`, `end of September 2031`. */
export function humanDate(date: string, precision: DatePrecision): string {
  const m = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const year = m[1] === '-' ? '' : m[1] ?? '';
  const month = m[2] ? monthName(Number(m[2])) : '';
  const day = m[3] ? String(Number(m[3])) : '';
  const withYear = (s: string): string => (year ? `${s}${s ? ' ' : ''}${year}` : s).trim();
  if (!month && precision !== 'year' && precision !== 'month' && precision !== 'day') {
    const part = { early: 'early', mid: 'mid', late: 'late', end: 'end of' }[precision];
    return `${part} ${year}`;
  }
  switch (precision) {
    case 'day':
      return year ? `${month} ${day}, ${year}` : `${month} ${day}`;
    case 'early':
      return withYear(`early ${month}`);
    case 'mid':
      return withYear(`mid-${month}`);
    case 'late':
      return withYear(`late ${month}`);
    case 'end':
      return withYear(`end of ${month}`);
    case 'year':
      return year;
    default:
      return withYear(month);
  }
}
