// A raw `<section>` written inside a slide: exported in a real browser, the slide stays one page with its id, and the PDF holds as many pages as the deck has slides.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfExporter } from '../../src/export/pdf.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { buildDeckAt, tempDir } from '../helpers/build.js';
import { startBrowser } from '../helpers/browser.js';
import { loadPdf, pagesText } from './helpers.js';

const DECK = `---
title: Raw sections
---
# Raw sections

---
id: wrapped
---
## A slide with a section of its own

<section data-state="inner">
<p>Inside the raw section</p>
</section>

---
id: after
---
## The slide after it
`;

describe('a raw <section> inside a slide, exported', () => {
  let work: string;
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    work = tempDir('raw-section-export');
    const deckDir = path.join(work, 'slides');
    mkdirSync(deckDir, { recursive: true });
    writeFileSync(path.join(deckDir, 'deck.md'), DECK);
    const [dist, started] = await Promise.all([buildDeckAt(deckDir, path.join(work, 'dist')), startBrowser()]);
    browser = started;
    server = await serveStatic(dist);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('prints three pages for three slides, the section’s text on its own slide’s page', async () => {
    const out = path.join(work, 'deck.pdf');
    const result = await pdfExporter.run({ browser, url: server.url, progress: () => undefined, deckFolder: 'slides' }, { out, fragments: false, notes: 'none', size: '16:9' });
    expect(result.count).toBe(3);
    expect((await loadPdf(readFileSync(out))).getPageCount()).toBe(3);
    const texts = pagesText(out);
    expect(texts[1]).toContain('A slide with a section of its own');
    expect(texts[1]).toContain('Inside the raw section');
    expect(texts[2]).toContain('The slide after it');
  });
});
