// Reads a .pptx back for tests: per slide its layout name, title, paragraphs (text, level), runs, tables, pictures, links and notes.

import JSZip from 'jszip';
import { DOMParser } from 'linkedom';

export interface ReadParagraph {
  text: string;
  /** `lvl` of the paragraph; undefined when the paragraph has no bullet. */
  level?: number;
  bullet: boolean;
  /** Colour of the bullet or number, when set. */
  bulletColour?: string;
  /** `startAt` of a numbered paragraph. */
  numberStart?: number;
  /** `size`: the run's font size in points, when it sets one. */
  runs: { text: string; bold: boolean; italic: boolean; superscript: boolean; font?: string; size?: number; link?: string }[];
}

export interface ReadShape {
  name: string;
  placeholder?: string;
  paragraphs: ReadParagraph[];
}

export interface ReadSlide {
  layout: string;
  /** The slide's own background colour, when it sets one. */
  background?: string;
  title?: string;
  shapes: ReadShape[];
  /** Text of table cells, row by row. */
  tables: string[][][];
  pictures: { descr: string; png: Uint8Array; svg?: string; hasSvgBlip: boolean }[];
  notes: string[];
}

export interface ReadPptx {
  slides: ReadSlide[];
  /** PowerPoint section names, in order. */
  sections: string[];
  /** Slide size in EMU. */
  size: { cx: number; cy: number };
  files: string[];
}

type XmlElement = { getAttribute(name: string): string | null; getElementsByTagName(name: string): ArrayLike<XmlElement>; textContent: string | null; parentNode: unknown };

function xml(text: string): { getElementsByTagName(name: string): ArrayLike<XmlElement> } {
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as { getElementsByTagName(name: string): ArrayLike<XmlElement> };
}

function all(node: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, tag: string): XmlElement[] {
  return Array.from(node.getElementsByTagName(tag));
}

/** Relationship id → target, and target mode, of one part. */
async function rels(zip: JSZip, part: string): Promise<Map<string, string>> {
  const file = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const text = await zip.file(file)?.async('string');
  if (!text) return new Map();
  return new Map(all(xml(text), 'Relationship').map((r) => [r.getAttribute('Id') ?? '', r.getAttribute('Target') ?? '']));
}

function resolve(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
}

export async function readPptx(bytes: Uint8Array): Promise<ReadPptx> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const presentation = xml(await zip.file('ppt/presentation.xml')!.async('string'));
  const sldSz = all(presentation, 'p:sldSz')[0]!;
  const presentationRels = await rels(zip, 'ppt/presentation.xml');
  const order = all(presentation, 'p:sldId').map((s) => resolve('ppt/presentation.xml', presentationRels.get(s.getAttribute('r:id') ?? '') ?? ''));
  const slides: ReadSlide[] = [];
  for (const part of order) {
    const doc = xml(await zip.file(part)!.async('string'));
    const links = await rels(zip, part);
    const layoutPart = resolve(part, [...links.values()].find((t) => t.includes('slideLayout')) ?? '');
    const layoutDoc = xml(await zip.file(layoutPart)!.async('string'));
    const layout = all(layoutDoc, 'p:cSld')[0]?.getAttribute('name') ?? '';
    const shapes: ReadShape[] = all(doc, 'p:sp').map((sp) => {
      const placeholder = all(sp, 'p:ph')[0];
      const name = all(sp, 'p:cNvPr')[0]?.getAttribute('name') ?? '';
      const paragraphs = all(sp, 'a:p').map((p): ReadParagraph => {
        const pPr = all(p, 'a:pPr')[0];
        const bullet = pPr !== undefined && (all(pPr, 'a:buChar').length > 0 || all(pPr, 'a:buAutoNum').length > 0);
        const runs = all(p, 'a:r').map((r) => {
          const rPr = all(r, 'a:rPr')[0];
          const link = rPr ? all(rPr, 'a:hlinkClick')[0] : undefined;
          const linkTarget = link ? (link.getAttribute('action')?.includes('hlinksldjump') ? `slide:${resolve(part, links.get(link.getAttribute('r:id') ?? '') ?? '')}` : links.get(link.getAttribute('r:id') ?? '')) : undefined;
          return {
            text: all(r, 'a:t')[0]?.textContent ?? '',
            bold: rPr?.getAttribute('b') === '1',
            italic: rPr?.getAttribute('i') === '1',
            superscript: Number(rPr?.getAttribute('baseline') ?? 0) > 0,
            ...(rPr?.getAttribute('sz') ? { size: Number(rPr.getAttribute('sz')) / 100 } : {}),
            ...(rPr && all(rPr, 'a:latin')[0] ? { font: all(rPr, 'a:latin')[0]!.getAttribute('typeface') ?? '' } : {}),
            ...(linkTarget !== undefined ? { link: linkTarget } : {}),
          };
        });
        const level = pPr?.getAttribute('lvl');
        const start = pPr ? all(pPr, 'a:buAutoNum')[0]?.getAttribute('startAt') : undefined;
        const buClr = pPr ? all(pPr, 'a:buClr')[0] : undefined;
        const bulletColour = buClr ? all(buClr, 'a:srgbClr')[0]?.getAttribute('val') ?? undefined : undefined;
        return { text: runs.map((r) => r.text).join(''), bullet, runs, ...(bullet ? { level: level ? Number(level) : 0 } : {}), ...(start ? { numberStart: Number(start) } : {}), ...(bulletColour ? { bulletColour } : {}) };
      }).filter((p) => p.text !== '');
      return { name, ...(placeholder ? { placeholder: placeholder.getAttribute('type') ?? 'body' } : {}), paragraphs };
    });
    const title = shapes.find((s) => s.placeholder === 'title')?.paragraphs.map((p) => p.text).join('\n');
    const tables = all(doc, 'a:tbl').map((t) => all(t, 'a:tr').map((tr) => all(tr, 'a:tc').map((tc) => all(tc, 'a:t').map((x) => x.textContent ?? '').join(''))));
    const pictures = [];
    for (const pic of all(doc, 'p:pic')) {
      const blip = all(pic, 'a:blip')[0]!;
      const svgBlip = all(pic, 'asvg:svgBlip')[0];
      const pngPart = resolve(part, links.get(blip.getAttribute('r:embed') ?? '') ?? '');
      const svgPart = svgBlip ? resolve(part, links.get(svgBlip.getAttribute('r:embed') ?? '') ?? '') : undefined;
      pictures.push({
        descr: all(pic, 'p:cNvPr')[0]?.getAttribute('descr') ?? '',
        png: await zip.file(pngPart)!.async('uint8array'),
        ...(svgPart ? { svg: await zip.file(svgPart)!.async('string') } : {}),
        hasSvgBlip: svgBlip !== undefined,
      });
    }
    const notesTarget = [...links.values()].find((t) => t.includes('notesSlide'));
    let notes: string[] = [];
    if (notesTarget) {
      const notesDoc = xml(await zip.file(resolve(part, notesTarget))!.async('string'));
      const body = all(notesDoc, 'p:sp').find((sp) => all(sp, 'p:ph')[0]?.getAttribute('type') === 'body');
      notes = body ? all(body, 'a:p').map((p) => all(p, 'a:t').map((t) => t.textContent ?? '').join('')) : [];
    }
    const bg = all(doc, 'p:bg')[0];
    const background = bg ? all(bg, 'a:srgbClr')[0]?.getAttribute('val') ?? undefined : undefined;
    slides.push({ layout, ...(background ? { background } : {}), ...(title !== undefined ? { title } : {}), shapes, tables, pictures, notes });
  }
  const sections = all(presentation, 'p14:section').map((section) => section.getAttribute('name') ?? '');
  return { slides, sections, size: { cx: Number(sldSz.getAttribute('cx')), cy: Number(sldSz.getAttribute('cy')) }, files };
}

/** Each zip entry's compression method (0 stored, 8 deflated), read from the zip's central directory. */
export function compressionMethods(bytes: Uint8Array): Map<string, number> {
  const data = Buffer.from(bytes);
  // The end-of-central-directory record closes the file (no zip comment here): entry count at +10, directory offset at +16.
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const methods = new Map<string, number>();
  let at = data.readUInt32LE(end + 16);
  for (let entry = 0; entry < data.readUInt16LE(end + 10); entry++) {
    const nameLength = data.readUInt16LE(at + 28);
    methods.set(data.toString('utf8', at + 46, at + 46 + nameLength), data.readUInt16LE(at + 10));
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return methods;
}
