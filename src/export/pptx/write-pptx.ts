// The planned deck written with pptxgenjs: one slide master (layout) per master name in the theme's colours and
// font, with title and body placeholders, banner, footer and slide number; then every slide's shapes.

import { createRequire } from 'node:module';
import type pptxgen from 'pptxgenjs';
import type { DeckMeta } from '../../model/deck.js';
import { sectionTitle } from '../../parse/slug.js';
import { RULED_INSETS, TEXT_INSETS, rightColumn, type Frame, type Insets } from './geometry.js';
import type { Palette } from './palette.js';
import { MASTERS, type Box, type MasterName, type PlannedSlide, type TextRun, type TextShape } from './shapes.js';

export interface WriteInput {
  meta: DeckMeta;
  sourceUrl?: string;
  frame: Frame;
  palette: Palette;
  slides: readonly PlannedSlide[];
  /** 1-based slide number of the Sources slide that lists each paragraph id. */
  sourcesSlideOf: ReadonlyMap<string, number>;
}

/** What the finishing step needs to know about the file pptxgenjs wrote. */
export interface WrittenPptx {
  bytes: Uint8Array;
  /** Per slide (0-based), its diagram pictures in order, each with the number of its PNG preview among the slide's media files. */
  pictures: { slide: number; png: Uint8Array; media: number }[][];
  /** Per slide, the marker its notes placeholder holds and the paragraphs that replace it. */
  notes: { marker: string; paragraphs: string[] }[];
}

/** A master's name in PowerPoint's layout list, e.g. `Briefing · Content`. */
export function masterTitle(palette: Palette, master: MasterName): string {
  const theme = palette.theme.charAt(0).toUpperCase() + palette.theme.slice(1);
  const names: Record<MasterName, string> = { title: 'Title', section: 'Section', content: 'Content', 'two-content': 'Two columns', 'title-only': 'Title only', diagram: 'Diagram' };
  return `${theme} · ${names[master]}`;
}

export function notesMarker(index: number): string {
  return `briefdeck-notes-${index + 1}`;
}

// pptxgenjs's typings put an ES default export in a CommonJS package: loaded through require, the module is the
// class at run time, and its type is the typings' default.
type PptxGenJS = typeof import('pptxgenjs').default;
// eslint-disable-next-line @typescript-eslint/no-namespace -- merges the typings' type names onto the class, as the CommonJS module has them
declare namespace PptxGenJS {
  type TableCell = pptxgen.default.TableCell;
  type TableProps = pptxgen.default.TableProps;
  type SlideMasterProps = pptxgen.default.SlideMasterProps;
  type SlideNumberProps = pptxgen.default.SlideNumberProps;
  type TextPropsOptions = pptxgen.default.TextPropsOptions;
  type TextProps = pptxgen.default.TextProps;
  type HyperlinkProps = pptxgen.default.HyperlinkProps;
}
const PptxGenJS: PptxGenJS = createRequire(import.meta.url)('pptxgenjs');

/** Insets as pptxgenjs takes a text frame's margin: points, in the order left, right, bottom, top. */
export function marginPoints(insets: Insets): [number, number, number, number] {
  return [insets.left, insets.right, insets.bottom, insets.top].map((inches) => Math.round(inches * 72 * 100) / 100) as [number, number, number, number];
}

const inset = marginPoints(TEXT_INSETS);

export async function writePptx(input: WriteInput): Promise<WrittenPptx> {
  const { frame, palette, meta } = input;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: `briefdeck-${frame.size}`, width: frame.width, height: frame.height });
  pptx.layout = `briefdeck-${frame.size}`;
  pptx.title = meta.title;
  // The file's author as the PDF export names it: the briefer, else the deck's author, else the source line.
  const author = meta.briefer ?? meta.author ?? meta.source;
  if (author) pptx.author = author;
  if (meta.subtitle) pptx.subject = meta.subtitle;
  pptx.theme = { headFontFace: palette.font, bodyFontFace: palette.font };
  for (const master of MASTERS) pptx.defineSlideMaster(masterProps(master, input));

  const pictures: WrittenPptx['pictures'] = [];
  const notes: WrittenPptx['notes'] = [];
  // Deck sections become PowerPoint sections (slides before the first named one form an untitled lead section).
  const hasSections = input.slides.some((s) => s.section !== undefined);
  let section: string | undefined;
  input.slides.forEach((planned, index) => {
    const title = planned.section ? sectionTitle(planned.section) : (section ?? 'Opening');
    if (hasSections && (index === 0 || title !== section)) pptx.addSection({ title });
    section = title;
    const slide = pptx.addSlide({ masterName: masterTitle(palette, planned.master), ...(hasSections ? { sectionTitle: title } : {}) });
    if (planned.background) slide.background = { color: planned.background };
    if (planned.backgroundImage) slide.background = { data: `${planned.backgroundImage.mime};base64,${Buffer.from(planned.backgroundImage.image).toString('base64')}` };
    const onSlide: WrittenPptx['pictures'][number] = [];
    // pptxgenjs numbers a slide's media files in order: an SVG takes two (its PNG preview, then the SVG), an image one.
    let media = planned.backgroundImage ? 1 : 0;
    for (const shape of planned.shapes) {
      if (shape.kind === 'text') {
        slide.addText(textProps(shape, input), shapeOptions(shape, palette));
        if (shape.leftRule) slide.addShape('rect', { ...inches(shape.box), w: 0.08, fill: { color: shape.leftRule }, line: { type: 'none' } });
      } else if (shape.kind === 'table') {
        const cell = (runs: TextRun[], header: boolean): PptxGenJS.TableCell => ({
          text: runs.length > 0 ? runProps(runs, { fontPt: shape.fontPt, color: palette.text, bold: header }, input) : '',
          options: { ...(header ? { fill: { color: palette.surface }, bold: true } : {}), valign: 'top' },
        });
        const rows = [...(shape.header.length > 0 ? [shape.header.map((c) => cell(c, true))] : []), ...shape.rows.map((r) => r.map((c) => cell(c, false)))];
        const columns = Math.max(1, ...rows.map((r) => r.length));
        slide.addTable(rows, {
          ...inches(shape.box), h: undefined, colW: Array.from({ length: columns }, () => shape.box.w / columns),
          fontFace: palette.font, fontSize: shape.fontPt, color: palette.text, border: { type: 'solid', pt: 0.75, color: palette.muted }, margin: 0.05, objectName: shape.name,
        } as PptxGenJS.TableProps);
      } else if (shape.kind === 'picture') {
        const { picture } = shape;
        if ('image' in picture) {
          slide.addImage({ data: `${picture.mime};base64,${Buffer.from(picture.image).toString('base64')}`, ...inches(shape.box), altText: picture.alt, objectName: shape.name });
          media += 1;
        } else {
          slide.addImage({ data: `image/svg+xml;base64,${Buffer.from(picture.svg, 'utf8').toString('base64')}`, ...inches(shape.box), altText: picture.alt, objectName: shape.name });
          onSlide.push({ slide: index, png: picture.png, media: media + 1 });
          media += 2;
        }
      } else {
        const type = shape.kind === 'ellipse' ? 'ellipse' : shape.kind === 'line' ? 'line' : 'rect';
        slide.addShape(type, { ...inches(shape.box), ...(shape.fill ? { fill: { color: shape.fill } } : {}), line: shape.line ? { color: shape.line.color, width: shape.line.width } : { type: 'none' } });
      }
    }
    pictures.push(onSlide);
    if (planned.notes.length > 0) {
      slide.addNotes(notesMarker(index));
      notes.push({ marker: notesMarker(index), paragraphs: planned.notes });
    }
  });
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return { bytes, pictures, notes };
}

function masterProps(master: MasterName, input: WriteInput): PptxGenJS.SlideMasterProps {
  const { frame, palette, meta } = input;
  const objects: NonNullable<PptxGenJS.SlideMasterProps['objects']> = [];
  const bannerText = (box: Box): void => {
    objects.push({ rect: { ...inches(box), fill: { color: palette.bannerBackground }, line: { type: 'none' } } });
    objects.push({ text: { text: meta.banner ?? '', options: { ...inches(box), fontFace: palette.font, fontSize: 11, bold: true, color: palette.bannerText, align: 'center', valign: 'middle', margin: 0 } } });
  };
  if (meta.banner && frame.bannerTop && frame.bannerBottom) {
    bannerText(frame.bannerTop);
    bannerText(frame.bannerBottom);
  }
  const footer = [meta.source ? `Source: ${meta.source}` : '', meta.asOf ? `As of ${meta.asOf}` : ''].filter(Boolean).join('   ·   ');
  if (footer) objects.push({ text: { text: footer, options: { ...inches(frame.footer), fontFace: palette.font, fontSize: 11, color: palette.muted, valign: 'middle', margin: 0, fit: 'shrink' } } });
  const title = frame.title[master];
  if (master === 'title' || master === 'section') objects.push({ rect: { x: title.x + 0.1, y: title.y - 0.12, w: 1.1, h: 0.09, fill: { color: palette.accent }, line: { type: 'none' } } });
  if (master !== 'title' && master !== 'section') {
    // The rule under a heading, in the accent colour as the themes draw it.
    objects.push({ rect: { x: title.x + 0.1, y: title.y + title.h + (master === 'diagram' ? 0.02 : 0.06), w: title.w - 0.2, h: 0.035, fill: { color: palette.accent }, line: { type: 'none' } } });
  }
  const titleSize = master === 'title' ? 40 : master === 'section' ? 38 : master === 'diagram' ? 26 : 32;
  objects.push({
    placeholder: {
      options: { name: 'title', type: 'title', ...inches(title), fontFace: palette.font, fontSize: titleSize, bold: true, color: palette.heading, align: 'left', valign: master === 'title' || master === 'section' ? 'bottom' : 'top', margin: inset },
      text: '',
    },
  });
  const body = (name: string, box: Box): void => {
    objects.push({ placeholder: { options: { name, type: 'body', ...inches(box), fontFace: palette.font, fontSize: 24, color: palette.text, valign: 'top', margin: inset }, text: '' } });
  };
  if (master === 'title' || master === 'section' || master === 'content') body('body', frame.body[master]);
  if (master === 'two-content') {
    body('left', frame.body['two-content']);
    body('right', rightColumn(frame));
  }
  return {
    title: masterTitle(palette, master),
    background: { color: palette.background },
    objects,
    slideNumber: { ...inches(frame.slideNumber), fontFace: palette.font, fontSize: 11, color: palette.muted, align: 'right', valign: 'middle', margin: 0 } as PptxGenJS.SlideNumberProps,
  };
}

function shapeOptions(shape: TextShape, palette: Palette): PptxGenJS.TextPropsOptions {
  return {
    ...inches(shape.box),
    ...(shape.placeholder ? { placeholder: shape.placeholder } : {}),
    objectName: shape.name,
    fontFace: shape.font === 'code' ? palette.codeFont : palette.font,
    fontSize: shape.fontPt,
    color: shape.color ?? palette.text,
    valign: shape.valign ?? 'top',
    margin: shape.leftRule ? marginPoints(RULED_INSETS) : inset,
    fit: 'shrink',
    ...(shape.fill ? { fill: { color: shape.fill } } : {}),
  };
}

interface RunContext {
  fontPt: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  scale?: number;
}

function textProps(shape: TextShape, input: WriteInput): PptxGenJS.TextProps[] {
  const props: PptxGenJS.TextProps[] = [];
  shape.paragraphs.forEach((paragraph, index) => {
    const runs = runProps(paragraph.runs.length > 0 ? paragraph.runs : [{ text: '' }], {
      fontPt: shape.fontPt,
      color: paragraph.color ?? shape.color ?? input.palette.text,
      ...(paragraph.bold ? { bold: true } : {}),
      ...(paragraph.italic ? { italic: true } : {}),
      scale: paragraph.scale ?? 1,
    }, input, shape.font === 'code');
    const first = runs[0]!;
    const paragraphOptions: PptxGenJS.TextPropsOptions = {
      ...(paragraph.level !== undefined ? { bullet: paragraph.numbered ? { type: 'number', indent: 34, ...(paragraph.numberStart !== undefined ? { numberStartAt: paragraph.numberStart } : {}) } : { indent: 20 }, indentLevel: paragraph.level } : {}),
      ...(paragraph.spaceBefore ? { paraSpaceBefore: Math.round(paragraph.spaceBefore * shape.fontPt) } : {}),
      align: paragraph.align ?? 'left',
    };
    // pptxgenjs starts a paragraph at every run that has a bullet: paragraph options go on the first run only.
    first.options = { ...first.options, ...paragraphOptions };
    if (index < shape.paragraphs.length - 1) runs.at(-1)!.options = { ...runs.at(-1)!.options, breakLine: true };
    props.push(...runs);
  });
  return props;
}

/** Runs with their formatting; citations become superscript links to the source URL, else to their Sources slide. */
function runProps(runs: readonly TextRun[], context: RunContext, input: WriteInput, code = false): PptxGenJS.TextProps[] {
  return runs.map((run) => {
    const cite = run.cite ? citationLink(run.cite, input) : undefined;
    const link = run.link !== undefined && /^(https?:|mailto:)/i.test(run.link) ? { url: run.link } : undefined;
    return {
      text: run.text,
      options: {
        fontSize: Math.round(context.fontPt * (context.scale ?? 1) * 2) / 2,
        color: run.color ?? context.color,
        fontFace: run.code || code ? input.palette.codeFont : input.palette.font,
        ...(run.bold || context.bold ? { bold: true } : {}),
        ...(run.italic || context.italic ? { italic: true } : {}),
        ...(run.cite ? { superscript: true } : {}),
        ...(run.breakBefore ? { softBreakBefore: true } : {}),
        ...(cite ? { hyperlink: cite } : link ? { hyperlink: link } : {}),
      },
    };
  });
}

function citationLink(ids: readonly string[], input: WriteInput): PptxGenJS.HyperlinkProps | undefined {
  const tooltip = `Source: ${ids.length === 1 ? 'paragraph' : 'paragraphs'} ${ids.join(', ')} of the article`;
  if (input.sourceUrl) return { url: input.sourceUrl, tooltip };
  const slide = ids.map((id) => input.sourcesSlideOf.get(id)).find((n) => n !== undefined);
  return slide !== undefined ? { slide, tooltip } : undefined;
}

function inches(box: Box): { x: number; y: number; w: number; h: number } {
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) };
}
