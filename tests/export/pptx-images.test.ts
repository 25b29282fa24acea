// PowerPoint export of the files slides name: images (Markdown and raw HTML, PNG and SVG) as native pictures in ppt/media,
// image backgrounds as slide backgrounds; a missing image stops the export at file:line.

import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPptx, type PptxRequest } from '../../src/export/pptx/export-pptx.js';
import { pngSize } from '../../src/export/verify.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir, tempTree } from '../helpers/build.js';
import { compressionMethods } from './pptx-reader.js';

const DECK = path.join(FIXTURE_DECKS, 'assets');

function request(deckDir: string, out: string): PptxRequest {
  return {
    cwd: KIT_ROOT, deckDir, out, size: '16:9', themesDir: path.join(KIT_ROOT, 'themes'),
    diagramCacheDir: path.join(path.dirname(out), 'cache/diagrams'), mermaid: {}, env: process.env, progress: () => undefined,
  };
}

/** The media files one slide's relationships name, read from the zip. */
async function slideMedia(zip: JSZip, slide: number): Promise<{ target: string; bytes: Uint8Array }[]> {
  const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)!.async('string');
  const targets = [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1]!);
  return Promise.all(targets.map(async (target) => ({ target, bytes: await zip.file(`ppt/media/${target}`)!.async('uint8array') })));
}

describe('export pptx with image files', () => {
  let zip: JSZip;
  let bytes: Uint8Array;
  let summary: string;
  beforeAll(async () => {
    const out = path.join(tempDir('pptx-images'), 'deck.pptx');
    const result = await exportPptx(request(DECK, out));
    summary = result.summary;
    bytes = await readFile(out);
    zip = await JSZip.loadAsync(bytes);
  });

  it('stores a Markdown image as a picture with its bytes and alt text', async () => {
    const media = await slideMedia(zip, 1);
    expect(media).toHaveLength(1);
    expect(Buffer.from(media[0]!.bytes)).toEqual(readFileSync(path.join(DECK, 'map.png')));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(xml).toMatch(/<p:pic>[\s\S]*descr="Region map"/);
    expect(summary).toContain('2 images');
  });

  it('stores an SVG image from raw HTML as SVG with a drawn PNG fallback', async () => {
    const media = await slideMedia(zip, 2);
    const svg = media.find((m) => m.target.endsWith('.svg'));
    const png = media.find((m) => m.target.endsWith('.png'));
    expect(Buffer.from(svg!.bytes).toString('utf8')).toBe(readFileSync(path.join(DECK, 'figures/charts/bars.svg'), 'utf8'));
    // The SVG is 300 × 160: its fallback is drawn at twice that.
    expect(pngSize(png!.bytes)).toEqual({ width: 600, height: 320 });
    expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain('descr="Three bars"');
  });

  it('sets image backgrounds (frontmatter and .slide comment) as slide backgrounds', async () => {
    const [backdrop] = await slideMedia(zip, 3);
    expect(Buffer.from(backdrop!.bytes)).toEqual(readFileSync(path.join(DECK, 'figures/backdrop.png')));
    const [mapBehind] = await slideMedia(zip, 4);
    expect(Buffer.from(mapBehind!.bytes)).toEqual(readFileSync(path.join(DECK, 'map.png')));
    expect(await zip.file('ppt/slides/slide3.xml')!.async('string')).toMatch(/<p:bg><p:bgPr><a:blipFill/);
  });

  it('stores PNG media as is (compressed already) and deflates the XML parts', () => {
    const methods = compressionMethods(bytes);
    const png = [...methods].filter(([name]) => /^ppt\/media\/.*\.png$/.test(name));
    expect(png.length).toBeGreaterThan(1);
    expect(png.map(([, method]) => method)).toEqual(png.map(() => 0));
    expect(methods.get('ppt/slides/slide1.xml')).toBe(8);
    expect([...methods].filter(([name]) => name.endsWith('.svg')).map(([, method]) => method)).toContain(8);
  });

  it('stops at the line of an image that is not there', async () => {
    const root = tempTree('pptx-missing', { 'slides/01.md': '---\ntitle: T\n---\n\n# Cover\n\n![Gone](gone.png)\n' });
    await expect(exportPptx(request(path.join(root, 'slides'), path.join(root, 'x.pptx')))).rejects.toThrow(/slides\/01\.md:7 error: image gone\.png not found next to/);
  });
});
