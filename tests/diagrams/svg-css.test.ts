// Style rules added inside a rendered diagram: placed after its text alternative, scoped to its id, per kind.

import { describe, expect, it } from 'vitest';
import { addSvgCss, diagramSvgCss } from '../../src/diagrams/svg-css.js';

const colours = { fontFamily: "'Source Sans 3', sans-serif", background: '#ffffff', text: '#1b1f24', line: '#5f6266', muted: '#4a5562', scale: ['#1d4e89', '#b3261e'], labelPx: 24 };

describe('diagram svg css', () => {
  it('puts the deck font on every label, scoped to the diagram', () => {
    const css = diagramSvgCss({ id: 'd-1', kind: 'journey', ...colours });
    expect(css).toContain("#d-1 text, #d-1 tspan, #d-1 foreignObject div, #d-1 foreignObject span, #d-1 foreignObject p { font-family: 'Source Sans 3', sans-serif !important; }");
    expect(css).toContain('#d-1 .legend { font-size: 18px');
    expect(css.split('\n').every((rule) => rule.startsWith('#d-1 '))).toBe(true);
  });

  it('adds the fixes each kind needs and no others', () => {
    expect(diagramSvgCss({ id: 'd-1', kind: 'sequence', ...colours })).toMatch(/\.messageText \{ paint-order: stroke fill !important; stroke: #ffffff !important; stroke-width: 11px/);
    expect(diagramSvgCss({ id: 'd-1', kind: 'gantt', ...colours })).toContain('.tick text { font-size: 20px');
    expect(diagramSvgCss({ id: 'd-1', kind: 'kanban', ...colours })).toContain('#d-1 .section-0 rect, #d-1 .section-0 path { fill: #b3261e !important;');
    expect(diagramSvgCss({ id: 'd-1', kind: 'sankey', ...colours })).toContain('mix-blend-mode: normal');
    expect(diagramSvgCss({ id: 'd-1', kind: 'flowchart', ...colours }).split('\n')).toHaveLength(1);
  });

  it('inserts the rules after the leading title and desc, escaped for XML', () => {
    const svg = '<svg id="d-1" viewBox="0 0 10 10"><title id="t">T</title><desc id="d">D</desc><g></g></svg>';
    expect(addSvgCss(svg, '#d-1 a > b { fill: "x" }')).toBe(
      '<svg id="d-1" viewBox="0 0 10 10"><title id="t">T</title><desc id="d">D</desc><style>#d-1 a &gt; b { fill: "x" }</style><g></g></svg>',
    );
    expect(addSvgCss('<svg id="d-1"><g></g></svg>', 'a{}')).toBe('<svg id="d-1"><style>a{}</style><g></g></svg>');
    expect(addSvgCss(svg, '')).toBe(svg);
    expect(() => addSvgCss('<div></div>', 'a{}')).toThrow(/<svg>/);
  });
});
