// The planned PowerPoint deck as data: masters, slides and the shapes on them, in inches and points, before writing.

import type { Run } from './content.js';
import type { DiagramPicture } from './diagram-pictures.js';

/** An image file of the deck as PowerPoint stores it (PNG, JPEG or GIF), with its size in pixels. */
export interface ImagePicture {
  image: Uint8Array;
  /** `image/png`, `image/jpeg`, `image/gif`. */
  mime: string;
  width: number;
  height: number;
  alt: string;
}

/** A diagram (SVG with its PNG fallback) or an image file. */
export type Picture = DiagramPicture | ImagePicture;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A run as written to PowerPoint; citations keep their paragraph ids until slide numbers are known. */
export interface TextRun extends Omit<Run, 'lineBreak'> {
  /** A line break before this run, inside the paragraph. */
  breakBefore?: boolean;
  color?: string;
}

export interface TextParagraph {
  runs: TextRun[];
  /** Bullet level (0-based); undefined: no bullet. */
  level?: number;
  numbered?: boolean;
  /** The number a numbered paragraph shows when it does not follow on from the one before. */
  numberStart?: number;
  /** Relative to the frame's font size. */
  scale?: number;
  /** Space before, relative to the frame's font size. */
  spaceBefore?: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
  bold?: boolean;
  italic?: boolean;
}

/** Where a text frame sits: a placeholder of the slide's master, or a free text box. */
export type Placeholder = 'title' | 'body' | 'left' | 'right';

export interface TextShape {
  kind: 'text';
  name: string;
  box: Box;
  placeholder?: Placeholder;
  paragraphs: TextParagraph[];
  fontPt: number;
  font?: 'body' | 'code';
  color?: string;
  fill?: string;
  /** A rule on the left edge (quotations). */
  leftRule?: string;
  valign?: 'top' | 'middle' | 'bottom';
}

export interface TableShape {
  kind: 'table';
  name: string;
  box: Box;
  header: TextRun[][];
  rows: TextRun[][][];
  fontPt: number;
}

export interface PictureShape {
  kind: 'picture';
  name: string;
  box: Box;
  picture: Picture;
  /** A diagram of the slide's Markdown, or an image file it names. */
  from: 'diagram' | 'file';
}

export interface DecorShape {
  kind: 'rect' | 'ellipse' | 'line';
  box: Box;
  fill?: string;
  line?: { color: string; width: number };
}

export type Shape = TextShape | TableShape | PictureShape | DecorShape;

/** The slide layouts each theme's master offers. */
export const MASTERS = ['title', 'section', 'content', 'two-content', 'title-only', 'diagram'] as const;
export type MasterName = (typeof MASTERS)[number];

export interface PlannedSlide {
  id: string;
  master: MasterName;
  shapes: Shape[];
  /** Notes pane paragraphs. */
  notes: string[];
  /** The paragraph ids a slide's citations name. */
  citations: string[];
  /** The deck section the slide belongs to (`section:`), kept as a PowerPoint section. */
  section?: string;
  /** `RRGGBB` from the slide's `background:` colour. */
  background?: string;
  /** The slide's background image (`background:` or `data-background-image` naming a file). */
  backgroundImage?: ImagePicture;
}
