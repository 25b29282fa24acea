// `?select=` links: the slides named, in order; a link naming none of them says so and keeps the deck instead of a blank page.

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyUrlSelection, SELECTION_NOTICE_ID } from '../../src/client/url-selection.js';

function slides(): HTMLElement {
  const { document } = parseHTML('<div class="slides"><section id="a" data-section="intro"></section><section id="b" data-tags="short key"></section><section class="stack"><section id="c" data-tags="key"></section></section></div>');
  return document.querySelector('.slides') as unknown as HTMLElement;
}
const ids = (element: HTMLElement): string[] => [...element.children].map((child) => child.id);

describe('applyUrlSelection', () => {
  it('presents the slides named, in the order named', () => {
    const element = slides();
    expect(applyUrlSelection(element, '?select=c,a')).toEqual({ kept: ['c', 'a'], unknown: [] });
    expect(ids(element)).toEqual(['c', 'a']);
  });

  it('reads the selection language: slide numbers, tags, sections and id ranges, each slide once', () => {
    const element = slides();
    expect(applyUrlSelection(element, '?select=number:3,tag:key,section:intro')).toEqual({ kept: ['c', 'b', 'a'], unknown: [] });
    expect(ids(element)).toEqual(['c', 'b', 'a']);
    const ranged = slides();
    expect(applyUrlSelection(ranged, '?select=b..c,number:1-2,tag:none,x y')).toEqual({ kept: ['b', 'c', 'a'], unknown: ['tag:none', 'x y'] });
  });

  it('drops unknown ids but reports them', () => {
    const element = slides();
    expect(applyUrlSelection(element, '?select=b,zz')).toEqual({ kept: ['b'], unknown: ['zz'] });
    expect(ids(element)).toEqual(['b']);
  });

  it('keeps the whole deck behind a notice when the link selects no slide of it', () => {
    for (const search of ['?select=', '?select=zz,yy', '?select=,']) {
      const element = slides();
      const result = applyUrlSelection(element, search);
      expect(result?.kept).toEqual(['a', 'b', 'c']);
      expect(ids(element)).toEqual([SELECTION_NOTICE_ID, 'a', 'b', '']);
      expect(element.querySelector(`#${SELECTION_NOTICE_ID} h2`)?.textContent).toMatch(search.includes('zz') ? /names no slide of this deck \(zz, yy\)/ : /selects no slides/);
    }
  });

  it('does nothing without ?select=', () => {
    const element = slides();
    expect(applyUrlSelection(element, '?print-pdf')).toBeUndefined();
    expect(ids(element)).toEqual(['a', 'b', '']);
  });
});
