// Replaces diagram placeholders in rendered slides by figures: the SVG, an error box, or the code for the browser fallback. Pure.

import type { RenderedSlide } from '../model/deck.js';
import type { DiagramOccurrence } from '../markdown/env.js';
import { DIAGRAM_PLACEHOLDER } from '../markdown/plugins/diagram-fence.js';
import type { DiagramOutput } from './diagram-renderer.js';
import { escapeHtml } from '../render/escape-html.js';

export type DiagramResults = Pick<DiagramOutput, 'svgs' | 'errors'>;

export const NO_DIAGRAMS: DiagramResults = { svgs: new Map(), errors: new Map() };

export function insertDiagrams(
  slides: readonly RenderedSlide[],
  occurrences: readonly DiagramOccurrence[],
  results: DiagramResults,
): RenderedSlide[] {
  if (occurrences.length === 0) return [...slides];
  // One scan of each body for placeholders, each looked up by id: a deck's cost grows with its slides plus its diagrams, not their product.
  const byId = new Map<string, DiagramOccurrence>();
  for (const occurrence of occurrences) if (!byId.has(occurrence.elementId)) byId.set(occurrence.elementId, occurrence);
  const insert = (html: string, sourceFile: string): string => {
    const replaced = new Set<string>();
    return html.replace(DIAGRAM_PLACEHOLDER, (marker, elementId: string) => {
      const occurrence = byId.get(elementId);
      // As written when the id is not a diagram of this deck, or its figure is already in (each placeholder is swapped once).
      if (occurrence === undefined || replaced.has(elementId)) return marker;
      replaced.add(elementId);
      return diagramFigure(occurrence, sourceFile, results);
    });
  };
  return slides.map((slide) => {
    const body = insert(slide.body, slide.sourceFile);
    return body === slide.body ? slide : { ...slide, body };
  });
}

/**
 * The figure for one diagram. Pending figures follow the browser fallback's contract
 * (src/client/diagram-fallback.ts): `data-diagram-pending`, `data-diagram-id` and the code in `data-code`.
 */
function diagramFigure(occurrence: DiagramOccurrence, sourceFile: string, results: DiagramResults): string {
  // Named as the slide's data-source names its file: relative to the deck folder.
  const common = `class="diagram" data-diagram="${occurrence.elementId}" data-source-line="${escapeHtml(`${sourceFile}:${occurrence.line}`)}"`;
  const svg = results.svgs.get(occurrence.elementId);
  if (svg !== undefined) return `<figure ${common}>${svg}</figure>`;
  const error = results.errors.get(occurrence.elementId);
  if (error !== undefined) {
    return `<figure ${common} data-diagram-error><pre class="diagram-error">${escapeHtml(`Diagram error at ${sourceFile}:${occurrence.line}\n${error}`)}</pre></figure>`;
  }
  return `<figure ${common} data-diagram-pending data-diagram-id="${occurrence.elementId}" data-code="${escapeHtml(occurrence.code)}"></figure>`;
}
