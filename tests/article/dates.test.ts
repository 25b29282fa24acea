import { describe, expect, it } from 'vitest';
import { findDates, findFullDate, humanDate, shiftDays } from '../../src/article/dates.js';

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
