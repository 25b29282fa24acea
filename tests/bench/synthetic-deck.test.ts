// The bench's pure parts: the synthetic deck generator and the budget comparison.

import { describe, expect, it } from 'vitest';
import { compareBudgets, overBudget, parseBudgets, type Budget } from '../../bench/lib/budgets.js';
import { figure, ratio, unavailable } from '../../bench/lib/figures.js';
import { syntheticDeck } from '../../bench/lib/synthetic-deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';

const fences = (text: string): number => (text.match(/^```mermaid$/gm) ?? []).length;

describe('syntheticDeck', () => {
  it.each([1, 20, 49, 50, 51, 120])('makes %i slides that the deck parser reads back without errors', (count) => {
    const deck = syntheticDeck(count);
    const parsed = parseDeck(deck.files.map((f) => ({ file: f.name, text: f.content })));
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.slides).toHaveLength(count);
    expect(deck.slideCount).toBe(count);
    expect(parsed.slides.map((s) => s.id)).toEqual(deck.ids);
  });

  it('has one mermaid diagram per 10 slides, each different', () => {
    for (const count of [20, 500]) {
      const deck = syntheticDeck(count);
      const all = deck.files.map((f) => f.content).join('\n');
      expect(fences(all)).toBe(count / 10);
      expect(deck.diagramCount).toBe(count / 10);
      const bodies = [...all.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
      expect(new Set(bodies).size).toBe(bodies.length);
      expect(bodies.every((b) => b?.includes('accTitle:') && b.includes('accDescr:'))).toBe(true);
    }
  });

  it('separates slides with --- lines: headmatter in the first file, frontmatter for every other slide', () => {
    const deck = syntheticDeck(120, { slidesPerFile: 50 });
    expect(deck.files.map((f) => f.name)).toEqual(['01-part.md', '02-part.md', '03-part.md']);
    const separators = deck.files.map((f) => (f.content.match(/^---$/gm) ?? []).length);
    // Two `---` per slide: the opener (headmatter, file start or separator) and the closer of its settings block.
    expect(separators).toEqual([100, 100, 40]);
    expect(deck.files[0]!.content.startsWith('---\ntitle: ')).toBe(true);
    expect(deck.files[1]!.content.startsWith('---\nid: s-0051\n')).toBe(true);
  });

  it('carries speaker notes and fragments on every slide, and is deterministic', () => {
    const deck = syntheticDeck(20);
    const parsed = parseDeck(deck.files.map((f) => ({ file: f.name, text: f.content })));
    expect(parsed.slides.every((s) => s.notes.startsWith('Speaker notes for slide'))).toBe(true);
    expect(parsed.slides.every((s) => s.content.includes('{+}'))).toBe(true);
    expect(syntheticDeck(20)).toEqual(deck);
  });

  it('refuses a non-positive slide count', () => {
    expect(() => syntheticDeck(0)).toThrow(RangeError);
  });
});

describe('compareBudgets', () => {
  const budgets: Budget[] = [
    { figure: 'page.s20.firstSlide', max: 150, label: '≤ 150 ms' },
    { figure: 'build.s20.warm', max: 1500, label: '≤ 1.5 s' },
    { figure: 'hmr.inPlace', max: 50, label: '≤ 50 ms' },
    { figure: 'export.s20.ms', max: 2000, label: '≤ 2 s' },
  ];
  const figures = [
    figure('page.s20.firstSlide', 'first slide', 'ms', [180, 120, 200]),
    figure('build.s20.warm', 'build', 'ms', [1400, 1500, 1600]),
    unavailable('export.s20.ms', 'export', 'ms', 'not registered'),
  ];

  it('compares the median with the maximum: over when above, within when at or below', () => {
    const checks = compareBudgets(figures, budgets);
    expect(checks.map((c) => [c.figure, c.status, c.value])).toEqual([
      ['page.s20.firstSlide', 'over', 180],
      ['build.s20.warm', 'within', 1500],
      ['hmr.inPlace', 'not measured', undefined],
      ['export.s20.ms', 'not measured', undefined],
    ]);
    expect(overBudget(checks).map((c) => c.figure)).toEqual(['page.s20.firstSlide']);
  });

  it('applies to ratios too', () => {
    const scaling = ratio('scaling.build.warm', 'scaling', figure('a', 'a', 'ms', [4000]), figure('b', 'b', 'ms', [1000]));
    expect(compareBudgets([scaling], [{ figure: 'scaling.build.warm', max: 3, label: '≤ ×3' }])[0]!.status).toBe('over');
  });

  it('reads budgets.json and names a bad entry', () => {
    expect(parseBudgets('{"budgets":[{"figure":"x","max":1,"label":"≤ 1"}]}')).toEqual([{ figure: 'x', max: 1, label: '≤ 1' }]);
    expect(() => parseBudgets('{"budgets":[{"figure":"x"}]}')).toThrow(/entry 0/);
    expect(() => parseBudgets('[]')).toThrow(/budgets/);
  });
});
