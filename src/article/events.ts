// Dated events: date expressions in the body, normalised, with the year inferred from a date the article states.

import type { Article, DatedEvent, DatePrecision } from '../model/article.js';
import { isQuestion } from './classify.js';
import { clauseAround, findDates, findFullDate, isoDate, shiftDays, yearFromReference } from './dates.js';
import { paraphrase } from './paraphrase.js';

/** A date the article states, from which missing years are taken. */
export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
  /** `publication date`, `caption date (March …)`, … */
  from: string;
  /** Only a stated publication date may resolve "yesterday". */
  isPublication: boolean;
}

/**
 * The article's own date: its dateline, else a full date in the caption or dek. A full date in the body is the date
 * of its own event only: it gives no year to the events of other sentences.
 */
export function referenceDate(article: Article): ReferenceDate | undefined {
  if (article.date) {
    const [y, m, d] = article.date.split('-').map(Number);
    if (y) return { year: y, month: m, day: d, from: `publication date (${article.date})`, isPublication: true };
  }
  const places: [string, string | undefined][] = [
    ['caption date', article.caption],
    ['dek date', article.dek],
  ];
  for (const [where, text] of places) {
    const full = text ? findFullDate(text) : undefined;
    if (full) return { year: full.year, month: full.month, day: full.day, from: `${where} (${full.written})`, isPublication: false };
  }
  return undefined;
}

/** The sentence trimmed for a timeline, keeping the date expression in it (trims are cached per sentence). */
function eventText(sentence: string, label: string, cache: Map<string, string>): string {
  for (const max of [25, 80]) {
    const key = `${max}\u0000${sentence}`;
    const text = cache.get(key) ?? paraphrase(sentence, max);
    cache.set(key, text);
    if (text.toLowerCase().includes(label.toLowerCase())) return text;
  }
  return sentence;
}

const PRECISION_DAY: Record<DatePrecision, number> = { year: 0, month: 0, early: 5, mid: 15, day: 0, late: 25, end: 31 };

function sortKey(e: DatedEvent): number {
  const m = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(e.date);
  const year = m?.[1] && m[1] !== '-' ? Number(m[1]) : 0;
  const yearPart: Partial<Record<DatePrecision, number>> = { early: 1, mid: 6, late: 10, end: 12 };
  const month = m?.[2] ? Number(m[2]) : (yearPart[e.precision] ?? 0);
  const day = e.precision === 'day' ? Number(m?.[3] ?? 0) : PRECISION_DAY[e.precision];
  return year * 10000 + month * 100 + day;
}

export interface EventsResult {
  events: DatedEvent[];
  /** Relative dates ("yesterday") that were skipped because the article states no publication date. */
  skippedRelative: string[];
  reference?: ReferenceDate;
}

/** Dated events of the body (questions excluded: they are not events), in date order. */
export function extractEvents(article: Article): EventsResult {
  const reference = referenceDate(article);
  const events: DatedEvent[] = [];
  const skippedRelative: string[] = [];
  const order = new Map<DatedEvent, number>();
  const trims = new Map<string, string>();
  const seen = new Set<string>();
  for (const p of article.paragraphs) {
    for (const sentence of p.sentences) {
      if (isQuestion(sentence)) continue;
      for (const d of findDates(sentence)) {
        let event: DatedEvent | undefined;
        const base = { label: d.label, text: eventText(sentence, d.label, trims), paragraphId: p.id, sentence };
        if (d.relative) {
          if (!reference?.isPublication || reference.month === undefined || reference.day === undefined) {
            skippedRelative.push(`${d.label} (${p.id})`);
            continue;
          }
          const pub = isoDate(reference.year, reference.month, reference.day);
          const date = shiftDays(pub, d.relative === 'yesterday' ? -1 : d.relative === 'tomorrow' ? 1 : 0);
          event = { ...base, date, precision: 'day', year: Number(date.slice(0, 4)), yearSource: 'inferred', yearFrom: reference.from };
        } else if (d.year !== undefined) {
          event = { ...base, date: isoDate(d.year, d.month, d.day), precision: d.precision, year: d.year, yearSource: 'written' };
        } else if (reference) {
          const year = yearFromReference(reference, d, clauseAround(sentence, d.start, d.end));
          event = { ...base, date: isoDate(year, d.month, d.day), precision: d.precision, year, yearSource: 'inferred', yearFrom: reference.from };
        } else {
          event = { ...base, date: isoDate(undefined, d.month, d.day), precision: d.precision, yearSource: 'unknown' };
        }
        const key = `${event.date} ${event.precision} ${event.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        order.set(event, order.size);
        events.push(event);
      }
    }
  }
  events.sort((a, b) => sortKey(a) - sortKey(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { events, skippedRelative, ...(reference ? { reference } : {}) };
}
