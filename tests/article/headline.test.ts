// The headline of a plain-text article: in title case or in sentence case, never the byline under it.

import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/article/read.js';

const body = [
  'Negotiators agreed late on Tuesday to keep the ferry corridor open for another season, officials said.',
  'The accord covers the northern crossing only, and its terms were not published.',
].join('\n\n');

describe('the headline of a text article', () => {
  it('takes a sentence-case headline over the byline below it', () => {
    const { article } = readArticle(`HARBOUR TALKS\n\nFerry corridor deal holds for one more season, narrowly\n\nBy Ana Ortiz\n\n${body}\n`, 'txt', 'a.txt');
    expect(article.title).toBe('Ferry corridor deal holds for one more season, narrowly');
    expect(article.byline).toBe('Ana Ortiz');
  });

  it('still prefers a title-case headline, and never takes a byline for one', () => {
    expect(readArticle(`Ferry Corridor Deal Holds for One More Season\n\nBy Ana Ortiz\n\n${body}\n`, 'txt', 'a.txt').article.title).toBe('Ferry Corridor Deal Holds for One More Season');
    expect(readArticle(`By Ana Ortiz\n\n${body}\n`, 'txt', 'a.txt').article.title).not.toContain('Ana Ortiz');
  });
});
