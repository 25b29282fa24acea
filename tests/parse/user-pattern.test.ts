// Deck authors' regular expressions: real separators compile, shapes that backtrack without bound are refused.

import { describe, expect, it } from 'vitest';
import { compileUserPattern } from '../../src/parse/user-pattern.js';
import { REVEAL_DEFAULTS, REVEAL_MD_DEFAULTS } from '../../src/parse/separators.js';

describe('compileUserPattern', () => {
  it.each([
    REVEAL_DEFAULTS.separator, REVEAL_DEFAULTS.notesSeparator, REVEAL_MD_DEFAULTS.separator, REVEAL_MD_DEFAULTS.verticalSeparator,
    '^\\n\\n\\n', '<!--s-->', '<!--v-->', '^\\s*Notes?:', '\\n-{3,}\\n', '(?:\\r?\\n){2}', '[(+*]+x',
  ])('accepts %j', (source) => {
    const result = compileUserPattern(source, 'mg');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.regex.flags).toBe('gm');
  });

  it.each([
    ['(a+)+$', /repeats a group/],
    ['(\\s*-)*x', /repeats a group/],
    ['((ab)*c)+', /repeats a group/],
    ['(a|aa)*b', /repeats a group/],
    ['(x{1,100}){2,}', /repeats a group/],
    ['(a)\\1', /back-reference/],
    ['(?<n>a)\\k<n>', /back-reference/],
    ['(unclosed', /not a valid regular expression/],
    ['x'.repeat(301), /longer than/],
  ])('refuses %j', (source, reason) => {
    const result = compileUserPattern(source, 'mg');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
