// PNG export: one image per slide, in the normal (presenting) view with every fragment shown, named `NN-<id>.png`.

import type { Page } from 'playwright-core';
import { stageFolder } from './atomic-write.js';
import { openImageView, readDeckInfo } from './deck-page.js';
import { deckSlideSize } from './page-size.js';
import { selectSlides } from './range.js';
import type { ExportContext, Exporter, SlideRef } from './types.js';
import { verifyPngSize } from './verify.js';

export interface PngOptions {
  /** Absolute path of the folder to write the images into (created if missing). */
  outDir: string;
  /** Device pixels per CSS pixel: 1 gives 1280 × 720, 2 gives 2560 × 1440. */
  scale: 1 | 2;
  range?: string;
}

/** `3, 12 slides` → `03-<id>.png`; at least two digits, more when the deck needs them. */
export function pngName(slide: Pick<SlideRef, 'number' | 'id'>, total: number): string {
  const digits = Math.max(2, String(total).length);
  return `${String(slide.number).padStart(digits, '0')}-${slide.id}.png`;
}

const NO_MOTION_CSS = '*, *::before, *::after { transition: none !important; animation: none !important; }';

/** Goes to the slide with all its fragments shown (`Reveal.slide(h, v, lastFragment)`) and waits for a painted frame. */
async function showSlide(page: Page, slide: SlideRef): Promise<void> {
  const current = await page.evaluate(async ({ h, v }) => {
    const section = window.Reveal.getSlide(h, v);
    const indices = Array.from(section?.querySelectorAll('.fragment') ?? [])
      .map((fragment) => Number(fragment.getAttribute('data-fragment-index')))
      .filter((index) => Number.isFinite(index));
    window.Reveal.slide(h, v, indices.length > 0 ? Math.max(...indices) : undefined);
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return window.Reveal.getCurrentSlide()?.id ?? '';
  }, { h: slide.h, v: slide.v });
  if (current !== slide.id) throw new Error(`could not show slide ${slide.number} ("${slide.id}"); reveal.js shows "${current}"`);
}

export const pngExporter: Exporter<PngOptions> = {
  format: 'png',
  async run(context: ExportContext, options: PngOptions) {
    const size = deckSlideSize();
    const [width, height] = [size.width * options.scale, size.height * options.scale];
    const page = await openImageView(context.pages ?? context.browser, context.url, options.scale);
    try {
      const deck = await readDeckInfo(page, context.deckFolder);
      const selected = selectSlides(deck.slides, options.range);
      await page.addStyleTag({ content: NO_MOTION_CSS });
      const staged = await stageFolder(options.outDir);
      try {
        for (const [index, slide] of selected.entries()) {
          context.progress(`rendering slide ${index + 1}/${selected.length} (${slide.id})`);
          await showSlide(page, slide);
          const name = pngName(slide, deck.slides.length);
          const png = await page.screenshot({ type: 'png' });
          verifyPngSize(png, width, height, name);
          await staged.writeFile(name, png);
        }
      } catch (error) {
        await staged.discard();
        throw error;
      }
      const files = await staged.commit();
      return { files, count: files.length, warnings: [], summary: `${files.length} PNG image${files.length === 1 ? '' : 's'} of ${width} × ${height} px` };
    } finally {
      await page.close();
    }
  },
};
