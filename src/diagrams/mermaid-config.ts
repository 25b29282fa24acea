// The mermaid config a render really uses: the deck's settings with safety settings forced (browser-safe).

import type { MermaidConfig } from 'mermaid';

/** The caller's config with what briefdeck does not let a deck change: strict security, no auto-start. */
export function effectiveMermaidConfig(config: MermaidConfig): MermaidConfig {
  return { ...config, securityLevel: 'strict', startOnLoad: false };
}
