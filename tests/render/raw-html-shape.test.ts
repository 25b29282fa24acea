// Raw HTML cannot change a slide's shape: a <section> is flattened with a warning, nesting past the cap is an error at file:line.

import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { MAX_HTML_DEPTH } from '../../src/render/html-depth.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { htmlDocument } from '../helpers/dom.js';

const render = (text: string) => renderDeck(parseDeck([{ file: 'slides/deck.md', text }]));

describe('raw HTML and the slide structure', () => {
  it('flattens a <section> inside a slide: the slide keeps its id and stays one slide, with a warning at its line', () => {
    const { deck } = render('# First\n\n---\nid: second\n---\n## Second\n\n<section>\n\n- inside\n\n</section>\n\n---\n\n## Third\n');
    const doc = htmlDocument(deck.html);
    expect([...doc.querySelectorAll('.slides > section, body > section')].map((s) => s.id)).toEqual(['first', 'second', 'third']);
    expect(doc.querySelectorAll('section section')).toHaveLength(0);
    expect(doc.querySelector('#second li')?.textContent).toBe('inside');
    const warnings = deck.diagnostics.filter((d) => d.code === 'html-section');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'slides/deck.md', line: 8 });
  });

  it('flattens a <section> in speaker notes too', () => {
    const { deck } = render('# Only\n\nText.\n\nNote: <section>said</section>\n');
    expect(deck.html).not.toMatch(/<aside class="notes">[\s\S]*<section/);
    expect(deck.diagnostics.some((d) => d.code === 'html-section')).toBe(true);
  });

  it('refuses HTML nested 20,000 deep with one error at file:line, and keeps the other slides', () => {
    const nested = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`;
    const started = performance.now();
    const { deck } = render(`# Before\n\nText.\n\n---\n\n## Deep\n\n${nested}\n`);
    const errors = deck.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'html-depth', file: 'slides/deck.md', line: 9 });
    expect(errors[0]!.message).toContain(`more than ${MAX_HTML_DEPTH} elements deep`);
    expect(htmlDocument(deck.html).querySelector('#before p')?.textContent).toBe('Text.');
    // A hang detector only (it took 51 s): refused before the sanitiser walks it.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('allows ordinary nesting', () => {
    const { deck } = render(`# Nested\n\n${'<div>'.repeat(20)}x${'</div>'.repeat(20)}\n`);
    expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(deck.html).toContain('x</div>');
  });
});
