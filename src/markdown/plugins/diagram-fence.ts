// ```mermaid fences become placeholders; the compiler swaps in a figure with the SVG rendered at build time.

import { createHash } from 'node:crypto';
import type { MarkdownIt } from 'markdown-it';
import { isRenderEnv } from '../env.js';

export const DIAGRAM_LANGUAGES = ['mermaid'];

/** The placeholder the compiler replaces; unique per occurrence. An empty element, so it survives sanitising as written. */
export function diagramPlaceholder(elementId: string): string {
  return `<div data-briefdeck-diagram="${elementId}"></div>`;
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
    const elementId = seen === 1 ? base : `${base}-${seen}`;
    const line = env.firstLine + (token.map?.[0] ?? 0);
    env.diagrams.push({ elementId, language, code, file: env.file, line });
    return `${diagramPlaceholder(elementId)}\n`;
  };
}
