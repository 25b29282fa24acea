import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/article/sentences.js';

describe('splitSentences', () => {
  it('splits on sentence ends and keeps each sentence as written', () => {
    expect(splitSentences('The talks began. They failed? Nobody knows!')).toEqual(['The talks began.', 'They failed?', 'Nobody knows!']);
  });

  it('survives U.S., H.R., Dr., Mr., St. and initials', () => {
    const text =
      'The U.S. Congress met Dr. Ames and Mr. Ode at St. Paul. National Security Advisor H.R. McMaster spoke with Douglas H. Paal. Then they left.';
    expect(splitSentences(text)).toEqual([
      'The U.S. Congress met Dr. Ames and Mr. Ode at St. Paul.',
      'National Security Advisor H.R. McMaster spoke with Douglas H. Paal.',
      'Then they left.',
    ]);
  });

  it('ends a sentence after an abbreviation when a sentence starter follows', () => {
    expect(splitSentences('Aid came from the U.S. The talks resumed.')).toEqual(['Aid came from the U.S.', 'The talks resumed.']);
  });

  it('does not split inside a quotation that closes later', () => {
    const text = 'He said, “They will send people with 30 years of experience. This is a real challenge.” Then he left.';
    expect(splitSentences(text)).toEqual(['He said, “They will send people with 30 years of experience. This is a real challenge.”', 'Then he left.']);
  });

  it('keeps an enumerator with its item and a sentence without a final period', () => {
    expect(splitSentences('1. Who will verify the data? 2. Who pays?')).toEqual(['1. Who will verify the data?', '2. Who pays?']);
    expect(splitSentences('However, there are reasons to be skeptical')).toEqual(['However, there are reasons to be skeptical']);
  });

  it('splits after a year that ends a sentence', () => {
    expect(splitSentences('The pact was signed in 2029. It expires soon.')).toEqual(['The pact was signed in 2029.', 'It expires soon.']);
  });
});
