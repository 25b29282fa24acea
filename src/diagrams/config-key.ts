// The config part of diagram cache keys: mermaid version, effective config, font CSS and output format, hashed.

import { createHash } from 'node:crypto';
import type { MermaidConfig } from 'mermaid';
import { effectiveMermaidConfig } from './mermaid-config.js';

/** Bump when the SVG post-processing changes, so cached SVGs from older code are not reused. */
export const DIAGRAM_OUTPUT_FORMAT = 2;

/**
 * JSON with object keys sorted, so equal configs give equal text whatever their key order. With `written`, each object's
 * text is kept there and reused when the same object comes again (configs of one render share their nested settings).
 */
export function stableJson(value: unknown, written?: WeakMap<object, string>): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const known = written?.get(value);
  if (known !== undefined) return known;
  const text = Array.isArray(value) ? `[${value.map((item) => stableJson(item, written)).join(',')}]` : `{${sortedEntries(value).map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item, written)}`).join(',')}}`;
  written?.set(value, text);
  return text;
}

function sortedEntries(value: object): [string, unknown][] {
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface ConfigKeyInput {
  mermaidConfig: MermaidConfig;
  fontCss?: string;
  /** Style rules added to the svg (svg-css.ts). */
  svgCss?: string;
  mermaidVersion: string;
}

/**
 * Everything besides the code that changes a diagram's SVG, hashed: mermaid's version, the effective
 * config, the font CSS and the output format. Pass it to `diagramKey(code, configKey)`.
 */
export function diagramConfigKey(input: ConfigKeyInput): string {
  return diagramConfigKeys(input.mermaidVersion)(input);
}

/**
 * `diagramConfigKey` for the many diagrams of one render, with one mermaid version: the nested settings their configs
 * share (theme variables, per-kind sections) are written as stable JSON once, not once per diagram. The configs must
 * not change while the returned function is in use.
 */
export function diagramConfigKeys(mermaidVersion: string): (input: Omit<ConfigKeyInput, 'mermaidVersion'>) => string {
  const written = new WeakMap<object, string>();
  return ({ mermaidConfig, fontCss = '', svgCss = '' }) => createHash('sha256')
    .update(`mermaid@${mermaidVersion}\0format@${DIAGRAM_OUTPUT_FORMAT}\0`)
    .update(stableJson(effectiveMermaidConfig(mermaidConfig), written))
    .update('\0')
    .update(fontCss)
    .update('\0')
    .update(svgCss)
    .digest('hex')
    .slice(0, 16);
}
