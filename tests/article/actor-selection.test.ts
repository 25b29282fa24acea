// The actors diagram is readable by construction: at most six nodes, the most connected, none without an edge, boxed by state.
import { describe, expect, it } from 'vitest';
import { MAX_DIAGRAM_ACTORS, selectDiagramActors } from '../../src/article/actor-selection.js';
import { actorsFlowchart } from '../../src/article/mermaid.js';
import type { Actor, Outline, Relation } from '../../src/model/article.js';

const person = (name: string, paragraphs: number, affiliation?: string): Actor => ({
  name, kind: 'person', aliases: [], roles: ['envoy'], ...(affiliation ? { affiliation } : {}),
  paragraphIds: Array.from({ length: paragraphs }, (_, i) => `p${i + 1}`),
});
const state = (name: string): Actor => ({ name, kind: 'state', aliases: [], roles: [], paragraphIds: ['p1', 'p2'] });
const rel = (from: string, to: string, verb: Relation['verb'] = 'met', hedge?: string): Relation => ({ from, to, verb, ...(hedge ? { hedge } : {}), paragraphId: 'p1', sentence: `${from} ${verb} ${to}.` });

// A hub who meets ten people, two of them in each of five states; and a much-named person in no relation at all.
const guests = Array.from({ length: 10 }, (_, i) => person(`Guest ${String.fromCharCode(65 + i)}`, 1 + (i % 3), `State ${1 + Math.floor(i / 2)}`));
const actors: Actor[] = [person('Hub Person', 3), person('Talked About', 9, 'State 1'), ...guests, ...[1, 2, 3, 4, 5].map((n) => state(`State ${n}`))];
const relations: Relation[] = [...guests.map((g) => rel('Hub Person', g.name)), rel('Guest A', 'Guest B', 'briefed'), rel('Guest C', 'Guest D', 'met', 'reportedly')];

describe('selecting the actors a diagram draws', () => {
  const selection = selectDiagramActors(actors, relations);
  const drawn = [...selection.groups.flatMap((g) => g.members), ...selection.loose].map((a) => a.name);

  it('draws at most eight actors, the most connected first, and never one without an edge', () => {
    expect(drawn.length).toBeLessThanOrEqual(MAX_DIAGRAM_ACTORS);
    expect(drawn).toContain('Hub Person');
    expect(drawn).not.toContain('Talked About');
    const ends = new Set(selection.relations.flatMap((r) => [r.from, r.to]));
    for (const name of drawn) expect(ends.has(name), `${name} has no edge`).toBe(true);
    // The guests with a second partner outrank the others.
    for (const name of ['Guest A', 'Guest B', 'Guest C', 'Guest D']) expect(drawn).toContain(name);
  });

  it('boxes people by their state', () => {
    expect(selection.groups.find((g) => g.state === 'State 1')?.members.map((a) => a.name)).toEqual(['Guest A', 'Guest B']);
    // A state's lone member is drawn loose, not in a box of one.
    expect(selection.loose.map((a) => a.name)).toContain('Hub Person');
    for (const g of selection.groups) expect(g.members.length, g.state).toBeGreaterThan(1);
  });

  it('draws the most-named people when the text states no relation', () => {
    const quiet = selectDiagramActors(actors, []);
    const names = [...quiet.groups.flatMap((g) => g.members), ...quiet.loose].map((a) => a.name);
    expect(names).toHaveLength(MAX_DIAGRAM_ACTORS);
    expect(names).toContain('Talked About');
    expect(quiet.relations).toEqual([]);
  });

  it('writes the selection as a flowchart: subgraphs per state, a dashed edge labelled with its hedge', () => {
    const outline = { actors, relations } as unknown as Outline;
    const lines = actorsFlowchart(outline)!;
    expect(lines.filter((l) => /^\s+a\d+\[/.test(l))).toHaveLength(drawn.length);
    expect(lines.some((l) => l.startsWith('  subgraph ') && l.includes('State 1'))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/ -\.->\|reportedly met\| /));
  });
});

describe('the negotiation sequence', () => {
  it('draws attested exchanges only, and only when there are at least two', async () => {
    const { negotiationSequence } = await import('../../src/article/mermaid.js');
    const two = { actors, relations: [rel('Hub Person', 'Guest A'), rel('Guest A', 'Hub Person', 'invited'), rel('Guest B', 'Hub Person', 'visited', 'reportedly')] } as unknown as Outline;
    const lines = negotiationSequence(two)!;
    expect(lines.filter((l) => l.includes('->>'))).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('Guest B');
    const one = { actors, relations: [rel('Hub Person', 'Guest A'), rel('Guest B', 'Hub Person', 'visited', 'reportedly')] } as unknown as Outline;
    expect(negotiationSequence(one)).toBeUndefined();
  });
});
