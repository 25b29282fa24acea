// The text helpers' fast paths give what their one-line definitions give: spacing normalised, words counted.
import { describe, expect, it } from 'vitest';
import { normalizeSpace, wordCount, words } from '../../src/article/text.js';

/** The definition normalizeSpace must keep: every run of spacing one space, none at the ends. */
const spacedByDefinition = (text: string): string => text.replace(/[\s\u200b]+/g, ' ').trim();

const SAMPLES = [
  '', ' ', 'plain text', ' leading', 'trailing ', 'two  spaces', 'tab\there', 'line\nbreak', 'no\u00a0break',
  'thin\u2009space', 'zero\u200bwidth', 'ideographic\u3000space', 'byte\ufefforder', 'line\u2028separator',
  'non-joiner\u200cstays', '\u00a0 \t\n', 'a \u200b b',
];

describe('text helpers', () => {
  it('normalises spacing exactly as the definition does, and returns a normal text as it is', () => {
    for (const text of SAMPLES) expect(normalizeSpace(text), JSON.stringify(text)).toBe(spacedByDefinition(text));
    expect(normalizeSpace('one two three')).toBe('one two three');
  });

  it('counts the words words() finds, across scripts, apostrophes, dots, hyphens and astral letters', () => {
    const texts = [
      '', '...', "The envoy’s deal isn't done.", 'U.S.-led talks on 3.5 % tariffs', 'Farahani-Moss said -- no',
      'Żółć i ﬁ café', '٣ أيام', '中文 文字', '\u{1d400}\u{1d401} and \u{1f600} smile', 'e\u0301t\u00e9',
      "'quoted' ‘words’ -dash", 'lone \ud800 surrogate', 'ǅemal 2031',
    ];
    for (const text of texts) expect(wordCount(text), JSON.stringify(text)).toBe(words(text).length);
    expect(wordCount("The envoy’s deal isn't done.")).toBe(5);
  });
});
