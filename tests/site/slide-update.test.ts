// A hot update carries only the slides whose HTML changed, and the whole deck when slides moved, came or went.

import { describe, expect, it } from 'vitest';
import { slideUpdate, type SectionHtml } from '../../src/site/slide-update.js';

const slide = (id: string, h: number, v: number, text: string): SectionHtml => ({ id, h, v, html: `<section id="${id}"><p>${text}</p></section>` });
const deck = [slide('a', 0, 0, 'one'), slide('b', 1, 0, 'two'), slide('c', 1, 1, 'three')];

describe('slideUpdate', () => {
  it('sends only the slide whose HTML changed', () => {
    const next = [deck[0]!, slide('b', 1, 0, 'two, edited'), deck[2]!];
    expect(slideUpdate(deck, next)).toEqual({ full: false, sections: [next[1]] });
  });

  it('sends nothing when nothing changed', () => {
    expect(slideUpdate(deck, deck.map((s) => ({ ...s })))).toEqual({ full: false, sections: [] });
  });

  it('sends the whole deck when a slide is added, removed, renamed or moved', () => {
    const added = [...deck, slide('d', 2, 0, 'four')];
    const renamed = [deck[0]!, { ...deck[1]!, id: 'b2' }, deck[2]!];
    const moved = [deck[0]!, deck[1]!, { ...deck[2]!, h: 2, v: 0 }];
    for (const next of [added, deck.slice(0, 2), renamed, moved]) expect(slideUpdate(deck, next)).toEqual({ full: true, sections: next });
  });
});
