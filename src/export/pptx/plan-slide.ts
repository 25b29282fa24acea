// One slide's content placed on its master by layout: title in the title placeholder, text in the body placeholder,
// columns, quotations, timelines, tables, code and diagrams in their own shapes, fitted or reported. Pure.

import type { SourceSlide } from '../../model/deck.js';
import { parseColor } from '../../theme/contrast.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { factsPlaceFor, type SourceFact } from '../../render/source-facts.js';
import type { Block, ListItem, Run, SlideContent } from './content.js';
import { runsText } from './content.js';
import { fenceKey } from './diagram-pictures.js';
import { fitText, measureParagraphs as measure, textHeight } from './fit.js';
import { RULED_INSETS, rightColumn, type Frame } from './geometry.js';
import { powerPointColour, type Palette } from './palette.js';
import type { AssetReference } from '../../model/asset.js';
import { sectionAssetReferences } from '../../render/section-attributes.js';
import type { Box, ImagePicture, MasterName, Picture, Placeholder, PlannedSlide, Shape, TextParagraph, TextRun, TextShape } from './shapes.js';

/** The key of an image file's picture in `PlanContext.pictures`. */
export function pictureKey(path: string): string {
  return `file:${path}`;
}

export interface SlideInput {
  source: SourceSlide;
  content: SlideContent;
  notes: string[];
}

export interface PlanContext {
  frame: Frame;
  palette: Palette;
  /** Diagram pictures by `file:line` of their fence, image files by `pictureKey`. */
  pictures: ReadonlyMap<string, Picture>;
  /** What the cover and the sources slide say of the source (label and value pairs from the headmatter), as the HTML shows them. */
  facts?: { cover: readonly SourceFact[]; sources: readonly SourceFact[] };
}

export interface PlannedResult {
  slide: PlannedSlide;
  diagnostics: Diagnostic[];
}

/** Font sizes (pt) a frame starts at and may shrink to. */
interface Sizes {
  base: number;
  min: number;
}

const TITLE_SIZES: Record<MasterName, Sizes> = {
  title: { base: 40, min: 26 },
  section: { base: 38, min: 26 },
  content: { base: 32, min: 22 },
  'two-content': { base: 32, min: 22 },
  'title-only': { base: 32, min: 22 },
  diagram: { base: 26, min: 18 },
};

const BODY_SIZES: Record<string, Sizes> = {
  default: { base: 24, min: 13 },
  title: { base: 24, min: 14 },
  section: { base: 22, min: 14 },
  agenda: { base: 26, min: 14 },
  sources: { base: 18, min: 11 },
  'bottom-line': { base: 28, min: 16 },
  'key-judgements': { base: 22, min: 13 },
  'what-to-watch': { base: 22, min: 13 },
  timeline: { base: 20, min: 11 },
  quote: { base: 30, min: 16 },
  diagram: { base: 16, min: 11 },
};

const INSET = 0.1;
/** Room below the estimated text of a tinted frame, so its last line never touches the tint's edge. */
const SLACK = 0.1;
const GAP = 0.15;

export function planSlide(input: SlideInput, context: PlanContext): PlannedResult {
  const { source, content } = input;
  const layout = source.settings.layout ?? 'bullets';
  const diagnostics: Diagnostic[] = content.omitted.map((o) => ({
    severity: 'warning', code: 'pptx-left-out', file: source.range.file, line: o.line, column: 0,
    message: `slide "${source.id}": ${o.what} has no PowerPoint form and was left out of the PowerPoint file`,
    hint: 'write it as Markdown (text, lists, tables, ```mermaid diagrams), or accept that the PowerPoint version lacks it',
  }));
  const overflow = (what: string, fontPt: number): void => {
    diagnostics.push({
      severity: 'warning', code: 'slide-overflow', file: source.range.file, line: source.range.startLine, column: 0,
      message: `slide "${source.id}" (${source.range.file}:${source.range.startLine}-${source.range.endLine}) does not fit its PowerPoint slide: ${what} overflows even at ${fontPt} pt`,
      hint: 'shorten the slide, split it with ---, or move detail into the speaker notes',
    });
  };
  const place = factsPlaceFor(layout);
  const facts = place && context.facts ? factParagraphs(context.facts[place], context.palette, place === 'cover' ? 0.62 : 0.8) : [];
  const placer = new Placer(context, layout, facts, overflow, (fence) => {
    diagnostics.push({
      severity: 'warning', code: 'diagram-not-rendered', file: source.range.file, line: fence.line, column: 0,
      message: `slide "${source.id}": the diagram at ${fenceKey(fence)} has no picture, so the PowerPoint file shows none`,
      hint: 'fix the diagram (see the error above), or make sure a Chromium is available to render it',
    });
  });
  const hasColumns = content.blocks.some((b) => b.kind === 'columns');
  const hasDiagram = content.blocks.some((b) => b.kind === 'diagram');
  const master: MasterName =
    layout === 'title' ? 'title'
      : layout === 'section' ? 'section'
        : hasDiagram || layout === 'diagram' ? 'diagram'
          : hasColumns || layout === 'two-columns' || flowsIntoColumns(layout, content.blocks) ? 'two-content'
            : 'content';
  const shapes: Shape[] = [];
  if (content.title) shapes.push(placer.title(content.title, master));
  shapes.push(...placer.body(content.blocks, master));
  const settled = settleMaster(master, shapes, context.frame);
  const background = source.settings.background;
  const colour = background !== undefined ? parseColor(background) : undefined;
  const backgroundImage = backgroundPicture(source, context.pictures);
  if (background !== undefined && !colour && !backgroundImage) {
    diagnostics.push({
      severity: 'warning', code: 'pptx-left-out', file: source.range.file, line: source.range.startLine, column: 0,
      message: `slide "${source.id}": the background "${background}" has no PowerPoint form here (only #rrggbb or rgb() colours are carried over) and was left out`,
      hint: 'give the background as a colour such as #0b2545, or accept the theme background in the PowerPoint file',
    });
  }
  const slide: PlannedSlide = {
    id: source.id, ...settled, notes: input.notes, citations: source.citations,
    ...(source.settings.section ? { section: source.settings.section } : {}),
    ...(colour ? { background: powerPointColour(colour) } : {}),
    ...(backgroundImage ? { backgroundImage } : {}),
  };
  return { slide, diagnostics };
}

const BACKGROUND_IMAGE = /\.(png|jpe?g|gif|svg)$/i;

/** The image files that may stand behind a slide: its `background:` or `data-background-image`, when it names one. */
export function backgroundImageReferences(source: SourceSlide): AssetReference[] {
  return sectionAssetReferences(source).filter((r) => r.kind === 'background' && BACKGROUND_IMAGE.test(r.path));
}

/** The slide's background image as PowerPoint stores one (an SVG by its PNG). */
function backgroundPicture(source: SourceSlide, pictures: ReadonlyMap<string, Picture>): ImagePicture | undefined {
  for (const reference of backgroundImageReferences(source)) {
    const picture = pictures.get(pictureKey(reference.path));
    if (picture) return 'image' in picture ? picture : { image: picture.png, mime: 'image/png', width: picture.width, height: picture.height, alt: picture.alt };
  }
  return undefined;
}

/** A list that the themes flow into columns: an agenda of nine items or more, what to watch from four items (a grid of cards). */
function flowsIntoColumns(layout: string, blocks: readonly Block[]): boolean {
  const from = layout === 'agenda' ? 9 : layout === 'what-to-watch' ? 4 : undefined;
  return from !== undefined && blocks.some((b) => b.kind === 'list' && b.items.filter((i) => i.level === 0).length >= from);
}

/**
 * Placeholders keep the master's position, so a text frame stays in one only where it fills the master's region;
 * a content slide whose body is not one such frame moves to the title-only master (no empty body placeholder).
 */
export function settleMaster(master: MasterName, shapes: readonly Shape[], frame: Frame): { master: MasterName; shapes: Shape[] } {
  const regionOf = (placeholder: Placeholder): Box | undefined =>
    placeholder === 'title' ? frame.title[master] : placeholder === 'right' ? rightColumn(frame) : frame.body[master];
  const same = (a: Box, b: Box | undefined): boolean => b !== undefined && [a.x - b.x, a.y - b.y, a.w - b.w, a.h - b.h].every((d) => Math.abs(d) < 0.01);
  const settled = shapes.map((shape): Shape => {
    if (shape.kind !== 'text' || !shape.placeholder || same(shape.box, regionOf(shape.placeholder))) return shape;
    const { placeholder: _dropped, ...free } = shape;
    return free;
  });
  const used = new Set(settled.flatMap((s) => (s.kind === 'text' && s.placeholder ? [s.placeholder] : [])));
  const needs: Partial<Record<MasterName, Placeholder[]>> = { content: ['body'], 'two-content': ['left', 'right'] };
  const missing = (needs[master] ?? []).some((p) => !used.has(p));
  return { master: missing ? 'title-only' : master, shapes: settled };
}

/** Turns blocks into shapes inside the master's regions, fitting text as it goes. */
class Placer {
  constructor(
    private readonly context: PlanContext,
    private readonly layout: string,
    /** Source facts that close the slide's (last) text frame: cover and sources slides. */
    private readonly facts: readonly TextParagraph[],
    private readonly overflow: (what: string, fontPt: number) => void,
    private readonly missingPicture: (fence: { file: string; line: number }) => void,
  ) {}

  private get palette(): Palette {
    return this.context.palette;
  }

  title(runs: Run[], master: MasterName): TextShape {
    const box = this.context.frame.title[master];
    const paragraphs: TextParagraph[] = [{ runs: toRuns(runs, this.palette) }];
    const sizes = TITLE_SIZES[master];
    const fit = fitText(measure(paragraphs, true), inner(box), sizes.base, sizes.min);
    if (!fit.fits) this.overflow('the title', fit.fontPt);
    return { kind: 'text', name: 'Title', box, placeholder: 'title', paragraphs, fontPt: fit.fontPt, color: this.palette.heading, valign: master === 'title' || master === 'section' ? 'bottom' : 'top' };
  }

  body(blocks: Block[], master: MasterName): Shape[] {
    const frame = this.context.frame;
    const region = frame.body[master];
    const sizes = BODY_SIZES[this.layout] ?? BODY_SIZES.default!;
    if (master === 'title' || master === 'section') return this.cover(blocks, region, sizes);
    if (this.layout === 'timeline' && blocks.length > 0 && blocks.every((b) => b.kind === 'list')) return this.timeline(blocks.flatMap((b) => (b.kind === 'list' ? b.items : [])), region, sizes);
    if (this.layout === 'quote' && blocks.some((b) => b.kind === 'quote')) return this.quote(blocks, region, sizes);
    if (master === 'two-content') return this.columns(blocks, sizes);
    return this.stack(blocks, region, sizes, 'body');
  }

  /** Title and section slides: the first paragraph as the subtitle, the rest smaller and muted. */
  private cover(blocks: Block[], region: Box, sizes: Sizes): Shape[] {
    const paragraphs = textParagraphs(blocks, this.palette).map((p, i): TextParagraph => (i === 0 ? { ...p, spaceBefore: 0 } : { ...p, scale: 0.72, color: this.palette.muted, spaceBefore: 0.5 }));
    paragraphs.push(...this.facts);
    if (paragraphs.length === 0) return [];
    if (this.layout === 'section') paragraphs[0] = { ...paragraphs[0]!, color: this.palette.muted };
    return [this.textShape('Subtitle', region, paragraphs, sizes, 'body')];
  }

  /** Text, tables, code and diagrams one below the other; text shrinks (within bounds) so everything fits. */
  private stack(blocks: Block[], region: Box, sizes: Sizes, placeholder: 'body' | 'left' | 'right' | undefined): Shape[] {
    const segments = segmentsOf(blocks);
    if (placeholder === 'body' && this.facts.length > 0 && segments.at(-1)?.kind !== 'text') segments.push({ kind: 'text', blocks: [] });
    const factsSegment = placeholder === 'body' ? segments.at(-1) : undefined;
    const paragraphsOf = (segment: Extract<Segment, { kind: 'text' }>, first: boolean): TextParagraph[] => [
      ...this.decorate(textParagraphs(segment.blocks, this.palette), first),
      ...(segment === factsSegment ? this.facts : []),
    ];
    const quoteOnly = (segment: Segment): boolean => segment.kind === 'text' && segment.blocks.length > 0 && segment.blocks.every((b) => b.kind === 'quote');
    // A quotation on its own, and a bottom line's first frame, sit tinted with a rule on their left (wider margins).
    const ruled = (segment: Segment, index: number): boolean => quoteOnly(segment) || (segment.kind === 'text' && this.layout === 'bottom-line' && index === 0);
    const heightOf = (segment: Segment, index: number, fontPt: number): number =>
      segment.kind === 'diagram' || segment.kind === 'picture' ? 0 : this.segmentHeight(segment, region.w, fontPt, segment.kind === 'text' ? paragraphsOf(segment, index === 0) : undefined, ruled(segment, index));
    const pictures = segments.filter((s) => s.kind === 'diagram' || s.kind === 'picture').length;
    const fixedHeight = (fontPt: number): number => segments.reduce((sum, segment, index) => sum + heightOf(segment, index, fontPt), 0) + GAP * Math.max(0, segments.length - 1);
    const pictureMin = 1.4;
    let fontPt = sizes.base;
    while (fontPt > sizes.min && fixedHeight(fontPt) + pictures * pictureMin > region.h) fontPt -= 0.5;
    const overflows = fixedHeight(fontPt) + pictures * pictureMin > region.h + 0.01;
    if (overflows) this.overflow('the slide body', fontPt);
    const pictureHeight = pictures > 0 ? Math.max(pictureMin, (region.h - fixedHeight(fontPt)) / pictures) : 0;
    const shapes: Shape[] = [];
    let y = region.y;
    let usedPlaceholder = false;
    segments.forEach((segment, index) => {
      const last = index === segments.length - 1;
      if (segment.kind === 'diagram') {
        const picture = this.context.pictures.get(fenceKey(segment));
        const box: Box = { x: region.x, y, w: region.w, h: pictureHeight };
        if (picture) shapes.push({ kind: 'picture', name: picture.alt.split(':')[0] ?? 'Diagram', box: fitPicture(picture, box), picture, from: 'diagram' });
        else this.missingPicture(segment);
        y += pictureHeight + GAP;
        return;
      }
      if (segment.kind === 'picture') {
        // Every image file was read before planning (a missing one stops the export), so its picture is there.
        const picture = this.context.pictures.get(pictureKey(segment.path));
        if (picture) shapes.push({ kind: 'picture', name: segment.alt || 'Picture', box: fitPicture(picture, { x: region.x, y, w: region.w, h: pictureHeight }), picture: { ...picture, alt: segment.alt }, from: 'file' });
        y += pictureHeight + GAP;
        return;
      }
      const natural = heightOf(segment, index, fontPt);
      const filled = segment.kind === 'code' || ruled(segment, index);
      // The last plain text frame reaches down to the region's bottom (so it can be the master's placeholder); boxes with a fill keep their size.
      const height = last && pictures === 0 && !filled ? Math.max(natural, region.y + region.h - y) : natural;
      const box: Box = { x: region.x, y, w: region.w, h: height };
      if (segment.kind === 'table') {
        shapes.push({ kind: 'table', name: 'Table', box, header: segment.header.map((c) => toRuns(c, this.palette)), rows: segment.rows.map((r) => r.map((c) => toRuns(c, this.palette))), fontPt: tableFont(fontPt) });
      } else if (segment.kind === 'code') {
        shapes.push({ kind: 'text', name: 'Code', box, paragraphs: segment.text.split('\n').map((line) => ({ runs: [{ text: line }] })), fontPt: codeFont(fontPt), font: 'code', fill: this.palette.surface, color: this.palette.text, valign: 'top' });
      } else {
        const quotation = quoteOnly(segment);
        shapes.push({
          kind: 'text',
          name: quotation ? 'Quotation' : 'Text',
          box,
          ...(placeholder && !usedPlaceholder && !quotation ? { placeholder } : {}),
          paragraphs: paragraphsOf(segment, index === 0),
          fontPt,
          color: this.palette.text,
          valign: 'top',
          ...(ruled(segment, index) ? { fill: this.palette.surface, leftRule: this.palette.accent } : {}),
        });
        if (!quotation) usedPlaceholder = true;
      }
      y += height + GAP;
    });
    return shapes;
  }

  /** Layout-specific touches on the paragraphs of a text frame. */
  private decorate(paragraphs: TextParagraph[], first: boolean): TextParagraph[] {
    if (this.layout === 'bottom-line' && first) return paragraphs.map((p, i) => (i === 0 ? { ...p, bold: true, color: this.palette.heading } : p));
    // What to watch: the item's leading bold "when" in the accent colour, as the themes head each card with it.
    if (this.layout === 'what-to-watch') {
      return paragraphs.map((p) => (p.level === 0 && p.runs[0]?.bold && !p.runs[0].link ? { ...p, runs: [{ ...p.runs[0], color: this.palette.accent }, ...p.runs.slice(1)] } : p));
    }
    // An agenda item's time (its italic run, e.g. "1 min 15 s") stays on one line.
    if (this.layout === 'agenda') return paragraphs.map((p) => ({ ...p, runs: p.runs.map((r) => (r.italic ? { ...r, text: r.text.replace(/ /g, '\u00a0') } : r)) }));
    return paragraphs;
  }

  /** Height of a segment at a font size; a text segment's `paragraphs` when they are more than its blocks say, `ruled` when it has the ruled margins. */
  private segmentHeight(segment: Segment, width: number, fontPt: number, paragraphs?: TextParagraph[], ruled = false): number {
    if (segment.kind === 'table') {
      const columns = Math.max(1, segment.header.length, ...segment.rows.map((r) => r.length));
      const cellWidth = width / columns - 2 * INSET;
      const rowHeight = (cells: Run[][]): number => Math.max(...cells.map((c) => textHeight([{ text: runsText(c), scale: 1, indent: 0, spaceBefore: 0 }], cellWidth, tableFont(fontPt))), tableFont(fontPt) * 1.2 / 72) + 2 * 0.05;
      return [segment.header, ...segment.rows].filter((r) => r.length > 0).reduce((sum, r) => sum + rowHeight(r), 0);
    }
    if (segment.kind === 'code') {
      const lines = segment.text.split('\n');
      return textHeight(lines.map((text) => ({ text, scale: 1, indent: 0, spaceBefore: 0 })), width - 2 * INSET, codeFont(fontPt)) + 2 * INSET;
    }
    if (segment.kind === 'diagram' || segment.kind === 'picture') return 0;
    const measured = measure(paragraphs ?? textParagraphs(segment.blocks, this.palette));
    if (ruled) return textHeight(measured, width - RULED_INSETS.left - RULED_INSETS.right, fontPt) + RULED_INSETS.top + RULED_INSETS.bottom + SLACK;
    return textHeight(measured, width - 2 * INSET, fontPt) + 2 * INSET;
  }

  /** Two columns: the `|||` columns, or one list split in halves; both columns share one font size. */
  private columns(blocks: Block[], sizes: Sizes): Shape[] {
    const frame = this.context.frame;
    const leftBox = frame.body['two-content'];
    const rightBox = rightColumn(frame);
    const columns = blocks.find((b): b is Extract<Block, { kind: 'columns' }> => b.kind === 'columns');
    let left: Block[];
    let right: Block[];
    if (columns) {
      const before = blocks.slice(0, blocks.indexOf(columns));
      left = [...before, ...(columns.columns[0] ?? [])];
      right = columns.columns.slice(1).flat();
    } else {
      const items = blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
      const others = blocks.filter((b) => b.kind !== 'list');
      const half = Math.ceil(items.filter((i) => i.level === 0).length / 2);
      let seen = 0;
      const split = items.findIndex((i) => i.level === 0 && seen++ === half);
      const cut = split === -1 ? items.length : split;
      left = [...others, { kind: 'list', items: items.slice(0, cut) }];
      right = [{ kind: 'list', items: items.slice(cut) }];
    }
    const fitOf = (side: Block[], box: Box): number => {
      const segments = segmentsOf(side);
      let size = sizes.base;
      const height = (fontPt: number): number => segments.reduce((sum, s) => sum + this.segmentHeight(s, box.w, fontPt), 0) + GAP * Math.max(0, segments.length - 1);
      while (size > sizes.min && height(size) > box.h) size -= 0.5;
      return size;
    };
    const fontPt = Math.min(fitOf(left, leftBox), fitOf(right, rightBox));
    const shared: Sizes = { base: fontPt, min: Math.min(fontPt, sizes.min) };
    return [...this.stack(left, leftBox, shared, 'left'), ...this.stack(right, rightBox, shared, 'right')];
  }

  /** A quotation large in a tinted box with a rule, the attribution below it, muted. */
  private quote(blocks: Block[], region: Box, sizes: Sizes): Shape[] {
    const quoteIndex = blocks.findIndex((b) => b.kind === 'quote');
    const quoteBlock = blocks[quoteIndex]!;
    const rest = blocks.filter((_, i) => i !== quoteIndex);
    const quoteParagraphs = textParagraphs([quoteBlock], this.palette);
    const restParagraphs = textParagraphs(rest, this.palette).map((p) => ({ ...p, color: this.palette.muted, scale: 0.6 }));
    const restHeight = restParagraphs.length > 0 ? textHeight(measure(restParagraphs), region.w - 2 * INSET, sizes.base * 0.8) + 2 * INSET : 0;
    const room = region.h - restHeight - (restHeight > 0 ? GAP : 0);
    const quoteFit = fitText(measure(quoteParagraphs), { width: region.w - 0.5, height: room - 0.5 }, sizes.base, sizes.min);
    const quoteHeight = Math.min(room, quoteFit.height + 0.6);
    const quoteBox: Box = { ...region, y: region.y + (room - quoteHeight) / 2, h: quoteHeight };
    const shapes: Shape[] = [{ ...this.textShape('Quotation', quoteBox, quoteParagraphs, sizes, undefined), fill: this.palette.surface, leftRule: this.palette.accent, valign: 'middle' }];
    if (restParagraphs.length > 0) {
      shapes.push(this.textShape('Attribution', { ...region, y: quoteBox.y + quoteBox.h + GAP, h: restHeight }, restParagraphs, { base: sizes.base, min: sizes.min }, 'body'));
    }
    return shapes;
  }

  /** Dated events on a vertical rule: a marker, the date (the item's leading bold text) and the event, each editable. */
  private timeline(items: ListItem[], region: Box, sizes: Sizes): Shape[] {
    const events = items.filter((i) => i.level === 0).map((item) => splitDate(item.runs));
    const dateWidth = Math.min(3, region.w * 0.28);
    const textX = region.x + 0.5 + dateWidth + 0.2;
    const textWidth = region.x + region.w - textX;
    const rowHeight = (event: DatedEvent, fontPt: number): number =>
      Math.max(
        textHeight([{ text: runsText(event.date), scale: 1, indent: 0, spaceBefore: 0, bold: true }], dateWidth - 2 * INSET, fontPt),
        textHeight([{ text: runsText(event.text), scale: 1, indent: 0, spaceBefore: 0 }], textWidth - 2 * INSET, fontPt),
      ) + 2 * INSET;
    const total = (fontPt: number): number => events.reduce((sum, e) => sum + rowHeight(e, fontPt) + GAP, -GAP);
    let fontPt = sizes.base;
    while (fontPt > sizes.min && total(fontPt) > region.h) fontPt -= 0.5;
    if (total(fontPt) > region.h + 0.01) this.overflow('the timeline', fontPt);
    const spare = Math.max(0, region.h - total(fontPt));
    const gap = GAP + (events.length > 1 ? Math.min(0.35, spare / (events.length - 1)) : 0);
    const shapes: Shape[] = [];
    const ruleX = region.x + 0.2;
    let y = region.y;
    const rows: { y: number; h: number }[] = events.map((event) => {
      const h = rowHeight(event, fontPt);
      const row = { y, h };
      y += h + gap;
      return row;
    });
    const lastRow = rows.at(-1);
    if (lastRow) shapes.push({ kind: 'line', box: { x: ruleX, y: region.y + 0.1, w: 0, h: lastRow.y + 0.2 - region.y }, line: { color: this.palette.accent, width: 2.5 } });
    events.forEach((event, index) => {
      const row = rows[index]!;
      const dot = 0.2;
      const markerY = row.y + INSET + (fontPt * 1.2) / 144 - dot / 2;
      shapes.push({ kind: 'ellipse', box: { x: ruleX - dot / 2, y: markerY, w: dot, h: dot }, fill: this.palette.background, line: { color: this.palette.accent, width: 2.25 } });
      if (event.date.length > 0) {
        shapes.push({ kind: 'text', name: `Date ${index + 1}`, box: { x: region.x + 0.5, y: row.y, w: dateWidth, h: row.h }, paragraphs: [{ runs: toRuns(event.date, this.palette), bold: true }], fontPt, color: this.palette.accent, valign: 'top' });
      }
      shapes.push({ kind: 'text', name: `Event ${index + 1}`, box: { x: event.date.length > 0 ? textX : region.x + 0.5, y: row.y, w: event.date.length > 0 ? textWidth : region.w - 0.5, h: row.h }, paragraphs: [{ runs: toRuns(event.text, this.palette) }], fontPt, color: this.palette.text, valign: 'top' });
    });
    return shapes;
  }

  private textShape(name: string, box: Box, paragraphs: TextParagraph[], sizes: Sizes, placeholder: 'body' | undefined): TextShape {
    const fit = fitText(measure(paragraphs), inner(box), sizes.base, sizes.min);
    if (!fit.fits) this.overflow(`the ${name.toLowerCase()}`, fit.fontPt);
    return { kind: 'text', name, box, ...(placeholder ? { placeholder } : {}), paragraphs, fontPt: fit.fontPt, color: this.palette.text, valign: 'top' };
  }
}

type Segment =
  | { kind: 'text'; blocks: Block[] }
  | Extract<Block, { kind: 'table' }>
  | Extract<Block, { kind: 'code' }>
  | Extract<Block, { kind: 'diagram' }>
  | Extract<Block, { kind: 'picture' }>;

/** Consecutive text blocks share one frame; tables, code and diagrams stand alone. */
function segmentsOf(blocks: readonly Block[]): Segment[] {
  const segments: Segment[] = [];
  for (const block of blocks) {
    if (block.kind === 'table' || block.kind === 'code' || block.kind === 'diagram' || block.kind === 'picture') segments.push(block);
    else if (block.kind === 'columns') segments.push(...segmentsOf(block.columns.flat()));
    else {
      const last = segments.at(-1);
      if (last?.kind === 'text') last.blocks.push(block);
      else segments.push({ kind: 'text', blocks: [block] });
    }
  }
  return segments;
}

/** Text blocks as paragraphs: list items keep their level and numbering, sub-headings are bold, quotes italic. */
export function textParagraphs(blocks: readonly Block[], palette: Palette): TextParagraph[] {
  const out: TextParagraph[] = [];
  for (const block of blocks) {
    const spaceBefore = out.length === 0 ? 0 : 0.45;
    switch (block.kind) {
      case 'paragraph':
        out.push({ runs: toRuns(block.runs, palette), spaceBefore });
        break;
      case 'heading':
        out.push({ runs: toRuns(block.runs, palette), bold: true, scale: 1.05, spaceBefore, color: palette.heading });
        break;
      case 'list':
        block.items.forEach((item, i) => {
          const restart = item.ordered && item.number !== undefined && (i === 0 || block.items[i - 1]!.level < item.level) && item.number !== 1;
          out.push({
            runs: toRuns(item.runs, palette), level: item.level,
            ...(item.ordered ? { numbered: true } : {}), ...(restart ? { numberStart: item.number } : {}),
            scale: item.level > 0 ? 0.85 : 1, spaceBefore: i === 0 ? spaceBefore : item.level > 0 ? 0.15 : 0.4,
          });
        });
        break;
      case 'quote':
        block.paragraphs.forEach((runs, i) => out.push({ runs: toRuns(runs, palette), italic: true, spaceBefore: i === 0 ? spaceBefore : 0.3 }));
        break;
      case 'code':
        out.push({ runs: [{ text: block.text, code: true }], spaceBefore });
        break;
      case 'table':
      case 'diagram':
      case 'picture':
      case 'columns':
        break;
    }
  }
  return out;
}

/** Source facts as paragraphs: the label muted and bold, then the value (linked when it is a web address), `scale` of the body. */
function factParagraphs(facts: readonly SourceFact[], palette: Palette, scale: number): TextParagraph[] {
  return facts.map((fact, index) => ({
    runs: [
      { text: `${fact.label}: `, bold: true, color: palette.muted },
      { text: fact.value, ...(fact.link !== undefined ? { link: fact.link, color: palette.link } : {}) },
    ],
    scale,
    spaceBefore: index === 0 ? 0.9 : 0.12,
  }));
}

/** Markdown runs as PowerPoint runs: line breaks move onto the next run; links take the theme's link colour. */
export function toRuns(runs: readonly Run[], palette: Palette): TextRun[] {
  const out: TextRun[] = [];
  let breakNext = false;
  for (const run of runs) {
    if (run.lineBreak) {
      breakNext = true;
      continue;
    }
    out.push({
      text: run.text,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italic: true } : {}),
      ...(run.code ? { code: true } : {}),
      ...(run.link !== undefined ? { link: run.link, color: palette.link } : {}),
      ...(run.cite ? { cite: run.cite, color: palette.muted } : {}),
      ...(breakNext ? { breakBefore: true } : {}),
    });
    breakNext = false;
  }
  return out;
}

interface DatedEvent {
  date: Run[];
  text: Run[];
}

/** `**1 May** — text`: the leading bold runs are the date, the dash after them is dropped. */
function splitDate(runs: Run[]): DatedEvent {
  const count = runs.findIndex((r) => !r.bold);
  if (count <= 0) return { date: [], text: runs };
  const text = runs.slice(count);
  const first = text[0];
  if (first) text[0] = { ...first, text: first.text.replace(/^\s*[—–:-]?\s*/, '') };
  return { date: runs.slice(0, count), text: text.filter((r) => r.text !== '' || r.cite || r.lineBreak) };
}

function inner(box: Box): { width: number; height: number } {
  return { width: box.w - 2 * INSET, height: box.h - 2 * 0.05 };
}

function tableFont(fontPt: number): number {
  return Math.max(10, Math.round(fontPt * 0.7 * 2) / 2);
}

function codeFont(fontPt: number): number {
  return Math.max(9, Math.round(fontPt * 0.65 * 2) / 2);
}

/** The picture at its aspect ratio, as large as the box allows, centred. */
function fitPicture(picture: Pick<Picture, 'width' | 'height'>, box: Box): Box {
  const aspect = picture.width / picture.height;
  let w = box.w;
  let h = w / aspect;
  if (h > box.h) {
    h = box.h;
    w = h * aspect;
  }
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
