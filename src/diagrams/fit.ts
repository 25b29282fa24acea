// The scale policy: a diagram fills its figure box, but its labels stay between 0.55× and 1× body text on the slide. Pure.

import type { Diagnostic } from '../model/diagnostic.js';
import type { Box } from './figure-box.js';

/** Labels are never drawn larger than body text: small diagrams stop growing there (the figure keeps free room). */
export const MAX_LABEL_SHARE = 1;
/** Below this share of body text a diagram is too dense for its slide. */
export const MIN_LABEL_SHARE = 0.55;

export interface FitInput {
  /** The svg's viewBox size. */
  viewBox: Box;
  /** Median label size in viewBox units (measured after rendering). */
  labelPx: number;
  box: Box;
  bodyPx: number;
}

export interface Fit {
  /** The largest the svg may be drawn, in slide px: the viewBox scaled until labels reach MAX_LABEL_SHARE. */
  maxWidth: number;
  maxHeight: number;
  /** The label size on the slide when the svg fills `box` within those limits. */
  labelOnSlidePx: number;
  tooDense: boolean;
}

export function fitDiagram({ viewBox, labelPx, box, bodyPx }: FitInput): Fit {
  const maxScale = (MAX_LABEL_SHARE * bodyPx) / labelPx;
  const fillScale = Math.min(box.width / viewBox.width, box.height / viewBox.height);
  const scale = Math.min(maxScale, fillScale);
  return {
    maxWidth: Math.round(viewBox.width * maxScale),
    maxHeight: Math.round(viewBox.height * maxScale),
    labelOnSlidePx: labelPx * scale,
    tooDense: labelPx * scale < MIN_LABEL_SHARE * bodyPx,
  };
}

/** The svg's inline sizing: fill the figure, up to the fit's limits; the viewBox keeps its proportions. */
export function fitStyle(fit: Fit): string {
  return `width:100%;height:100%;max-width:${fit.maxWidth}px;max-height:${fit.maxHeight}px`;
}

export function tooDenseDiagnostic(fit: Fit, bodyPx: number, file: string, line: number, layout: string | undefined): Diagnostic {
  const share = fit.labelOnSlidePx / bodyPx;
  const room = layout === 'diagram' ? '' : ', or give it a slide of its own with `layout: diagram`';
  return {
    severity: 'warning',
    code: 'diagram-too-dense',
    file,
    line,
    column: 0,
    message:
      `Diagram is too dense for its slide: its labels would be ${fit.labelOnSlidePx.toFixed(0)} px on the slide, ` +
      `${share.toFixed(2)}× body text (at least ${MIN_LABEL_SHARE}× is legible).`,
    hint: `Split it into two diagrams on two slides, shorten its labels or drop nodes${room}.`,
  };
}
