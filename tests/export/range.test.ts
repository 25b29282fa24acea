// Slide ranges (`--range 1,3-5`): parsing, resolving against the deck's length, and errors for bad input.

import { describe, expect, it } from 'vitest';
import { parseRange, parseRangeSpec, selectSlides, SlideRangeError } from '../../src/export/range.js';

describe('parseRange', () => {
  it('reads single numbers and ranges, in ascending deck order without repeats', () => {
    expect(parseRange('1,3-5', 10)).toEqual([1, 3, 4, 5]);
    expect(parseRange('4, 2', 5)).toEqual([2, 4]);
    expect(parseRange('2-3,3,1-2', 5)).toEqual([1, 2, 3]);
    expect(parseRange('7', 7)).toEqual([7]);
    expect(parseRange('1 - 2', 2)).toEqual([1, 2]);
  });

  it.each([
    ['0', /numbered from 1/],
    ['0-2', /numbered from 1/],
    ['5-3', /runs backwards; write 3-5/],
    ['x', /"x" is not a slide number/],
    ['1,,2', /empty part/],
    ['', /empty/],
    ['1-', /"1-" is not a slide number/],
    ['-2', /"-2" is not a slide number/],
    ['2.5', /"2.5" is not a slide number/],
  ])('rejects %j', (text, message) => {
    expect(() => parseRange(text, 10)).toThrow(SlideRangeError);
    expect(() => parseRange(text, 10)).toThrow(message);
  });

  it('rejects numbers beyond the last slide, naming the deck length', () => {
    expect(() => parseRange('3,11', 10)).toThrow('"11" is beyond the last slide: the deck has 10 slides');
    expect(() => parseRange('9-12', 10)).toThrow(SlideRangeError);
    expect(() => parseRange('2', 1)).toThrow('the deck has 1 slide');
  });

  it('checks the syntax alone, before the deck length is known', () => {
    expect(parseRangeSpec('1,3-5')).toEqual([
      { text: '1', start: 1, end: 1 },
      { text: '3-5', start: 3, end: 5 },
    ]);
    expect(() => parseRangeSpec('3-x')).toThrow(SlideRangeError);
  });
});

describe('selectSlides', () => {
  const slides = [1, 2, 3, 4].map((number) => ({ number, id: `s${number}`, section: number < 3 ? 'start' : 'end', tags: number % 2 === 0 ? ['even'] : [] }));

  it('keeps every slide without a range, and the chosen ones with one', () => {
    expect(selectSlides(slides, undefined).map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(selectSlides(slides, '2,4').map((s) => s.id)).toEqual(['s2', 's4']);
  });

  it('mixes numbers with ids, id ranges, sections and tags, always in deck order', () => {
    expect(selectSlides(slides, 'id:s4,1').map((s) => s.id)).toEqual(['s1', 's4']);
    expect(selectSlides(slides, 'section:end, 1').map((s) => s.id)).toEqual(['s1', 's3', 's4']);
    expect(selectSlides(slides, 'tag:even').map((s) => s.id)).toEqual(['s2', 's4']);
    expect(selectSlides(slides, 's2..s3,number:4').map((s) => s.id)).toEqual(['s2', 's3', 's4']);
    expect(selectSlides(slides, '*').map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('names what a mixed range gets wrong', () => {
    expect(() => selectSlides(slides, '1,id:s9')).toThrow('no slide with id "s9"');
    expect(() => selectSlides(slides, 'section:middle')).toThrow('no slide is in section "middle"');
    expect(() => selectSlides(slides, '2,s3')).toThrow(/"s3" is not a slide number/);
    expect(() => selectSlides(slides, '1,5')).toThrow('"5" is beyond the last slide: the deck has 4 slides');
    expect(() => parseRangeSpec('1,id:s2')).toThrow('"id:s2" is not a slide number or a range such as 3-5');
  });
});
