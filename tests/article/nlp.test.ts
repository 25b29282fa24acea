// Language facts from wink-nlp: exact sentence spans, parts of speech, the verb check bullets rely on.
import { describe, expect, it } from 'vitest';
import { hasVerb, tagsOf, tagText, withTagCache } from '../../src/article/nlp.js';
import { carriesClause } from '../../src/article/bullets.js';
import { splitSentences } from '../../src/article/sentences.js';

describe('nlp', () => {
  it('segments "So far, no." and keeps abbreviations inside sentences', () => {
    expect(splitSentences('Has the other side agreed? So far, no. Officials call it a basis for discussion.')).toEqual([
      'Has the other side agreed?', 'So far, no.', 'Officials call it a basis for discussion.',
    ]);
    expect(splitSentences('The U.S. delegation met Dr. Ames on March 5. E.g. the talks resumed.')).toHaveLength(2);
  });

  it('gives spans that are exact slices of the text', () => {
    const text = 'The talks  resumed.  They failed?';
    for (const s of tagText(text)) {
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text);
    }
  });

  it('tags a text once inside a tag cache, the same as without it, and forgets it afterwards', () => {
    const text = 'The talks resumed in Geneva. They failed?';
    const plain = tagText(text);
    withTagCache(() => {
      const first = tagText(text);
      expect(first).toEqual(plain);
      expect(tagText(text)).toBe(first);
      expect(withTagCache(() => tagText(text))).toBe(first);
    });
    expect(tagText(text)).not.toBe(tagText(text));
  });

  it('tells a clause from a fragment by its verb', () => {
    expect(hasVerb(tagsOf('They came.'))).toBe(true);
    expect(hasVerb(tagsOf('Lots.'))).toBe(false);
    expect(hasVerb(tagsOf('Talks in Geneva next week.'))).toBe(false);
    expect(carriesClause('So far, no.')).toBe(false);
    expect(carriesClause('They came.')).toBe(false);
    expect(carriesClause('The ministers will meet again in June.')).toBe(true);
  });
});

describe('named parties', () => {
  it('keeps proper-noun runs whole, joins surnames to full names and drops sentence-start words and demonyms of named states', async () => {
    const { readArticle } = await import('../../src/article/read.js');
    const { namedParties } = await import('../../src/article/named.js');
    const text = [
      'Talks in Geneva',
      'Iranian negotiators met the US delegation and the International Atomic Energy Agency Board of Governors in Geneva on Monday, officials said. The session ran late into the night.',
      'Hardliners in Iran objected. Laleh Farahani-Moss of Westbrook University said the talks could fail. Farahani-Moss has followed Iran for a decade.',
    ].join('\n\n');
    const names = namedParties(readArticle(text, 'txt', 'a.txt').article).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Iran', 'US', 'International Atomic Energy Agency Board of Governors', 'Geneva', 'Laleh Farahani-Moss', 'Westbrook University']));
    expect(names).not.toContain('Iranian');
    expect(names).not.toContain('Hardliners');
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('Farahani-Moss');
  });
});
