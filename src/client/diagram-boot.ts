// Wires the browser diagram fallback into the deck's start-up; included only in decks with diagrams left to the browser.

import type { RevealApi } from 'reveal.js';
import type { MermaidConfig } from 'mermaid';
import { mermaidConfigForTheme } from '../diagrams/theme.js';
import { isDarkBackground } from '../theme/colour-mix.js';
import { parseColor } from '../theme/contrast.js';
import { createDiagramFallback, isPrintPdf, PENDING_DIAGRAM_SELECTOR, renderAllPendingDiagrams } from './diagram-fallback.js';

export interface DiagramBoot {
  /** Before reveal.js starts: in print mode every diagram must exist first, or it is clipped. */
  beforeInitialize(): Promise<void>;
  /** After reveal.js starts: draw diagrams near the current slide as the presenter moves. */
  afterInitialize(reveal: RevealApi): void;
}

/** Mermaid colours from the theme's CSS variables, as the build-time renderer takes them from the theme file. */
function themeMermaidConfig(): MermaidConfig {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string): string => style.getPropertyValue(name).trim();
  const background = read('--r-background-color');
  return mermaidConfigForTheme({
    background,
    text: read('--bd-diagram-text') || read('--r-main-color'),
    accent: read('--bd-accent'),
    muted: read('--bd-muted'),
    surface: read('--bd-surface'),
    fontFamily: read('--r-main-font'),
    dark: isDarkBackground(parseColor(background) ?? [255, 255, 255]),
    bodyPx: Number.parseFloat(read('--r-main-font-size')) || 34,
    danger: read('--bd-danger') || undefined,
  });
}

export const diagrams: DiagramBoot = {
  async beforeInitialize() {
    if (!isPrintPdf() || !document.querySelector(PENDING_DIAGRAM_SELECTOR)) return;
    await document.fonts.ready;
    await renderAllPendingDiagrams(document, { mermaidConfig: themeMermaidConfig() });
  },
  afterInitialize(reveal) {
    if (!document.querySelector(PENDING_DIAGRAM_SELECTOR)) return;
    createDiagramFallback(reveal, { mermaidConfig: themeMermaidConfig() });
  },
};
