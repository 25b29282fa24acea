// `briefdeck build --single-file`: one self-contained HTML that presents from file:// with no server.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECK_PAGE_FILE } from '../../src/io/output-formats.js';
import { buildSingleFile } from '../../src/site/build-single-file.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { openRecordedPage, startBrowser, waitForDeck } from '../helpers/browser.js';

describe('single-file build', () => {
  it('inlines script, styles and fonts, and presents from file:// without requests or errors', async () => {
    const outFile = path.join(tempDir('single'), 'deck.html');
    await buildSingleFile({ cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'basic'), outFile });
    const html = readFileSync(outFile, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link rel="stylesheet"|<link rel="preload"/);
    expect(html).toMatch(/<style>[\s\S]*url\(data:font\/woff2;base64,/);
    // So a later build may replace it without --force.
    expect(DECK_PAGE_FILE.recognises?.(outFile)).toBe(true);

    const browser = await startBrowser();
    try {
      const { page, errors, requests } = await openRecordedPage(browser);
      await page.goto(`${pathToFileURL(outFile).href}#/points`);
      await waitForDeck(page);
      expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(5);
      expect(await page.evaluate(() => window.Reveal.getCurrentSlide()?.id)).toBe('points');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.querySelectorAll('#points .fragment.visible').length)).toBe(1);
      expect(await page.evaluate(() => document.fonts.check('16px "Source Sans 3"'))).toBe(true);
      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
