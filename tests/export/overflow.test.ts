// Slides whose content overflows the slide box are found in print view, reported with id and file:line, and warned about on export.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostic.js';
import { openPrintView } from '../../src/export/deck-page.js';
import { pdfExporter } from '../../src/export/pdf.js';
import { findOverflowingSlides, overflowDiagnostics } from '../../src/export/verify.js';
import { tempDir } from '../helpers/build.js';
import { pagesText, serveFixture, type ServedFixture } from './helpers.js';

const FILE = 'tests/fixtures/decks/export-overflow/01-deck.md';

describe('overflowing slides', () => {
  let fixture: ServedFixture;

  beforeAll(async () => {
    fixture = await serveFixture('export-overflow');
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('finds the slide that does not fit, with its id and source lines, and only that one', async () => {
    const page = await openPrintView(fixture.browser, fixture.server.url, { fragments: false, notes: false });
    try {
      // The page names the file relative to the deck folder; the finding names it from where the command ran.
      expect(await page.locator('#too-long').getAttribute('data-source')).toMatch(/^01-deck\.md:11-\d+$/);
      const found = await findOverflowingSlides(page, fixture.context.deckFolder);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ id: 'too-long', file: FILE, line: 11, element: expect.any(String) });
      expect(found[0]!.source).toMatch(/^tests\/fixtures\/decks\/export-overflow\/01-deck\.md:11-\d+$/);
      expect(found[0]!.bottom).toBeGreaterThan(100);
      expect(found[0]!.right).toBe(0);
      const [diagnostic] = overflowDiagnostics(found, 'error');
      expect(formatDiagnostic(diagnostic!)).toMatch(new RegExp(`^${FILE}:11 error: slide "too-long" \\(${FILE}:11-\\d+\\) does not fit its box: content reaches \\d+ px past the bottom`));
    } finally {
      await page.close();
    }
  });

  it('needs the print view, and says so', async () => {
    const page = await fixture.browser.newPage();
    try {
      await page.setContent('<div class="reveal"><div class="slides"><section id="a" data-source="a.md:1-2"></section></div></div>');
      await expect(findOverflowingSlides(page, '')).rejects.toThrow(/needs the deck in print view/);
    } finally {
      await page.close();
    }
  });

  it('exports anyway, one page per slide, with a warning naming the slide and its file:line', async () => {
    const out = path.join(tempDir('overflow'), 'overflow.pdf');
    const result = await pdfExporter.run(fixture.context, { out, fragments: false, notes: 'none', size: '16:9' });
    expect(result.count).toBe(3);
    expect(result.warnings).toEqual([expect.objectContaining({ severity: 'warning', code: 'slide-overflow', file: FILE, line: 11 })]);
    expect(existsSync(out)).toBe(true);
    const texts = pagesText(out);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain('A slide that is far too long');
    expect(texts[2]).toContain('The end');
  });
});
