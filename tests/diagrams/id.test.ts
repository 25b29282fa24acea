// Diagram keys, occurrence ids and re-iding mermaid SVGs.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramKey, occurrenceId, reidSvg } from '../../src/diagrams/id.js';

const sequenceSvg = readFileSync(new URL('./fixtures/sequence-title-only.svg', import.meta.url), 'utf8');

describe('diagramKey', () => {
  it('is d- plus 10 hex digits, stable for the same code and config', () => {
    const key = diagramKey('flowchart LR\n A --> B', 'config-1');
    expect(key).toMatch(/^d-[0-9a-f]{10}$/);
    expect(diagramKey('flowchart LR\n A --> B', 'config-1')).toBe(key);
  });

  it('changes with the code and with the config key', () => {
    const key = diagramKey('flowchart LR\n A --> B', 'config-1');
    expect(diagramKey('flowchart LR\n A --> C', 'config-1')).not.toBe(key);
    expect(diagramKey('flowchart LR\n A --> B', 'config-2')).not.toBe(key);
  });

  it('does not confuse where the code ends and the config begins', () => {
    expect(diagramKey('ab', 'c')).not.toBe(diagramKey('a', 'bc'));
  });
});

describe('occurrenceId', () => {
  it('keeps the key for the first occurrence and suffixes later ones', () => {
    expect(occurrenceId('d-0123456789', 1)).toBe('d-0123456789');
    expect(occurrenceId('d-0123456789', 2)).toBe('d-0123456789-2');
    expect(occurrenceId('d-0123456789', 3)).toBe('d-0123456789-3');
  });

  it('rejects occurrences that are not positive integers', () => {
    expect(() => occurrenceId('d-0123456789', 0)).toThrow(RangeError);
    expect(() => occurrenceId('d-0123456789', 1.5)).toThrow(RangeError);
  });
});

describe('reidSvg', () => {
  it('renames the svg id, its CSS scope, marker and aria ids', () => {
    const reid = reidSvg(sequenceSvg, 'd-0123456789', 'd-0123456789-2');
    expect(reid).toContain('<svg id="d-0123456789-2"');
    expect(reid).toContain('#d-0123456789-2 .actor{');
    expect(reid).toContain('aria-labelledby="chart-title-d-0123456789-2"');
    expect(reid).toContain('id="d-0123456789-2-arrowhead"');
    expect(reid).toContain('url(#d-0123456789-2-arrowhead)');
    expect(reid.match(/d-0123456789(?![-0-9a-f])/g)).toBeNull();
  });

  it('gives two copies of the same diagram disjoint id sets', () => {
    const ids = (svg: string): string[] => [...svg.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? '');
    const first = ids(sequenceSvg);
    const second = ids(reidSvg(sequenceSvg, 'd-0123456789', 'd-0123456789-2'));
    expect(first.length).toBeGreaterThan(3);
    expect(second).toHaveLength(first.length);
    const scoped = first.filter((id) => id.includes('d-0123456789'));
    expect(scoped.some((id) => second.includes(id))).toBe(false);
  });

  it('matches whole tokens only', () => {
    const svg = '<svg id="d-abc"><g id="d-abcd"></g><g id="xd-abc"></g><path marker-end="url(#d-abc_end)"/></svg>';
    expect(reidSvg(svg, 'd-abc', 'd-new')).toBe(
      '<svg id="d-new"><g id="d-abcd"></g><g id="xd-abc"></g><path marker-end="url(#d-new_end)"/></svg>',
    );
  });

  it('is the identity when the ids are equal, and refuses an empty id', () => {
    expect(reidSvg(sequenceSvg, 'd-0123456789', 'd-0123456789')).toBe(sequenceSvg);
    expect(() => reidSvg(sequenceSvg, '', 'x')).toThrow(RangeError);
  });
});
