// Diagram ids: a content-hash cache key per diagram, occurrence-unique DOM ids, and re-iding an SVG.

import { createHash } from 'node:crypto';
import { idTokenPattern } from './svg.js';

/** `d-` + the first 10 hex digits of sha256(code, configKey): stable across builds, a valid DOM id. */
export function diagramKey(code: string, configKey: string): string {
  const hash = createHash('sha256').update(code).update('\0').update(configKey).digest('hex');
  return `d-${hash.slice(0, 10)}`;
}

/**
 * The DOM id of the n-th (1-based) occurrence of a diagram on one page: the key itself for the first,
 * `key-2`, `key-3`, … after. Mermaid scopes CSS by the svg id, so repeated diagrams need distinct ids.
 */
export function occurrenceId(key: string, occurrence: number): string {
  if (!Number.isInteger(occurrence) || occurrence < 1) {
    throw new RangeError(`occurrence must be a positive integer, got ${occurrence}`);
  }
  return occurrence === 1 ? key : `${key}-${occurrence}`;
}

/**
 * Rename every use of `fromId` in an SVG rendered by mermaid (the svg id, its CSS selectors, marker,
 * gradient and aria ids derived from it) to `toId`. Matches only whole tokens: `d-abc` does not
 * match inside `d-abcd`, but does inside `d-abc_flowchart-v2-pointEnd` or `chart-title-d-abc`.
 */
export function reidSvg(svg: string, fromId: string, toId: string): string {
  if (fromId === toId) return svg;
  if (fromId === '') throw new RangeError('reidSvg: fromId must not be empty');
  return svg.replace(idTokenPattern(fromId), toId);
}
