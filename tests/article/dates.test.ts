import { describe, expect, it } from 'vitest';
import { clauseAround, findDates, findFullDate, humanDate, shiftDays, yearFromReference } from '../../src/article/dates.js';
import { generate } from '../../src/article/generate.js';

const summary = (text: string) => findDates(text).map((d) => [d.label, d.year ?? null, d.month ?? null, d.day ?? null, d.precision, d.relative ?? null]);

describe('findDates', () => {
  it('reads days, parts of months, deadlines and months after a preposition', () => {
    expect(summary('The visit on June 3 and a summit in late April, to be held by the end of May, and a vote in May.')).toEqual([
      ['June 3', null, 6, 3, 'day', null],
      ['late April', null, 4, null, 'late', null],
      ['by the end of May', null, 5, null, 'end', null],
      ['May', null, 5, null, 'month', null],
    ]);
  });

  it('reads written years, day-first dates, mid-month and parts of a year', () => {
    expect(summary('On 4 February the pact, signed March 9, 2031, set a review for mid-July 2032 and an election by the end of 2029.')).toEqual([
      ['4 February', null, 2, 4, 'day', null],
      ['March 9, 2031', 2031, 3, 9, 'day', null],
      ['mid-July 2032', 2032, 7, null, 'mid', null],
      ['by the end of 2029', 2029, null, null, 'end', null],
    ]);
  });

  it('does not read the verb "may" or numbers of years as dates', () => {
    expect(findDates('Talks may help; people with 30 years of experience.')).toEqual([]);
  });

  it('marks relative words', () => {
    expect(summary("Yesterday's news.")).toEqual([['Yesterday', null, null, null, 'day', 'yesterday']]);
  });

  it('finds a full date with its year, ISO or written', () => {
    expect(findFullDate('A woman walks by (March 9, 2031).')).toEqual({ year: 2031, month: 3, day: 9, written: 'March 9, 2031' });
    expect(findFullDate('2029-02-20T08:00:00Z')).toMatchObject({ year: 2029, month: 2, day: 20 });
    expect(findFullDate('No date here.')).toBeUndefined();
  });

  it('formats and shifts normalised dates', () => {
    expect(humanDate('2031-04', 'late')).toBe('late April 2031');
    expect(humanDate('2031-05', 'end')).toBe('end of May 2031');
    expect(humanDate('2031-03-05', 'day')).toBe('March 5, 2031');
    expect(humanDate('2029', 'end')).toBe('end of 2029');
    expect(shiftDays('2031-03-01', -1)).toBe('2031-02-28');
  });
});

describe('years of dates written without one', () => {
  const october = { year: 2033, month: 10, day: 6 };
  const yearOf = (sentence: string, reference = october): number => {
    const d = findDates(sentence)[0]!;
    return yearFromReference(reference, d, clauseAround(sentence, d.start, d.end));
  };

  it('reads a month naming an event: "the March election", "before the June summit"', () => {
    expect(summary('They lead before the March election and meet after the June summit.')).toEqual([
      ['before the March', null, 3, null, 'month', null],
      ['after the June', null, 6, null, 'month', null],
    ]);
  });

  it('takes the next year for a month already past when the date’s own clause looks ahead, the year before for a month to come told in the past', () => {
    expect(yearOf('The levy starts charging on 1 January regardless.')).toBe(2034);
    expect(yearOf('Parliament must ratify the agreement by March 15.')).toBe(2034);
    expect(yearOf('The talks collapsed in January.')).toBe(2033);
    expect(yearOf('The talks have come a long way since February, when they said they might leave.')).toBe(2033);
    expect(yearOf('At the last session in November, sixty countries published a proposal.')).toBe(2032);
    expect(yearOf('The assembly meets in November.')).toBe(2033);
  });

  it('reads the clause of the date, not the whole sentence', () => {
    const sentence = 'The talks collapsed in January, and the next round will open in the autumn.';
    const d = findDates(sentence)[0]!;
    expect(clauseAround(sentence, d.start, d.end)).toBe('The talks collapsed in January');
    expect(yearOf(sentence)).toBe(2033);
  });

  it('gives no year to other sentences from a full date in the body: it is the date of its own event', () => {
    const text = ['Harbour Talks Resume', 'Two boards and a bay.', 'The boards first met on June 3, 2031, at the harbour office. Both sides called the meeting useful for the bay and its ports.', 'They meet again in May to set the winter rates for the bay and its ports.'].join('\n\n');
    const events = generate(text, { fileName: 'harbour.txt' }).outline!.events;
    expect(events.find((e) => e.label === 'June 3, 2031')).toMatchObject({ year: 2031, yearSource: 'written' });
    expect(events.find((e) => e.label === 'May')).toMatchObject({ yearSource: 'unknown', date: '--05' });
  });
});
