// Open questions the article implies without a question mark, and the question its headline asks.

import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/article/read.js';
import { extractQuestions, groupQuestions } from '../../src/article/question-themes.js';
import { generate } from '../../src/article/generate.js';

const ARTICLE = `Ferry Talks Resume, but Can the Harbour Deal Survive the Winter?

Negotiators for the two island councils met in the port town on Monday and agreed to keep the night ferry running while the talks go on.

The mainland lenders hold most of the ferry company's debt, and they have not said whether they will accept a longer repayment period.

The timetable, the fares for residents and the length of the contract are all still open, and the unions reportedly want the harbour deal settled before the winter.

It is unclear which council will give way on the fares. Negotiators should not wait for a subsidy scheme that nobody yet knows how to fund.
`;

const read = () => readArticle(ARTICLE, 'txt', 'ferry.txt').article;

describe('implied and headline questions', () => {
  it('takes statements that a question is unanswered, cut to the clause that says so', () => {
    const texts = extractQuestions(read()).map((q) => q.text);
    expect(texts).toContain('The mainland lenders have not said whether they will accept a longer repayment period.');
    expect(texts).toContain('The timetable, the fares for residents and the length of the contract are all still open.');
    expect(texts).toContain('It is unclear which council will give way on the fares.');
  });

  it('does not read a relative clause of advice as an open question', () => {
    const texts = extractQuestions(read()).map((q) => q.sentence);
    expect(texts.some((t) => t.includes('nobody yet knows how to fund'))).toBe(false);
  });

  it('asks the headline question in a theme of its own, titled by the question, cited to the paragraph sharing its words', () => {
    const article = read();
    const questions = extractQuestions(article);
    const headline = questions.find((q) => q.fromHeadline);
    expect(headline?.text).toBe('Ferry Talks Resume, but Can the Harbour Deal Survive the Winter?');
    expect(article.paragraphs.find((p) => p.id === headline!.paragraphId)?.text).toMatch(/winter/i);
    const themes = groupQuestions(questions, article);
    expect(themes[0]!.label).toBe('Can the Harbour Deal Survive the Winter?');
    expect(themes[0]!.questions).toHaveLength(1);
    expect(themes.map((t) => t.label)).toContain('Which council will give way on the fares');
  });

  it('finds the question after a colon or a spaced dash, dashes inside names kept, and leaves a headline that explains alone', () => {
    const asked = (title: string) => extractQuestions({ ...read(), title }).find((q) => q.fromHeadline)?.asks;
    expect(asked('Nets, Fares and a Deadline: Can the North–South Ferry Talks Deliver?')).toBe('Can the North–South Ferry Talks Deliver?');
    expect(asked('The ferry talks — will the harbour deal survive the winter?')).toBe('Will the harbour deal survive the winter?');
    expect(asked('The Ferry Talks: How Did We Get Here and What Lies Ahead?')).toBeUndefined();
  });

  it('marks the headline as the source in the speaker notes', () => {
    const deck = generate(Buffer.from(ARTICLE), { fileName: 'ferry.txt' }).files.map((f) => f.text).join('\n');
    expect(deck).toContain(': (the headline) Ferry Talks Resume');
  });
});
