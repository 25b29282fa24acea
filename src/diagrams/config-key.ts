// The config part of diagram cache keys: mermaid version, effective config, font CSS and output format, hashed.

import { createHash } from 'node:crypto';
import type { MermaidConfig } from 'mermaid';
import { effectiveMermaidConfig } from './mermaid-config.js';

/** Bump when the SVG post-processing changes, so cached SVGs from older code are not reused. */
export const DIAGRAM_OUTPUT_FORMAT = 2;

/** JSON with object keys sorted, so equal configs give equal text whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
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
export function diagramConfigKey({ mermaidConfig, fontCss = '', svgCss = '', mermaidVersion }: ConfigKeyInput): string {
  return createHash('sha256')
    .update(`mermaid@${mermaidVersion}\0format@${DIAGRAM_OUTPUT_FORMAT}\0`)
    .update(stableJson(effectiveMermaidConfig(mermaidConfig)))
    .update('\0')
    .update(fontCss)
    .update('\0')
    .update(svgCss)
    .digest('hex')
    .slice(0, 16);
}
