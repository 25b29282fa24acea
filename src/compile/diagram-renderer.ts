// The contract between the compiler and whatever turns diagram code into SVG (build-time browser, or none).

import type { Diagnostic } from '../model/diagnostic.js';
import type { DiagramOccurrence } from '../markdown/env.js';

export interface DiagramOutput {
  /** SVG per occurrence element id; occurrences without an entry are left for the browser fallback. */
  svgs: Map<string, string>;
  diagnostics: Diagnostic[];
}

export type DiagramRenderer = (occurrences: readonly DiagramOccurrence[]) => Promise<DiagramOutput>;
