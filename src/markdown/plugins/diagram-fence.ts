// ```mermaid fences become placeholders; the compiler swaps in a figure with the SVG rendered at build time.

import { createHash } from 'node:crypto';
import type { MarkdownIt, Token } from 'markdown-it';
import { occurrenceId } from '../../diagrams/id.js';
import { isRenderEnv } from '../env.js';

export const DIAGRAM_LANGUAGES = ['mermaid'];

/** The placeholder the compiler replaces; unique per occurrence. An empty element, so it survives sanitising as written. */
export function diagramPlaceholder(elementId: string): string {
  return `<div data-briefdeck-diagram="${elementId}"></div>`;
}

/** Every placeholder `diagramPlaceholder` writes, its element id captured (for `String.prototype.replace`). */
export const DIAGRAM_PLACEHOLDER = /<div data-briefdeck-diagram="([^"]*)"><\/div>/g;

/** The number of columns in the `columns` block enclosing token `index` (see columns.ts), or 1 outside one. */
export function columnsAround(tokens: readonly Token[], index: number): number {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const type = tokens[i]!.type;
    if (type === 'columns_close') depth++;
    else if (type === 'columns_open') {
      if (depth > 0) depth--;
      else return countColumns(tokens, i);
    }
  }
  return 1;
}

function countColumns(tokens: readonly Token[], open: number): number {
  let depth = 0;
  let count = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const type = tokens[i]!.type;
    if (type === 'columns_open') depth++;
    else if (type === 'columns_close') {
      if (depth === 0) break;
      depth--;
    } else if (type === 'column_open' && depth === 0) count++;
  }
  return Math.max(count, 1);
}

export function diagramFence(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const language = token.info.trim().split(/\s+/)[0] ?? '';
    if (!DIAGRAM_LANGUAGES.includes(language) || !isRenderEnv(env)) {
      return fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    }
    const code = token.content;
    const base = `d-${createHash('sha256').update(code).digest('hex').slice(0, 10)}`;
    const seen = (env.diagramCounts.get(base) ?? 0) + 1;
    env.diagramCounts.set(base, seen);
    const elementId = occurrenceId(base, seen);
    const line = env.firstLine + (token.map?.[0] ?? 0);
    env.diagrams.push({ elementId, language, code, file: env.file, line, layout: env.layout, columns: columnsAround(tokens, index) });
    return `${diagramPlaceholder(elementId)}\n`;
  };
}
