// Speaking time: one slide's minutes, a total, and how durations are written.

import { describe, expect, it } from 'vitest';
import { formatDuration, slideMinutes, slideSeconds, totalMinutes } from '../../src/briefing/timing.js';

describe('speaking time', () => {
  it('gives a slide its own minutes, else the default', () => {
    expect(slideMinutes({ minutes: 2 })).toBe(2);
    expect(slideMinutes({})).toBe(0.5);
    expect(slideMinutes({}, 1)).toBe(1);
  });

  it('totals exactly to the second', () => {
    expect(totalMinutes([{ minutes: 0.25 }, { minutes: 0.25 }, {}])).toBe(1);
    expect(totalMinutes([{ minutes: 1 / 3 }, { minutes: 1 / 3 }, { minutes: 1 / 3 }])).toBe(1);
    expect(slideSeconds(0.25)).toBe(15);
  });

  it.each([
    [0.25, '15 s'],
    [0.5, '30 s'],
    [1, '1 min'],
    [1.25, '1 min 15 s'],
    [5.5, '5 min 30 s'],
    [9.99, '9 min 59 s'],
    [15.75, '16 min'],
    [30, '30 min'],
  ])('writes %d minutes as %s', (minutes, written) => {
    expect(formatDuration(minutes)).toBe(written);
  });
});
