// The box a diagram's figure gets on a 1280×720 slide, by slide layout and columns; mirrors themes/shared/*.css. Pure.

export interface Box {
  width: number;
  height: number;
}

/** reveal.js's slide size (src/client/reveal-config.ts). */
export const SLIDE: Box = { width: 1280, height: 720 };

/**
 * Room the slide CSS leaves around a figure, in px at a 34 px body size (scaled by `bodyPx / 34`
 * where the CSS uses em): padding, the heading with its rule and margin, and a one-line caption.
 */
interface LayoutRoom {
  paddingX: number;
  paddingY: number;
  heading: number;
  caption: number;
}

const STANDARD: LayoutRoom = { paddingX: 56, paddingY: 36 + 60, heading: 103, caption: 38 };
const DIAGRAM: LayoutRoom = { paddingX: 56, paddingY: 24 + 52, heading: 70, caption: 48 };
/** `.columns` gap and the next columns' left padding and rule, in em of body text. */
const COLUMN_GAP_EM = 1.4;
const COLUMN_PADDING_EM = 1.4;

/** The figure box for a diagram on a slide of `layout` (undefined: the standard slide), in a `columns`-wide row. */
export function figureBox(layout: string | undefined, columns = 1, bodyPx = 34): Box {
  const room = layout === 'diagram' ? DIAGRAM : STANDARD;
  const em = bodyPx / 34;
  const contentWidth = SLIDE.width - 2 * room.paddingX;
  const n = Math.max(1, Math.floor(columns));
  const gaps = (n - 1) * (COLUMN_GAP_EM + COLUMN_PADDING_EM) * bodyPx;
  const width = (contentWidth - gaps) / n;
  const height = SLIDE.height - room.paddingY - (room.heading + room.caption) * em;
  return { width: Math.round(width), height: Math.round(height) };
}
