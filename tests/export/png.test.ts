// PNG export in the normal view: one image per slide named NN-<id>.png, at 1280 × 720 × scale, all fragments shown.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openImageView } from '../../src/export/deck-page.js';
import { pngExporter } from '../../src/export/png.js';
import { SlideRangeError } from '../../src/export/range.js';
import { pngSize } from '../../src/export/verify.js';
import { tempDir } from '../helpers/build.js';
import { serveFixture, type ServedFixture } from './helpers.js';

const NAMES = ['01-cover.png', '02-alpha.png', '03-beta.png', '04-gamma-top.png', '05-gamma-below.png', '06-closing.png'];

describe('briefdeck export png', () => {
  let fixture: ServedFixture;

  beforeAll(async () => {
    fixture = await serveFixture('export-deck');
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('writes one 1280 × 720 image per slide, named by number and id, with every fragment shown', async () => {
    const outDir = path.join(tempDir('png'), 'images');
    const result = await pngExporter.run(fixture.context, { outDir, scale: 1 });
    expect(readdirSync(outDir).sort()).toEqual(NAMES);
    expect(result.files).toEqual(NAMES.map((name) => path.join(outDir, name)));
    for (const name of NAMES) expect(pngSize(readFileSync(path.join(outDir, name)))).toEqual({ width: 1280, height: 720 });
    expect(fixture.progress).toContain('rendering slide 6/6 (closing)');

    // The same slide in the same view: with no fragment shown it looks different, with all shown it is the same.
    const exported = readFileSync(path.join(outDir, '02-alpha.png'));
    const page = await openImageView(fixture.browser, fixture.server.url, 1);
    try {
      await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
      const shot = async (fragment: number): Promise<Buffer> => {
        await page.evaluate(async (f) => {
          window.Reveal.slide(1, 0, f);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }, fragment);
        return page.screenshot({ type: 'png' });
      };
      expect((await shot(-1)).equals(exported)).toBe(false);
      expect((await shot(1)).equals(exported)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('renders at twice the pixels with scale 2, only for the --range slides', async () => {
    const outDir = path.join(tempDir('png2'), 'images');
    const result = await pngExporter.run(fixture.context, { outDir, scale: 2, range: '3' });
    expect(result.summary).toBe('1 PNG image of 2560 × 1440 px');
    expect(readdirSync(outDir)).toEqual(['03-beta.png']);
    expect(pngSize(readFileSync(path.join(outDir, '03-beta.png')))).toEqual({ width: 2560, height: 1440 });
  });

  it('writes nothing when the range is beyond the deck', async () => {
    const dir = tempDir('png-bad');
    await expect(pngExporter.run(fixture.context, { outDir: path.join(dir, 'images'), scale: 1, range: '7' })).rejects.toThrow(SlideRangeError);
    expect(readdirSync(dir)).toEqual([]);
  });
});
