// The remix view's state: the order of all slides and which are ticked, with the moves a person can make. Pure.

import { totalMinutes } from '../../briefing/timing.js';

export interface RemixState {
  /** Every slide id, in the order the person arranged them. */
  order: string[];
  ticked: Set<string>;
}

export function initialState(ids: readonly string[], ticked: readonly string[] = []): RemixState {
  return { order: [...ids], ticked: new Set(ticked) };
}

export function toggle(state: RemixState, id: string): RemixState {
  const ticked = new Set(state.ticked);
  if (ticked.has(id)) ticked.delete(id);
  else ticked.add(id);
  return { ...state, ticked };
}

/** Moves `id` by `offset` places (−1 up, +1 down), clamped to the list. */
export function move(state: RemixState, id: string, offset: number): RemixState {
  const from = state.order.indexOf(id);
  if (from === -1) return state;
  const to = Math.max(0, Math.min(state.order.length - 1, from + offset));
  return moveTo(state, id, to);
}

/** Moves `id` to position `to` (drag and drop). */
export function moveTo(state: RemixState, id: string, to: number): RemixState {
  const order = state.order.filter((other) => other !== id);
  order.splice(Math.max(0, Math.min(order.length, to)), 0, id);
  return { ...state, order };
}

/** The ticked slides, in the arranged order. */
export function selectedIds(state: RemixState): string[] {
  return state.order.filter((id) => state.ticked.has(id));
}

export function selectedMinutes(state: RemixState, minutesOf: (id: string) => number): number {
  return totalMinutes(selectedIds(state).map((id) => ({ minutes: minutesOf(id) })));
}
