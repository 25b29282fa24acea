// Language facts from wink-nlp: exact sentence spans, parts of speech, the verb check bullets rely on.
import { describe, expect, it } from 'vitest';
import { hasVerb, tagsOf, tagText } from '../../src/article/nlp.js';
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

  it('tells a clause from a fragment by its verb', () => {
    expect(hasVerb(tagsOf('They came.'))).toBe(true);
    expect(hasVerb(tagsOf('Lots.'))).toBe(false);
    expect(hasVerb(tagsOf('Talks in Geneva next week.'))).toBe(false);
    expect(carriesClause('So far, no.')).toBe(false);
    expect(carriesClause('They came.')).toBe(false);
    expect(carriesClause('The ministers will meet again in June.')).toBe(true);
  });
});
