// Mermaid diagrams for the deck: an actors flowchart and a negotiation sequence, each with accTitle/accDescr.

import type { Actor, Outline, Relation, RelationVerb } from '../model/article.js';
import { MAX_DIAGRAM_ACTORS, selectDiagramActors } from './actor-selection.js';
import { humanDate } from './dates.js';
import { distinctRelations } from './relations.js';

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

/** A sequence step as a noun, for a title that states what the sequence shows. */
const STEP_NOUN: Partial<Record<RelationVerb, string>> = {
  visited: 'a visit',
  met: 'a meeting',
  'will-meet': 'a planned meeting',
  briefed: 'a briefing',
  invited: 'an invitation',
  accepted: 'an acceptance',
};

/**
 * The sequence slide's title states what it shows: "From a visit to a planned meeting: four steps so far, one still
 * only planned" — where it starts and ends, how many steps, and how many are only planned.
 */
export function sequenceTitle(steps: readonly Relation[]): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  const count = (n: number): string => words[n] ?? String(n);
  const first = STEP_NOUN[steps[0]!.verb];
  const last = STEP_NOUN[steps[steps.length - 1]!.verb];
  const planned = steps.filter((r) => r.verb === 'will-meet').length;
  const span = first && last && first !== last ? `From ${first} to ${last}: ` : '';
  const n = `${count(steps.length)} step${steps.length === 1 ? '' : 's'} so far`;
  const hedge = planned > 0 ? `, ${planned === steps.length ? 'all' : count(planned)} still only planned` : '';
  return `${span}${span ? n : n.charAt(0).toUpperCase() + n.slice(1)}${hedge}`;
}

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

/** A relation as a flowchart edge label: the invitation an "accepted" edge answers is the "invited" edge beside it. */
function edgeText(r: Relation): string {
  return r.verb === 'accepted' ? 'accepted' : relationText(r);
}

/** A relation's date in words: "June 3, 2031", "end of September 2031". */
export function relationDate(r: Relation): string | undefined {
  return r.date ? humanDate(r.date, r.datePrecision ?? 'day') : undefined;
}

/** The actors flowchart: at most ~8 actors boxed by state, with the relations the text states (hedged ones dashed). */
export function actorsFlowchart(outline: Outline, max = MAX_DIAGRAM_ACTORS): string[] | undefined {
  const { groups, loose, relations } = selectDiagramActors(outline.actors, outline.relations, max);
  const drawn = [...groups.flatMap((g) => g.members), ...loose];
  // One box is no diagram: the slide lists the names instead.
  if (drawn.length < 2) return undefined;
  const ids = new Map<string, string>();
  groups.forEach((g, i) => ids.set(g.state, `g${i + 1}`));
  drawn.forEach((a, i) => ids.set(a.name, `a${i + 1}`));
  const node = (a: Actor, boxed: boolean): string => {
    const role = [...a.roles].sort((x, y) => x.length - y.length)[0];
    // Outside a box, the state or institution the actor belongs to says where they stand.
    const where = !boxed && a.kind !== 'state' && a.affiliation ? shorten(a.affiliation, 24) : undefined;
    const second = [role && shorten(role, 26), where].filter(Boolean).join(', ') || undefined;
    const label = second ? `${mermaidText(shorten(a.name, 32))}<br/>${mermaidText(second)}` : mermaidText(shorten(a.name, 32));
    return `${ids.get(a.name)}["${label}"]`;
  };
  const lines = [
    'flowchart LR',
    '  accTitle: Actors in the article and how they relate',
    `  accDescr: ${mermaidText(describeActors(drawn, relations))}`,
  ];
  for (const g of groups) {
    lines.push(`  subgraph ${ids.get(g.state)}["${mermaidText(shorten(g.state, 44))}"]`);
    for (const a of g.members) lines.push(`    ${node(a, true)}`);
    lines.push('  end');
  }
  for (const a of loose) lines.push(`  ${node(a, false)}`);
  // A hedged relation is drawn dashed and labelled with its hedge ("reportedly met"); a relation to a boxed state goes to its box.
  const end = (name: string): string => ids.get(name)!;
  for (const r of relations) {
    const label = mermaidText(r.hedge ? `${r.hedge} ${edgeText(r)}` : edgeText(r));
    lines.push(r.hedge ? `  ${end(r.from)} -.->|${label}| ${end(r.to)}` : `  ${end(r.from)} -->|${label}| ${end(r.to)}`);
  }
  return lines;
}

function describeActors(actors: readonly Actor[], relations: readonly Relation[]): string {
  const who = actors.map((a) => (a.affiliation ? `${a.name} (${a.affiliation})` : a.name)).join(', ');
  const what = relations.map((r) => `${r.from} ${relationText(r)} ${r.to}`).join(', ');
  return `${actors.length} actors named in the article: ${who}.${what ? ` Stated relations: ${what}.` : ''}`;
}

/** Attested relations of the negotiation in order: by date where the text dates them, undated ones keep their place. */
export function sequenceSteps(outline: Outline): Relation[] {
  // Only attested exchanges: a hedged relation ("reportedly accepted") is drawn in the actors diagram, never as a step.
  const steps = distinctRelations(outline.relations.filter((r) => SEQUENCE_VERBS.has(r.verb) && !r.hedge));
  let carried = '';
  const keyed = steps.map((r, i) => {
    if (r.date) carried = r.date.replace(/^-/, '0000');
    return { r, key: carried, i };
  });
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((k) => k.r);
}

/** Steps that only fan out ("briefed A, B and C" in one sentence) as one message to the first, naming the others: fewer lifelines. */
function fanOuts(steps: readonly Relation[]): (Relation & { also: string[] })[] {
  const out: (Relation & { also: string[] })[] = [];
  for (const r of steps) {
    const last = out[out.length - 1];
    if (last && last.from === r.from && last.verb === r.verb && last.sentence === r.sentence && last.date === r.date) last.also.push(r.to);
    else out.push({ ...r, also: [] });
  }
  const elsewhere = (name: string, at: number): boolean => out.some((s, i) => i !== at && (s.from === name || s.to === name));
  // A person named only in the fan-out stays on the message; one with other steps keeps their own arrow.
  return out.flatMap((s, i) => {
    const own = s.also.filter((n) => elsewhere(n, i));
    return [{ ...s, also: s.also.filter((n) => !own.includes(n)) }, ...own.map((to) => ({ ...s, to, also: [] }))];
  });
}

/** The negotiation sequence diagram; dates as notes, planned steps as dashed arrows. */
export function negotiationSequence(outline: Outline): string[] | undefined {
  const steps = fanOuts(sequenceSteps(outline));
  // One exchange is no sequence.
  if (steps.length < 2) return undefined;
  const participants = [...new Set(steps.flatMap((r) => [r.from, r.to]))];
  const id = (name: string): string => `p${participants.indexOf(name) + 1}`;
  const lines = [
    'sequenceDiagram',
    '  accTitle: Negotiation sequence as the article tells it',
    `  accDescr: ${mermaidText(steps.map((r) => `${relationDate(r) ?? `undated (${r.paragraphId})`}: ${r.from} ${relationText(r)} ${[r.to, ...r.also].join(', ')}`).join('. '))}.`,
  ];
  for (const p of participants) lines.push(`  participant ${id(p)} as ${mermaidText(p)}`);
  // A date shared by several steps is a note over the first; a date of one step goes on its arrow (a row fewer each).
  const dates = steps.map((r) => relationDate(r));
  const shared = (date: string | undefined): boolean => date !== undefined && dates.filter((d) => d === date).length > 1;
  let lastDate: string | undefined;
  for (const [i, r] of steps.entries()) {
    const date = dates[i];
    if (shared(date) && date !== lastDate) {
      const over = r.from === r.to ? id(r.from) : `${id(r.from)},${id(r.to)}`;
      lines.push(`  Note over ${over}: ${mermaidText(date!)}`);
    }
    lastDate = date;
    const on = date && !shared(date) ? `, ${date}` : '';
    const arrow = r.verb === 'will-meet' ? '-->>' : '->>';
    const also = r.also.length > 0 ? `, also ${r.also.join(' and ')}` : '';
    lines.push(`  ${id(r.from)}${arrow}${id(r.to)}: ${mermaidText(relationText(r) + also + on)} (${r.paragraphId})`);
  }
  return lines;
}
