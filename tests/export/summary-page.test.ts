// Choosing what the one-page summary says: from the briefing sections when the deck has them, else from its main sections.

import { describe, expect, it } from 'vitest';
import { questionsAmong, summaryContent, withoutOneItem, withoutRepeats, type SummarySlide } from '../../src/export/summary-page.js';

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

describe('summary points said once', () => {
  it('asks each question once: a longer version of an earlier question on the same paragraphs is left out, a new question on them stays', () => {
    const content = summaryContent('Brief', [
      slide('ask', 'open-questions', [
        'What is meant by a ceasefire — will both sides accept monitors and their patrols? [p4]',
        'Who will lead the talks, with no envoy named and the mediator retired? [p6]',
      ]),
      slide('detail', 'open-questions', [
        'What is meant by a ceasefire — will both sides accept monitors and “the intrusive patrols that would come with them”? [p4]',
        'Would the parliament ratify it — and would the army stand down? [p4]',
        'Who will lead the talks? No envoy, no deputy, and the mediator retired [p6, p7]',
        'Who will lead the talks? No envoy named, and the mediator retired [p6]',
        'The author calls a quick deal “far from certain” [p5]',
      ]),
    ], {});
    expect(content.parts).toEqual([
      {
        heading: 'Questions to ask',
        items: [
          'What is meant by a ceasefire — will both sides accept monitors and their patrols? [p4]',
          'Who will lead the talks, with no envoy named and the mediator retired? [p6]',
          'Would the parliament ratify it — and would the army stand down? [p4]',
          // It cites p7, which no earlier question does: it stays.
          'Who will lead the talks? No envoy, no deputy, and the mediator retired [p6, p7]',
        ],
      },
    ]);
  });

  it('keeps every question of a deck whose questions are not written as questions', () => {
    expect(questionsAmong(['Whether the vote holds [p1]', 'The timing of the vote [p2]'])).toEqual(['Whether the vote holds [p1]', 'The timing of the vote [p2]']);
    expect(questionsAmong(['Will the vote hold? [p1]', 'The author doubts it [p2]'])).toEqual(['Will the vote hold? [p1]']);
  });

  it('never takes uncited points for repeats, and keeps points on the same paragraph that say different things', () => {
    expect(withoutRepeats(['Growers plant frost-hardy trees', 'Growers plant frost-hardy trees again'])).toEqual(['Growers plant frost-hardy trees', 'Growers plant frost-hardy trees again']);
    expect(withoutRepeats(['Half the growers replant [p1]', 'Insurance claims fell by a third [p1]'])).toEqual(['Half the growers replant [p1]', 'Insurance claims fell by a third [p1]']);
    expect(withoutRepeats(['Half the growers replant [p1]', 'Half the growers replant this year [p1]'])).toEqual(['Half the growers replant [p1]']);
  });
});
