// Replaces diagram placeholders in rendered slides by SVG, or by the code for the browser fallback. Pure.

import type { RenderedSlide } from '../model/deck.js';
import type { DiagramOccurrence } from '../markdown/env.js';
import { diagramPlaceholder } from '../markdown/plugins/diagram-fence.js';

export function insertDiagrams(
  slides: readonly RenderedSlide[],
  occurrences: readonly DiagramOccurrence[],
  svgs: ReadonlyMap<string, string>,
  escape: (text: string) => string,
): RenderedSlide[] {
  if (occurrences.length === 0) return [...slides];
  return slides.map((slide) => {
    let html = slide.html;
    for (const occurrence of occurrences) {
      const marker = diagramPlaceholder(occurrence.elementId);
      if (!html.includes(marker)) continue;
      const svg = svgs.get(occurrence.elementId);
      html = html.replace(marker, () => svg ?? pendingDiagram(occurrence, escape));
    }
    return html === slide.html ? slide : { ...slide, html };
  });
}

/** The code, kept as inert text, for the client fallback to render when no SVG could be made at build time. */
function pendingDiagram(occurrence: DiagramOccurrence, escape: (text: string) => string): string {
  return `<script type="text/plain" class="diagram-source" data-diagram-pending="${occurrence.elementId}">${escape(occurrence.code).replace(/<\/script/gi, '&lt;/script')}</script>`;
}
