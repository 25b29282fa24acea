// Stands in for the diagram fallback in decks whose diagrams were all drawn at build time: ships no mermaid.

import type { DiagramBoot } from './diagram-boot.js';

export const diagrams: DiagramBoot = {
  beforeInitialize: () => Promise.resolve(),
  afterInitialize: () => undefined,
};
