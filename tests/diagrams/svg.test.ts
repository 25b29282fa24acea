// Post-processing mermaid SVGs: role, title/desc and aria wiring, sizing, scoping stray ids.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_SVG_STYLE, finishDiagramSvg, scopeStrayIds } from '../../src/diagrams/svg.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const sequenceSvg = fixture('sequence-title-only.svg');
const flowchartSvg = fixture('flowchart-bare.svg');

function rootTag(svg: string): string {
  return /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
}

describe('finishDiagramSvg', () => {
  it('sets role=img, a readable role description, and drops mermaid width and inline max-width', () => {
    const root = rootTag(finishDiagramSvg(sequenceSvg));
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-roledescription="sequence diagram"');
    expect(root).not.toMatch(/\swidth=/);
    expect(root).not.toMatch(/\sheight=/);
    expect(root).not.toContain('450px');
    expect(root).toContain(`style="${DIAGRAM_SVG_STYLE}"`);
    expect(root).toContain('viewBox="-50 -10 450 259"');
    expect(rootTag(finishDiagramSvg(flowchartSvg))).toContain('aria-roledescription="flowchart diagram"');
  });

  it("keeps mermaid's own <title> and adds the missing <desc> from the code", () => {
    const svg = finishDiagramSvg(sequenceSvg, { title: 'ignored', description: 'Alice greets Bob & Bob replies.' });
    expect(svg).toContain('<title id="chart-title-d-0123456789">Greeting &amp; reply</title>');
    expect(svg).not.toContain('ignored');
    expect(svg).toContain('<desc id="d-0123456789-desc">Alice greets Bob &amp; Bob replies.</desc>');
    const root = rootTag(svg);
    expect(root).toContain('aria-labelledby="chart-title-d-0123456789"');
    expect(root).toContain('aria-describedby="d-0123456789-desc"');
    expect(svg.indexOf('<title')).toBe(root.length);
  });

  it('adds both when mermaid emitted neither, title first', () => {
    const svg = finishDiagramSvg(flowchartSvg, { title: 'Start to end', description: 'One step <fast>.' });
    const root = rootTag(svg);
    expect(svg.slice(root.length)).toMatch(
      /^<title id="d-abcdef0123-title">Start to end<\/title><desc id="d-abcdef0123-desc">One step &lt;fast&gt;\.<\/desc>/,
    );
    expect(root).toContain('aria-labelledby="d-abcdef0123-title"');
    expect(root).toContain('aria-describedby="d-abcdef0123-desc"');
  });

  it('adds no aria references when there is nothing to reference', () => {
    const root = rootTag(finishDiagramSvg(flowchartSvg));
    expect(root).not.toContain('aria-labelledby');
    expect(root).not.toContain('aria-describedby');
  });

  it('prefixes the ids mermaid left unscoped (sequence actors)', () => {
    const svg = finishDiagramSvg(sequenceSvg);
    const ids = [...svg.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(ids).toContain('d-0123456789-actor0');
    expect(ids).toContain('d-0123456789-root-0');
    expect(ids.filter((id) => !id.includes('d-0123456789'))).toEqual([]);
  });

  it('builds a viewBox from a pixel size when mermaid gave none, and rejects SVGs it cannot size', () => {
    const sized = finishDiagramSvg('<svg id="d-x" width="120" height="80"><g></g></svg>');
    expect(rootTag(sized)).toContain('viewBox="0 0 120 80"');
    expect(() => finishDiagramSvg('<svg id="d-x" width="100%"><g></g></svg>')).toThrow(/viewBox/);
    expect(() => finishDiagramSvg('<div>no svg</div>')).toThrow(/<svg>/);
  });
});

describe('scopeStrayIds', () => {
  it('prefixes stray ids together with their references and leaves scoped ones alone', () => {
    const svg =
      '<svg id="d-x"><marker id="tip"></marker><g id="d-x-edge"></g><path marker-end="url(#tip)"/><use href="#tip"/></svg>';
    expect(scopeStrayIds(svg, 'd-x')).toBe(
      '<svg id="d-x"><marker id="d-x-tip"></marker><g id="d-x-edge"></g><path marker-end="url(#d-x-tip)"/><use href="#d-x-tip"/></svg>',
    );
  });
});
