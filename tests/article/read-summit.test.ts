// Golden test: the scraped summit article read from plain text, page chrome removed.
import { describe, expect, it } from 'vitest';
import { readFixture, SUMMIT } from './fixtures.js';

const article = readFixture(SUMMIT, 'txt');

describe('reading the summit article (plain text)', () => {
  it('finds headline, kicker, dek, caption and credit', () => {
    expect(article.title).toBe('A Trump-Kim Summit: How Did We Get Here, and What’s Next?');
    expect(article.kicker).toBe('The Koreas');
    expect(article.dek).toBe('Real questions remain about the next steps in the North Korean dialogue process.');
    expect(article.caption).toBe(
      'A woman walks by a huge screen showing U.S. President Donald Trump, left, and North Korea’s leader Kim Jong Un, in Tokyo (March 9, 2018).',
    );
    expect(article.credit).toBe('AP Photo/Koji Sasahara');
    expect(article.date).toBeUndefined();
  });

  it('drops navigation and the repeated headline as chrome', () => {
    expect(article.chrome).toEqual([
      'Recent Features',
      'The Koreas',
      'A Trump-Kim Summit: How Did We Get Here, and What’s Next?',
      'A Trump-Kim Summit: How Did We Get Here, and What’s Next?',
    ]);
  });

  it('keeps 19 body paragraphs with stable ids and source lines', () => {
    // The text has 28 blank-line blocks: 9 of page chrome, headline, dek, caption and credit, then 19 of body.
    expect(article.paragraphs).toHaveLength(19);
    expect(article.paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 19 }, (_, i) => `p${i + 1}`));
    expect(article.paragraphs[0]!.text.startsWith('Recently we have witnessed a series of historic firsts')).toBe(true);
    expect(article.paragraphs[0]!.line).toBe(19);
    expect(article.paragraphs[18]!.text.endsWith('may help prevent just such a reversal later.')).toBe(true);
    expect(article.paragraphs[18]!.line).toBe(55);
  });

  it('keeps the heading-like transition without a final period as a body paragraph', () => {
    const p5 = article.paragraphs[4]!;
    expect(p5.text).toBe('However, despite these historic firsts and apparent shifts on the part of Pyongyang, there are reasons to be skeptical');
    expect(p5.sentences).toEqual([p5.text]);
  });

  it('normalises non-breaking spaces and splits sentences around abbreviations', () => {
    expect(article.paragraphs.every((p) => !p.text.includes('\u00a0'))).toBe(true);
    expect(article.paragraphs[3]!.sentences[1]!.startsWith('According to South Korean officials, Kim expressed')).toBe(true);
    expect(article.paragraphs[2]!.sentences).toHaveLength(4);
    expect(article.paragraphs[2]!.sentences[1]).toContain('National Security Advisor H.R. McMaster, Chung told reporters');
    const p15 = article.paragraphs[14]!;
    expect(p15.sentences).toHaveLength(5);
    expect(p15.sentences[4]!.endsWith('30 years of experience. This is a real challenge.”')).toBe(true);
  });

  it('keeps every sentence an exact substring of its paragraph', () => {
    for (const p of article.paragraphs) for (const s of p.sentences) expect(p.text).toContain(s);
  });
});
