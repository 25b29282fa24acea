// Mermaid diagrams for the deck: an actors flowchart and a negotiation sequence, each with accTitle/accDescr.

import type { Actor, Outline, Relation, RelationVerb } from '../model/article.js';
import { humanDate } from './dates.js';

const VERB_TEXT: Record<RelationVerb, string> = {
  met: 'met',
  'will-meet': 'will meet',
  briefed: 'briefed',
  invited: 'invited',
  accepted: 'accepted the invitation of',
  led: 'led',
  visited: 'visited',
  criticized: 'criticized',
};

/** Verbs that are steps of a negotiation, in the sequence diagram. */
const SEQUENCE_VERBS: ReadonlySet<RelationVerb> = new Set(['visited', 'met', 'will-meet', 'briefed', 'invited', 'accepted']);

/** Text safe inside a Mermaid label or message: no quotes, statement breaks or entity marks. */
export function mermaidText(text: string): string {
  return text.replace(/["“”]/g, "'").replace(/[#;<>{}[\]|`]/g, ' ').replace(/:/g, ' -').replace(/\s+/g, ' ').trim();
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 10)).trimEnd()}…`;
}

export function relationText(r: Relation): string {
  if (r.verb === 'led') return `led ${r.detail ?? 'the delegation'} of`;
  if (r.verb === 'met' && r.detail) return `${r.detail} with`;
  return VERB_TEXT[r.verb];
}

/** A relation's date in words: "June 3, 2031", "end of September 2031". */
export function relationDate(r: Relation): string | undefined {
  return r.date ? humanDate(r.date, r.datePrecision ?? 'day') : undefined;
}

/** Relations without repeats (same from, verb, detail and to), first statement kept: "met" and "reportedly held a dinner" both stay. */
export function distinctRelations(relations: readonly Relation[]): Relation[] {
  const out: Relation[] = [];
  const same = (a: Relation, b: Relation): boolean => a.from === b.from && a.to === b.to && a.verb === b.verb && a.detail === b.detail;
  for (const r of relations) if (!out.some((o) => same(o, r))) out.push(r);
  return out;
}

/** The actors flowchart: people grouped by affiliation, with the relations the text states. */
export function actorsFlowchart(outline: Outline, maxPeople = 16): string[] | undefined {
  const relations = distinctRelations(outline.relations);
  const people = outline.actors
    .filter((a) => a.kind === 'person')
    .sort((a, b) => b.paragraphIds.length - a.paragraphIds.length)
    .slice(0, maxPeople);
  if (people.length === 0) return undefined;
  const inRelations = new Set(relations.flatMap((r) => [r.from, r.to]));
  const others = outline.actors.filter((a) => a.kind !== 'person' && inRelations.has(a.name));
  const groups = [...new Set(people.map((p) => p.affiliation).filter((g): g is string => g !== undefined))];
  const ids = new Map<string, string>();
  groups.forEach((g, i) => ids.set(g, `g${i + 1}`));
  [...people, ...others].forEach((a, i) => {
    if (!ids.has(a.name)) ids.set(a.name, `a${i + 1}`);
  });
  const node = (a: Actor): string => {
    const role = [...a.roles].sort((x, y) => x.length - y.length)[0];
    const label = role ? `${mermaidText(a.name)}<br/>${mermaidText(shorten(role, 40))}` : mermaidText(a.name);
    return `${ids.get(a.name)}["${label}"]`;
  };
  const shown = relations.filter((r) => ids.has(r.from) && ids.has(r.to));
  const lines = [
    'flowchart LR',
    '  accTitle: Actors in the article and how they relate',
    `  accDescr: ${mermaidText(describeActors(people, shown))}`,
  ];
  for (const g of groups) {
    lines.push(`  subgraph ${ids.get(g)}["${mermaidText(shorten(g, 44))}"]`);
    for (const p of people.filter((x) => x.affiliation === g)) lines.push(`    ${node(p)}`);
    lines.push('  end');
  }
  for (const a of [...people.filter((p) => p.affiliation === undefined), ...others.filter((o) => !groups.includes(o.name))]) lines.push(`  ${node(a)}`);
  // A hedged relation is drawn dashed and labelled with its hedge ("reportedly met").
  for (const r of shown) {
    const label = mermaidText(r.hedge ? `${r.hedge} ${relationText(r)}` : relationText(r));
    lines.push(r.hedge ? `  ${ids.get(r.from)} -.->|${label}| ${ids.get(r.to)}` : `  ${ids.get(r.from)} -->|${label}| ${ids.get(r.to)}`);
  }
  return lines;
}

function describeActors(people: readonly Actor[], relations: readonly Relation[]): string {
  const who = people.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ');
  const what = relations.map((r) => `${r.from} ${relationText(r)} ${r.to}`).join(', ');
  return `${people.length} people named in the article: ${who}.${what ? ` Stated relations: ${what}.` : ''}`;
}

/** Relations of the negotiation in order: by date where the text dates them, undated ones keep their place. */
export function sequenceSteps(outline: Outline): Relation[] {
  const steps = distinctRelations(outline.relations.filter((r) => SEQUENCE_VERBS.has(r.verb)));
  let carried = '';
  const keyed = steps.map((r, i) => {
    if (r.date) carried = r.date.replace(/^-/, '0000');
    return { r, key: carried, i };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((k) => k.r);
}

/** The negotiation sequence diagram; dates as notes, planned steps as dashed arrows. */
export function negotiationSequence(outline: Outline): string[] | undefined {
  const steps = sequenceSteps(outline);
  if (steps.length === 0) return undefined;
  const participants = [...new Set(steps.flatMap((r) => [r.from, r.to]))];
  const id = (name: string): string => `p${participants.indexOf(name) + 1}`;
  const lines = [
    'sequenceDiagram',
    '  accTitle: Negotiation sequence as the article tells it',
    `  accDescr: ${mermaidText(steps.map((r) => `${relationDate(r) ?? `undated (${r.paragraphId})`}: ${r.from} ${relationText(r)} ${r.to}`).join('. '))}.`,
  ];
  for (const p of participants) lines.push(`  participant ${id(p)} as ${mermaidText(p)}`);
  let lastDate: string | undefined;
  for (const r of steps) {
    const date = relationDate(r);
    if (date && date !== lastDate) {
      const over = r.from === r.to ? id(r.from) : `${id(r.from)},${id(r.to)}`;
      lines.push(`  Note over ${over}: ${mermaidText(date)}`);
      lastDate = date;
    }
    const arrow = r.verb === 'will-meet' ? '-->>' : '->>';
    lines.push(`  ${id(r.from)}${arrow}${id(r.to)}: ${mermaidText(relationText(r))} (${r.paragraphId})`);
  }
  return lines;
}
