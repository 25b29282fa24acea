// A raw `<section>` written inside a slide: exported in a real browser, the slide stays one page with its id, and the PDF holds as many pages as the deck has slides.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfExporter } from '../../src/export/pdf.js';
import { tempDir } from '../helpers/build.js';
import { loadPdf, pagesText, serveFixture, type ServedFixture } from './helpers.js';

describe('a raw <section> inside a slide, exported', () => {
  let fixture: ServedFixture;

  beforeAll(async () => {
    fixture = await serveFixture('raw-section');
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('prints three pages for three slides, the section’s text on its own slide’s page', async () => {
    const out = path.join(tempDir('raw-section-export'), 'deck.pdf');
    const result = await pdfExporter.run(fixture.context, { out, fragments: false, notes: 'none', size: '16:9' });
    expect(result.count).toBe(3);
    expect((await loadPdf(readFileSync(out))).getPageCount()).toBe(3);
    const texts = pagesText(out);
    expect(texts[1]).toContain('A slide with a section of its own');
    expect(texts[1]).toContain('Inside the raw section');
    expect(texts[2]).toContain('The slide after it');
  });
});
