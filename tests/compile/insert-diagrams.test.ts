// Swapping diagram placeholders for figures: each slide's own diagrams, ids not in the deck left as written, one pass over the deck's diagrams.

import { describe, expect, it } from 'vitest';
import { insertDiagrams } from '../../src/compile/insert-diagrams.js';
import { diagramPlaceholder } from '../../src/markdown/plugins/diagram-fence.js';
import type { DiagramOccurrence } from '../../src/markdown/env.js';
import type { RenderedSlide } from '../../src/model/deck.js';

function occurrence(elementId: string, line: number): DiagramOccurrence {
  return { elementId, language: 'mermaid', code: 'graph LR; A-->B', file: 'deck.md', line, columns: 1 };
}

function slide(body: string): RenderedSlide {
  // Only body and sourceFile are read; the rest of the slide passes through untouched.
  return { body, notes: '', sourceFile: 'deck.md', assets: [] } as unknown as RenderedSlide;
}

describe('insertDiagrams', () => {
  it("puts each slide's SVGs in its own figures and leaves a placeholder of no diagram in the deck as written", () => {
    const stray = diagramPlaceholder('not-a-diagram');
    const slides = [slide(`<h2>One</h2>${diagramPlaceholder('d-1')}`), slide('<h2>Plain</h2>'), slide(`${diagramPlaceholder('d-2')}${stray}${diagramPlaceholder('d-3')}`)];
    const results = { svgs: new Map([['d-1', '<svg id="d-1"></svg>'], ['d-2', '<svg id="d-2"></svg>']]), errors: new Map([['d-3', 'Parse error']]) };
    const out = insertDiagrams(slides, [occurrence('d-1', 3), occurrence('d-2', 9), occurrence('d-3', 14)], results);
    expect(out[0]!.body).toBe('<h2>One</h2><figure class="diagram" data-diagram="d-1" data-source-line="deck.md:3"><svg id="d-1"></svg></figure>');
    expect(out[1]).toBe(slides[1]);
    expect(out[2]!.body).toContain('<figure class="diagram" data-diagram="d-2" data-source-line="deck.md:9"><svg id="d-2"></svg></figure>');
    expect(out[2]!.body).toContain(stray);
    expect(out[2]!.body).toContain('data-diagram="d-3" data-source-line="deck.md:14" data-diagram-error');
  });

  it("goes through the deck's diagrams once, not once for every slide (a long deck's cost is its slides plus its diagrams)", () => {
    let passes = 0;
    const occurrences = [occurrence('d-1', 3), occurrence('d-2', 9)];
    const counted = new Proxy(occurrences, {
      get(target, key, receiver) {
        if (key === Symbol.iterator) passes++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const slides = Array.from({ length: 50 }, (_, i) => slide(i === 7 ? diagramPlaceholder('d-1') : `<p>${i}</p>`));
    insertDiagrams(slides, counted, { svgs: new Map(), errors: new Map() });
    expect(passes).toBe(1);
  });
});
