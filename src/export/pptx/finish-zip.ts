// Finishes the file pptxgenjs wrote (a zip of XML): the real PNG fallback behind each SVG picture (pptxgenjs has
// none in Node), one paragraph-properties element per paragraph (pptxgenjs writes one before every run, which
// drops bullets after the first run and is not valid DrawingML), bullets in the theme's accent, the code face
// marked fixed-pitch, and the notes pane as one paragraph per line; media compressed already is stored, the XML deflated.

import JSZip from 'jszip';
import { escapeRegExp } from '../../article/text.js';
import { escapeHtml } from '../../render/escape-html.js';
import type { WrittenPptx } from './write-pptx.js';

export interface FinishOptions {
  /** List markers and numbers take the theme's accent, as in the HTML deck. */
  bulletColour?: string;
  /** The face code runs name; it is marked fixed-pitch, so a viewer that lacks it substitutes a monospace face. */
  codeFont?: string;
}

export async function finishPptx(written: WrittenPptx, options: FinishOptions = {}): Promise<Uint8Array> {
  const { bulletColour, codeFont } = options;
  const zip = await JSZip.loadAsync(written.bytes);
  for (const [slideIndex, pictures] of written.pictures.entries()) {
    for (const [pictureIndex, picture] of pictures.entries()) {
      // pptxgenjs names an SVG's two media files image-<slide>-<n>.png (the preview) and image-<slide>-<n+1>.svg.
      const base = `ppt/media/image-${slideIndex + 1}-${picture.media}`;
      if (!zip.file(`${base}.png`) || !zip.file(`ppt/media/image-${slideIndex + 1}-${picture.media + 1}.svg`)) {
        throw new Error(`the PowerPoint writer did not store picture ${pictureIndex + 1} of slide ${slideIndex + 1} where expected (${base}.png)`);
      }
      zip.file(`${base}.png`, picture.png);
    }
  }
  for (const file of Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))) {
    const parts = singleParagraphProperties(await zip.file(file)!.async('string'));
    const xml = codeFont ? fixedPitch(parts, codeFont) : parts;
    // pptxgenjs has no bullet colour; <a:buClr> goes just before the bullet size, where DrawingML orders it.
    zip.file(file, bulletColour ? xml.replaceAll('<a:buSzPct ', `<a:buClr><a:srgbClr val="${bulletColour}"/></a:buClr><a:buSzPct `) : xml);
  }
  await replaceNotes(zip, written.notes);
  await storeCompressedMedia(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** PNG, JPEG and GIF data is compressed already: deflating it again costs time and saves a few per cent, so it is stored as is. */
const COMPRESSED_MEDIA = /^ppt\/media\/[^/]+\.(?:png|jpe?g|gif)$/i;

async function storeCompressedMedia(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => COMPRESSED_MEDIA.test(n))) {
    zip.file(name, await zip.file(name)!.async('uint8array'), { compression: 'STORE' });
  }
}

const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** Keeps a paragraph's first `<a:pPr>` when it opens the paragraph, and drops the ones pptxgenjs put before later runs. */
export function singleParagraphProperties(xml: string): string {
  return xml.replace(PARAGRAPH, (_whole, inner: string) => {
    let index = 0;
    const kept = inner.replace(PARAGRAPH_PROPERTIES, (properties, offset: number) => (index++ === 0 && offset === 0 ? properties : ''));
    return `<a:p>${kept}</a:p>`;
  });
}

/**
 * pptxgenjs names every face with pitchFamily 34 (variable pitch, sans-serif). The code face gets 49 (fixed pitch,
 * modern), the family PowerPoint and LibreOffice substitute from when the face is not installed.
 */
export function fixedPitch(xml: string, face: string): string {
  const named = new RegExp(`(<a:(?:latin|ea|cs) typeface="${escapeRegExp(escapeHtml(face))}" pitchFamily=")34"`, 'g');
  return xml.replace(named, (_whole, head: string) => `${head}49"`);
}

/** Each notes slide holds its marker in one paragraph; that paragraph becomes one paragraph per notes line. */
async function replaceNotes(zip: JSZip, notes: WrittenPptx['notes']): Promise<void> {
  const files = Object.keys(zip.files).filter((file) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(file));
  const byMarker = new Map(notes.map((n) => [n.marker, n.paragraphs]));
  const found = new Set<string>();
  for (const file of files) {
    const xml = await zip.file(file)!.async('string');
    const marker = [...byMarker.keys()].find((m) => xml.includes(`<a:t>${m}</a:t>`));
    if (marker === undefined) continue;
    const at = xml.indexOf(`<a:t>${marker}</a:t>`);
    const start = xml.lastIndexOf('<a:p>', at);
    const end = xml.indexOf('</a:p>', at) + '</a:p>'.length;
    zip.file(file, xml.slice(0, start) + notesXml(byMarker.get(marker)!) + xml.slice(end));
    found.add(marker);
  }
  const lost = notes.find((n) => !found.has(n.marker));
  if (lost) throw new Error(`the PowerPoint writer did not store the speaker notes ${lost.marker}`);
}

function notesXml(paragraphs: readonly string[]): string {
  return paragraphs
    .map((text) => {
      const label = text === 'Source:';
      return text === ''
        ? '<a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p>'
        : `<a:p><a:r><a:rPr lang="en-US" dirty="0"${label ? ' b="1"' : ''}/><a:t>${escapeHtml(text)}</a:t></a:r></a:p>`;
    })
    .join('');
}
