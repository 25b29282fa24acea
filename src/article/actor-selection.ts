// The actors a diagram can carry: at most ~8, the most connected and most named, none left without an edge when the
// text states relations, grouped by the state each belongs to.

import type { Actor, Relation } from '../model/article.js';
import { distinctRelations } from './relations.js';
import { isDemonym } from './states.js';

/** Nodes an actors diagram carries at most: more is not legible on a 1280×720 slide. */
export const MAX_DIAGRAM_ACTORS = 6;

export interface StateGroup {
  state: string;
  members: Actor[];
}

export interface ActorSelection {
  /** States drawn as boxes around their people (a relation to the state is drawn to the box). */
  groups: StateGroup[];
  /** Actors drawn outside any box (a lone member of a state among them). */
  loose: Actor[];
  /** The relations drawn: both ends selected. */
  relations: Relation[];
}

/**
 * The state an actor belongs to: its affiliation when that is a state, the state of the institution it belongs to, or a
 * demonym as written when no state of the text matches it ("American").
 */
export function stateOf(actor: Actor, byName: ReadonlyMap<string, Actor>): string | undefined {
  if (actor.affiliation === undefined) return undefined;
  const affiliation = byName.get(actor.affiliation);
  if (!affiliation) return isDemonym(actor.affiliation) ? actor.affiliation : undefined;
  if (affiliation.kind === 'state') return affiliation.name;
  const parent = affiliation.affiliation === undefined ? undefined : byName.get(affiliation.affiliation);
  return parent?.kind === 'state' ? parent.name : undefined;
}

/** Most connected first (distinct partners), then most named (paragraphs), then first named. */
function ranking(actors: readonly Actor[], relations: readonly Relation[]): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  for (const r of relations) {
    for (const [a, b] of [[r.from, r.to], [r.to, r.from]] as const) partners.set(a, (partners.get(a) ?? new Set()).add(b));
  }
  const order = actors
    .map((actor, index) => ({ actor, index }))
    .sort((x, y) => (partners.get(y.actor.name)?.size ?? 0) - (partners.get(x.actor.name)?.size ?? 0) || y.actor.paragraphIds.length - x.actor.paragraphIds.length || x.index - y.index);
  return new Map(order.map((o, rank) => [o.actor.name, rank]));
}

/**
 * Picks what the diagram draws. With relations: whole relations, best-ranked first, while their ends fit in `max`
 * nodes — so every node has an edge. Without: the `max` most-named people. Then people go into their state's box.
 */
export function selectDiagramActors(actors: readonly Actor[], relations: readonly Relation[], max = MAX_DIAGRAM_ACTORS): ActorSelection {
  const byName = new Map(actors.map((a) => [a.name, a]));
  const usable = distinctRelations(relations).filter((r) => r.from !== r.to && byName.has(r.from) && byName.has(r.to));
  const rank = ranking(actors, usable);
  const chosen = new Set<string>();
  if (usable.length > 0) {
    const best = (r: Relation): number => Math.min(rank.get(r.from)!, rank.get(r.to)!);
    const other = (r: Relation): number => Math.max(rank.get(r.from)!, rank.get(r.to)!);
    const ordered = usable.map((r, index) => ({ r, index })).sort((x, y) => best(x.r) - best(y.r) || other(x.r) - other(y.r) || x.index - y.index);
    for (const { r } of ordered) {
      const added = [r.from, r.to].filter((n) => !chosen.has(n));
      if (chosen.size + added.length <= max) for (const n of added) chosen.add(n);
    }
  } else {
    for (const a of actors.filter((x) => x.kind === 'person').sort((x, y) => rank.get(x.name)! - rank.get(y.name)!).slice(0, max)) chosen.add(a.name);
  }
  // Drawn in the actor list's order (people first, each kind in order of first mention): the layout follows the text.
  const selected = actors.filter((a) => chosen.has(a.name));
  const groups: StateGroup[] = [];
  const loose: Actor[] = [];
  for (const actor of selected) {
    const state = actor.kind === 'state' ? undefined : stateOf(actor, byName);
    if (state === undefined) {
      loose.push(actor);
      continue;
    }
    const group = groups.find((g) => g.state === state) ?? { state, members: [] };
    if (!groups.includes(group)) groups.push(group);
    group.members.push(actor);
  }
  // A box holds two people or more, or one with a relation to the state itself; a lone member is drawn loose (its label names the state).
  const ends = new Set(usable.filter((r) => chosen.has(r.from) && chosen.has(r.to)).flatMap((r) => [r.from, r.to]));
  for (const g of [...groups]) {
    if (g.members.length > 1 || ends.has(g.state)) continue;
    groups.splice(groups.indexOf(g), 1);
    loose.push(...g.members);
  }
  // A selected state with its own people is their box, not a separate node.
  const boxed = new Set(groups.map((g) => g.state));
  return {
    groups,
    loose: loose.filter((a) => !(a.kind === 'state' && boxed.has(a.name))),
    relations: usable.filter((r) => chosen.has(r.from) && chosen.has(r.to)),
  };
}
