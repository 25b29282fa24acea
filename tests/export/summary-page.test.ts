// Choosing what the one-page summary says: from the briefing sections when the deck has them, else from its main sections.

import { describe, expect, it } from 'vitest';
import { summaryContent, withoutOneItem, type SummarySlide } from '../../src/export/summary-page.js';

const slide = (id: string, section: string, items: string[], paragraphs: string[] = [], layout = ''): SummarySlide => ({ id, section, layout, title: id, items, paragraphs });

describe('summary content', () => {
  it('takes the bottom line, key judgements, questions and what to watch, and the source', () => {
    const content = summaryContent('Brief', [
      slide('cover', '', [], ['A subtitle'], 'title'),
      slide('bl', 'bottom-line', [], ['The thesis [p1]']),
      slide('kj', '', ['Judgement one [p2]', 'Judgement two [p3]'], [], 'key-judgements'),
      slide('firsts', 'firsts', ['A first [p4]']),
      slide('q', 'open-questions', ['Why? [p5]']),
      slide('w', 'what-to-watch', ['The May meeting [p6]']),
    ], { article: 'An article', facts: 'By A. Writer', citedAs: 'An article (Outlet)', paragraphs: 6 });
    expect(content.parts).toEqual([
      { heading: 'Bottom line', items: ['The thesis [p1]'] },
      { heading: 'Key points', items: ['Judgement one [p2]', 'Judgement two [p3]'] },
      { heading: 'Questions to ask', items: ['Why? [p5]'] },
      { heading: 'What to watch', items: ['The May meeting [p6]'] },
    ]);
    expect(content.source).toEqual(['Article: An article (By A. Writer)', 'Cited as: An article (Outlet)', "[p1]–[p6] name the article's paragraphs each point comes from."]);
  });

  it('falls back to the cover line and the first points of each main section; leaves out parts with nothing to say', () => {
    const many = (prefix: string): string[] => [1, 2, 3, 4].map((n) => `${prefix} ${n}`);
    const content = summaryContent('Brief', [
      slide('cover', '', [], ['A subtitle'], 'title'),
      slide('firsts', 'firsts', many('First')),
      slide('skepticism', 'skepticism', many('Doubt')),
      slide('recommendations', 'recommendations', ['Do this']),
      slide('timeline', 'timeline', ['An event']),
    ], {});
    expect(content.parts).toEqual([
      { heading: 'Bottom line', items: ['A subtitle'] },
      { heading: 'Key points', items: ['First 1', 'First 2', 'First 3', 'Doubt 1', 'Doubt 2', 'Doubt 3', 'Do this'] },
    ]);
    expect(content.source).toEqual([]);
  });

  it('shortens the longest part first, one point at a time, never emptying a part', () => {
    const content = summaryContent('Brief', [slide('q', 'open-questions', ['a', 'b', 'c']), slide('w', 'what-to-watch', ['x', 'y'])], {});
    const once = withoutOneItem(content)!;
    expect(once.parts.map((p) => p.items)).toEqual([['a', 'b'], ['x', 'y']]);
    const twice = withoutOneItem(once)!;
    expect(twice.parts.map((p) => p.items.length)).toEqual([1, 2]);
    const thrice = withoutOneItem(twice)!;
    expect(thrice.parts.map((p) => p.items.length)).toEqual([1, 1]);
    expect(withoutOneItem(thrice)).toBeUndefined();
  });
});
