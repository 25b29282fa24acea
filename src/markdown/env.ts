// The per-render environment markdown-it plugins read and write (passed as markdown-it's `env`).

import type { Env } from 'markdown-it';

/** A diagram fence found while rendering, to be replaced by its SVG after rendering. */
export interface DiagramOccurrence {
  /** Unique within the deck: used as the SVG's element id and the placeholder's marker. */
  elementId: string;
  language: string;
  code: string;
  file: string;
  line: number;
}

export interface RenderEnv extends Env {
  /** File of the slide being rendered, for diagnostics and provenance. */
  file: string;
  /** File line of the first line of the Markdown being rendered. */
  firstLine: number;
  /** Filled by the diagram plugin. */
  diagrams: DiagramOccurrence[];
  /** Counts diagram codes seen so far in the deck, so repeated diagrams get distinct ids. */
  diagramCounts: Map<string, number>;
  /** The source page's folder relative to the deck page (e.g. `source/`): citations link to `./source/#p3`. Absent: plain references. */
  sourceHref?: string;
}

export function createRenderEnv(file: string, firstLine: number, diagramCounts = new Map<string, number>()): RenderEnv {
  return { file, firstLine, diagrams: [], diagramCounts };
}

export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as Partial<RenderEnv>).diagrams);
}
