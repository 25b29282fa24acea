// Reading accTitle/accDescr from mermaid code and warning about diagrams without them.

import { describe, expect, it } from 'vitest';
import { checkDiagramAccessibility, diagramAccessibility } from '../../src/diagrams/a11y.js';

describe('diagramAccessibility', () => {
  it('reads single-line accTitle and accDescr', () => {
    const code = 'flowchart LR\n  accTitle: Budget flow\n  accDescr: Money moves from A to B.\n  A --> B';
    expect(diagramAccessibility(code)).toEqual({ title: 'Budget flow', description: 'Money moves from A to B.' });
  });

  it('reads the multi-line block form the way mermaid joins it', () => {
    const code = 'sequenceDiagram\n  accDescr {\n    Alice asks.\n\n    Bob answers.\n  }\n  Alice->>Bob: hi';
    expect(diagramAccessibility(code)).toEqual({ description: 'Alice asks.\nBob answers.' });
  });

  it('reads a block that opens and closes on one line', () => {
    expect(diagramAccessibility('flowchart LR\naccDescr { All on one line }\nA-->B').description).toBe('All on one line');
  });

  it('ignores %% comments, empty values, and keeps the first occurrence', () => {
    const code = [
      'flowchart LR',
      '  %% accTitle: commented out',
      '  accTitle:   ',
      '  accTitle: Real title',
      '  accTitle: Second title',
      '  accDescr: First description',
      '  accDescr { Second description }',
      '  A --> B',
    ].join('\n');
    expect(diagramAccessibility(code)).toEqual({ title: 'Real title', description: 'First description' });
  });

  it('returns nothing for a diagram without them, and handles CRLF', () => {
    expect(diagramAccessibility('flowchart LR\n  A --> B')).toEqual({});
    expect(diagramAccessibility('flowchart LR\r\n  accTitle: T\r\n  A --> B')).toEqual({ title: 'T' });
  });
});

describe('checkDiagramAccessibility', () => {
  it('warns once per diagram, naming what is missing, at the fence', () => {
    const diagnostics = checkDiagramAccessibility([
      { code: 'flowchart LR\n accTitle: T\n accDescr: D\n A-->B', file: 'slides/a.md', line: 3 },
      { code: 'flowchart LR\n A-->B', file: 'slides/a.md', line: 12 },
      { code: 'flowchart LR\n accTitle: T\n A-->B', file: 'slides/b.md', line: 7 },
    ]);
    expect(diagnostics).toHaveLength(2);
    expect(diagnostics[0]).toMatchObject({
      severity: 'warning',
      code: 'diagram-accessibility',
      file: 'slides/a.md',
      line: 12,
      message: expect.stringContaining('no accTitle and no accDescr'),
    });
    expect(diagnostics[1]).toMatchObject({ file: 'slides/b.md', line: 7, message: expect.stringMatching(/no accDescr,/) });
    expect(diagnostics[1]?.message).not.toContain('accTitle');
    expect(diagnostics[0]?.hint).toContain('accDescr {');
  });
});
