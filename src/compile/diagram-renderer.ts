// The contract between the compiler and whatever turns diagram code into SVG (build-time browser, or none).

import type { Diagnostic } from '../model/diagnostic.js';
import type { DiagramOccurrence } from '../markdown/env.js';

export interface DiagramOutput {
  /** SVG per occurrence element id. */
  svgs: Map<string, string>;
  /** Error message per occurrence element id, shown in place of the diagram (dev) — the build fails on them. */
  errors: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface DiagramContext {
  /** The deck's theme, whose colours and font the diagrams take. */
  theme: string;
}

/** Occurrences without an SVG or an error are left for the browser fallback. */
export type DiagramRenderer = (occurrences: readonly DiagramOccurrence[], context: DiagramContext) => Promise<DiagramOutput>;
