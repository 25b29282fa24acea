// Compiling a deck with diagrams: SVGs swapped in, error boxes, fallback placeholders, theme passed on.

import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile/compile-deck.js';
import type { DiagramRenderer } from '../../src/compile/diagram-renderer.js';
import { htmlDocument } from '../helpers/dom.js';

const DECK = '---\ntitle: D\ntheme: dark\n---\n## One\n\n```mermaid\ngraph LR; A-->B\n```\n\n---\n## Two\n\n```mermaid\ngraph LR; A-->B\n```\n\n```mermaid\nnot a diagram <b>\n```\n';

describe('compileDeck with diagrams', () => {
  it('puts each SVG in a figure that names its source line, and tells the renderer the theme', async () => {
    const themes: string[] = [];
    const renderer: DiagramRenderer = async (occurrences, context) => {
      themes.push(context.theme);
      return {
        svgs: new Map(occurrences.slice(0, 2).map((o) => [o.elementId, `<svg id="${o.elementId}" role="img"></svg>`])),
        errors: new Map([[occurrences[2]!.elementId, 'Parse error on line 1']]),
        diagnostics: [{ severity: 'error', code: 'mermaid', file: 'deck.md', line: 17, column: 0, message: 'Parse error on line 1', hint: 'fix it' }],
      };
    };
    const { deck } = await compileDeck([{ file: 'deck.md', text: DECK }], { renderDiagrams: renderer, themes: ['briefing', 'dark'] });
    expect(themes).toEqual(['dark']);
    const doc = htmlDocument(deck.html);
    const figures = [...doc.querySelectorAll('figure.diagram')];
    expect(figures).toHaveLength(3);
    expect(figures.map((f) => f.getAttribute('data-source-line'))).toEqual(['deck.md:7', 'deck.md:14', 'deck.md:18']);
    expect(figures[0]!.querySelector('svg')!.id).toBe(figures[0]!.getAttribute('data-diagram'));
    expect(figures[1]!.querySelector('svg')!.id).not.toBe(figures[0]!.querySelector('svg')!.id);
    expect(figures[2]!.querySelector('pre.diagram-error')!.textContent).toContain('Parse error on line 1');
    expect(deck.diagnostics.map((d) => d.code)).toEqual(['mermaid']);
    expect(deck.html).not.toContain('data-briefdeck-diagram');
  });

  it('leaves the code for the browser fallback when there is no renderer', async () => {
    const { deck } = await compileDeck([{ file: 'deck.md', text: DECK }], { themes: ['briefing', 'dark'] });
    const pending = [...htmlDocument(deck.html).querySelectorAll('figure.diagram[data-diagram-pending]')];
    expect(pending).toHaveLength(3);
    expect(pending[2]!.getAttribute('data-code')).toBe('not a diagram <b>\n');
    expect(pending[2]!.getAttribute('data-diagram-id')).toBe(pending[2]!.getAttribute('data-diagram'));
    expect(deck.html).not.toContain('not a diagram <b>');
  });
});
