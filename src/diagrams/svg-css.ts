// Style rules added inside a rendered diagram: the deck font on every label, and per-kind fixes mermaid has no setting for. Pure.

import type { DiagramKind } from './diagram-type.js';
import { escapeHtml } from '../render/escape-html.js';

export interface SvgCssOptions {
  /** The svg's id (mermaid's `#id` scope). */
  id: string;
  kind: DiagramKind;
  fontFamily: string;
  /** The slide background, for halos behind text drawn over lines and text on scale colours. */
  background: string;
  /** Body text, lines and muted marks, as the theme variables give them. */
  text: string;
  line: string;
  muted: string;
  /** The categorical scale (theme.ts `diagramScale`). */
  scale: readonly string[];
  labelPx: number;
}

/** Text drawn over lines or fills gets an outline in the slide colour behind its glyphs. */
function halo(background: string, labelPx: number): string {
  const width = Math.round(labelPx * 0.45);
  return `paint-order: stroke fill !important; stroke: ${background} !important; stroke-width: ${width}px !important; stroke-linejoin: round;`;
}

/** Rules scoped to `#id`. Mermaid sets its fonts per kind (journey titles fell back to Trebuchet), so one rule covers all text. */
export function diagramSvgCss({ id, kind, fontFamily, background, text, line, muted, scale, labelPx }: SvgCssOptions): string {
  const scope = `#${id}`;
  const rules = [
    `${scope} text, ${scope} tspan, ${scope} foreignObject div, ${scope} foreignObject span, ${scope} foreignObject p { font-family: ${fontFamily} !important; }`,
  ];
  if (kind === 'sequence') {
    // Message labels sit on the arrows and cross the lifelines in between: a halo in the slide colour keeps them whole.
    rules.push(`${scope} .messageText { ${halo(background, labelPx)} }`);
  }
  if (kind === 'gantt') {
    // d3 draws axis ticks at 10 px whatever the chart's font size.
    rules.push(`${scope} .tick text { font-size: ${Math.round(labelPx * 0.85)}px !important; }`);
  }
  if (kind === 'timeline') {
    // The time axis takes the scale's label colour, which is the background: draw it as a line.
    rules.push(`${scope} .lineWrapper line { stroke: ${line} !important; }`);
  }
  if (kind === 'kanban') {
    // Kanban lightens or darkens the scale by 10 points and titles columns in body colour: undo both.
    scale.forEach((colour, i) => {
      rules.push(`${scope} .section-${i - 1} rect, ${scope} .section-${i - 1} path { fill: ${colour} !important; stroke: ${colour} !important; }`);
    });
    rules.push(`${scope} .cluster-label, ${scope} .cluster-label span, ${scope} .cluster-label p { color: ${background} !important; fill: ${background} !important; }`);
  }
  if (kind === 'journey') {
    rules.push(`${scope} .face { stroke: ${muted} !important; }`);
    // The actor legend's rows are 20 units apart whatever the font: keep its text inside them.
    rules.push(`${scope} .legend { font-size: ${Math.min(labelPx, 18)}px !important; fill: ${text} !important; }`);
  }
  if (kind === 'state') {
    // The end state's outer ring is filled with the pale box colour and has no border.
    rules.push(`${scope} [id*="_end-"] .outer-path path { fill: ${text} !important; }`);
  }
  if (kind === 'sankey') {
    // The label size is fixed at 14 px in mermaid; links multiply with what is below them, which turns black on a dark slide.
    rules.push(`${scope} .node-labels text { font-size: ${labelPx}px; ${halo(background, labelPx)} }`);
    rules.push(`${scope} .link { mix-blend-mode: normal !important; }`);
  }
  return rules.join('\n');
}

/** The rules as a `<style>` right after the svg's leading `<title>` and `<desc>`, so they apply wherever the svg is inlined. */
export function addSvgCss(svg: string, css: string): string {
  if (css === '') return svg;
  const head = /^\s*<svg\b[^>]*>(?:\s*<title\b[^>]*>[\s\S]*?<\/title>)?(?:\s*<desc\b[^>]*>[\s\S]*?<\/desc>)?/.exec(svg);
  if (!head) throw new Error('addSvgCss: the input does not start with an <svg> element');
  const style = `<style>${escapeHtml(css).replace(/&quot;/g, '"')}</style>`;
  return svg.slice(0, head[0].length) + style + svg.slice(head[0].length);
}
