// Cue search: the first match as written, negated uses skipped, the same answer however often a cue is used.
import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/article/rules/cues.js';

describe('findCue', () => {
  it('skips a negated use and returns the next one as written', () => {
    const cue = /\bunprecedented\b/i;
    expect(findCue('It was not unprecedented, but Unprecedented it was.', cue)).toBe('Unprecedented');
    expect(findCue('Hardly unprecedented.', cue)).toBeUndefined();
    expect(findCue('Nothing here.', cue)).toBeUndefined();
  });

  it('gives the same answer on every call, and ignores where a global cue was left', () => {
    const cue = /\bfor (?:six|ten) months\b/g;
    const text = 'The truce holds for six months, then for ten months.';
    cue.lastIndex = 20;
    for (let i = 0; i < 3; i++) expect(findCue(text, cue)).toBe('for six months');
    expect(findCue('It will not last for ten months, only for six months.', cue)).toBe('for six months');
    expect(cue.lastIndex).toBe(20);
  });
});
