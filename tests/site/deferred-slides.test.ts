// Which slides a long deck's page keeps and which it loads after the first paint, and how the page then says so.

import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { DEFER_MIN_BYTES, deferredSlidesFile, NEAR_STACKS, splitFarSlides } from '../../src/site/deferred-slides.js';
import { DEFERRED_INDEX_ID } from '../../src/model/deferred-slides.js';
import { builtFileUrl, deckSlideIndex, renderPage, SLIDES_MARKER, DATA_MARKER } from '../../src/site/pages.js';
import { htmlDocument } from '../helpers/dom.js';

const PARAGRAPH = 'A paragraph long enough that a few dozen slides of it weigh more than one extra request. '.repeat(4);

/** `count` slides `s1`…; slide `stackAt` (1-based) sits below the one before it. */
function deckOf(count: number, { stackAt, text = PARAGRAPH }: { stackAt?: number; text?: string } = {}) {
  const slide = (n: number): string => `## Slide ${n}\n\n${text}\n`;
  const rest = Array.from({ length: count - 1 }, (_, i) => `\n${i + 2 === stackAt ? '--' : '---'}\nid: s${i + 2}\n---\n\n${slide(i + 2)}`);
  return renderDeck(parseDeck([{ file: 'deck.md', text: `---\ntitle: Long\nid: s1\n---\n\n${slide(1)}${rest.join('')}` }])).deck;
}

describe('splitFarSlides', () => {
  it(`keeps the first ${NEAR_STACKS} horizontal slides in the page and the rest, in order, for later`, () => {
    const deck = deckOf(30);
    expect(deck.slides).toHaveLength(30);
    const split = splitFarSlides(deck, deckSlideIndex(deck))!;
    const nearIds = [...htmlDocument(split.near).querySelectorAll('section')].map((s) => s.id);
    const farIds = [...htmlDocument(split.deferred.slides).querySelectorAll('section')].map((s) => s.id);
    expect(nearIds).toEqual(['s1', 's2', 's3', 's4']);
    expect(farIds).toEqual(Array.from({ length: 26 }, (_, i) => `s${i + 5}`));
    expect(`${split.near}\n${split.deferred.slides}`).toBe(deck.html);
    expect(split.deferred.slideIndex.map((e) => e.id)).toEqual(deck.slides.map((s) => s.source.id));
  });

  it('never cuts a vertical stack in two', () => {
    const deck = deckOf(30, { stackAt: 5 });
    const split = splitFarSlides(deck, deckSlideIndex(deck))!;
    const near = htmlDocument(split.near);
    expect(near.querySelector('section.stack')!.children).toHaveLength(2);
    expect([...near.querySelectorAll('section[id]')].map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(htmlDocument(split.deferred.slides).querySelector('section')!.id).toBe('s6');
  });

  it(`keeps the deck whole when it has at most ${NEAR_STACKS} horizontal slides, or under ${DEFER_MIN_BYTES / 1024} KB of far slides`, () => {
    const short = deckOf(NEAR_STACKS);
    expect(splitFarSlides(short, deckSlideIndex(short))).toBeUndefined();
    const light = deckOf(12, { text: 'Short.' });
    expect(splitFarSlides(light, deckSlideIndex(light))).toBeUndefined();
  });
});

describe('deferredSlidesFile', () => {
  it('holds the slide index as inert JSON, then the far sections, even when a title closes a script', () => {
    const deck = deckOf(30);
    const slideIndex = deckSlideIndex(deck).map((entry, i) => (i === 7 ? { ...entry, title: 'Ends </script><script>alert(1)</script>' } : entry));
    const split = splitFarSlides(deck, slideIndex)!;
    const doc = htmlDocument(deferredSlidesFile(split.deferred));
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.id).toBe(DEFERRED_INDEX_ID);
    expect(scripts[0]!.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(slideIndex);
    expect([...doc.querySelectorAll('body > section')].map((s) => s.id)).toEqual(Array.from({ length: 26 }, (_, i) => `s${i + 5}`));
  });
});

describe('a page that defers its far slides', () => {
  const template = `<html><head><meta charset="utf-8"><title>t</title>${DATA_MARKER}</head><body><div class="reveal"><div class="slides">${SLIDES_MARKER}</div></div></body></html>`;

  it('holds the near slides and the URL of the rest, and an empty slideIndex (the file carries it)', () => {
    const deck = deckOf(30);
    const split = splitFarSlides(deck, deckSlideIndex(deck))!;
    const html = renderPage(template, { kind: 'deck', deck, data: {} }, { deferred: { nearHtml: split.near, url: './assets/slides-x.html' } });
    const doc = htmlDocument(html);
    expect([...doc.querySelectorAll('.slides section')].map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    const data = JSON.parse(doc.getElementById('briefdeck-data')!.textContent!) as { slideIndex: unknown[]; deferred: string };
    expect(data).toMatchObject({ slideIndex: [], deferred: './assets/slides-x.html' });
    const whole = JSON.parse(htmlDocument(renderPage(template, { kind: 'deck', deck, data: {} })).getElementById('briefdeck-data')!.textContent!) as { slideIndex: unknown[]; deferred?: string };
    expect(whole.slideIndex).toHaveLength(30);
    expect(whole.deferred).toBeUndefined();
  });

  it('names the file from pages in sub-folders, under relative and absolute bases', () => {
    expect(builtFileUrl('assets/slides-x.html', './', '')).toBe('./assets/slides-x.html');
    expect(builtFileUrl('assets/slides-x.html', './', 'briefings/short/')).toBe('../../assets/slides-x.html');
    expect(builtFileUrl('assets/slides-x.html', '/deck/', 'briefings/short/')).toBe('/deck/assets/slides-x.html');
    expect(builtFileUrl('assets/slides-x.html', 'https://cdn.example/deck/', '')).toBe('https://cdn.example/deck/assets/slides-x.html');
  });
});
