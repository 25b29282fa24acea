// Leave-behinds in a real browser: handouts with one, two, three or six slides a page, and the one-page summary — page counts and text.

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/site/build-deck.js';
import { gridHandoutExporter, handoutExporter } from '../../src/export/handout.js';
import type { PdfOptions } from '../../src/export/pdf.js';
import { summaryExporter } from '../../src/export/summary.js';
import type { ExportContext } from '../../src/export/types.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { startBrowser } from '../helpers/browser.js';
import { linkUris, loadPdf, pagesText } from './helpers.js';

/** The briefing slides a summary draws on, after the four slides of the `cited` fixture. */
const BRIEFING_SLIDES = `---
id: bottom-line
section: bottom-line
---
## Hardier trees, later harvests

Growers are replacing frost-prone trees; the harvest will not show it before the end of the decade [@p1, p3].

---
id: judgements
section: key-judgements
---
## Key judgements

- More than half the growers now plant a frost-hardy variety [@p1]
- The authors expect no change in harvest figures for four to six years [@p3]

---
id: questions
section: open-questions
---
## Questions to ask

- Will the frost insurance scheme stay open long enough? [@p4]

---
id: watch
section: what-to-watch
---
## What to watch

- The next survey, two years from now [@p1]
`;

const TITLES = ['Orchard survey brief', 'What the survey found', 'What the authors advise', 'Sources', 'Hardier trees, later harvests', 'Key judgements', 'Questions to ask', 'What to watch'];

async function serveDeck(work: string, extra: string): Promise<{ server: StaticServer; dist: string }> {
  const deckDir = path.join(work, 'slides');
  cpSync(path.join(FIXTURE_DECKS, 'cited'), deckDir, { recursive: true });
  writeFileSync(path.join(deckDir, '02-briefing.md'), extra);
  const dist = path.join(work, 'dist');
  await buildDeck({ cwd: work, deckDir, outDir: dist, base: './' });
  return { server: await serveStatic(dist), dist };
}

describe('leave-behinds', () => {
  let browser: Browser;
  let server: StaticServer;
  let context: ExportContext;
  let work: string;
  const progress: string[] = [];
  const options = (name: string, overrides: Partial<PdfOptions> = {}): PdfOptions => ({ out: path.join(work, 'out', name), fragments: false, notes: 'none', size: 'a4', ...overrides });

  beforeAll(async () => {
    work = tempDir('leave-behind');
    [browser, { server }] = await Promise.all([startBrowser(), serveDeck(work, BRIEFING_SLIDES)]);
    context = { browser, url: server.url, progress: (line) => progress.push(line), deckFolder: '' };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    [2, 4],
    [3, 3],
    [6, 2],
  ] as const)('puts %i slides on each portrait A4 page (%i pages for 8 slides), each captioned with its number and title', async (perPage, pages) => {
    const file = options(`handout-${perPage}.pdf`).out;
    const result = await gridHandoutExporter.run(context, { ...options(`handout-${perPage}.pdf`), perPage });
    expect(result.count).toBe(pages);
    const pdf = await loadPdf(readFileSync(file));
    expect(pdf.getPages().map((page) => [Math.round(page.getWidth()), Math.round(page.getHeight())])).toEqual(Array(pages).fill([595, 842]));
    const texts = pagesText(file);
    expect(texts).toHaveLength(pages);
    TITLES.forEach((title, index) => {
      const onPage = texts[Math.floor(index / perPage)]!;
      // The caption (number, title) and the slide's own heading, drawn as text.
      expect(onPage, title).toMatch(new RegExp(`${index + 1}\\s+${title}`));
    });
    expect(texts.join('')).not.toMatch(/no (speaker )?notes/i);
    // A drawn slide keeps no links, and none of the slides' links to the export's temporary server rides along unused.
    expect(linkUris(pdf)).toEqual([]);
    // Speaker notes are not part of an N-up handout.
    expect(texts.join('')).not.toContain('The numbers come from the survey itself');
  });

  it('prints the slide above its notes one to a page, and nothing where a slide has no notes', async () => {
    const file = options('handout-1.pdf').out;
    const result = await handoutExporter.run(context, options('handout-1.pdf', { notes: 'handout' }));
    expect(result.count).toBe(8);
    const texts = pagesText(file);
    expect(texts[1]).toContain('The numbers come from the survey itself [p1]');
    expect(texts.join('')).not.toMatch(/no (speaker )?notes/i);
    expect(linkUris(await loadPdf(readFileSync(file))).filter((uri) => uri.startsWith(server.url))).toEqual([]);
  });

  it('writes a one-page summary: bottom line, key points, questions, what to watch and the source, without notes', async () => {
    const file = options('summary.pdf').out;
    const result = await summaryExporter.run(context, options('summary.pdf'));
    expect(result.count).toBe(1);
    expect(result.warnings).toEqual([]);
    const [text] = pagesText(file);
    const flat = text!.replace(/\s+/g, ' ');
    const order = ['Orchard survey brief', 'BOTTOM LINE', 'Growers are replacing frost-prone trees', 'KEY POINTS', 'More than half the growers now plant a frost-hardy variety [p1]', 'QUESTIONS TO ASK', 'Will the frost insurance scheme stay open long enough? [p4]', 'WHAT TO WATCH', 'The next survey, two years from now [p1]', 'SOURCE', 'Orchards on the Move: What the New Survey Says'];
    const positions = order.map((piece) => flat.indexOf(piece));
    expect(positions.every((at) => at >= 0), JSON.stringify(Object.fromEntries(order.map((piece, i) => [piece, positions[i]])))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // With key judgements written, the other sections' bullets stay on their slides.
    expect(flat).not.toContain('412 growers this spring');
    expect(flat).not.toContain('The numbers come from the survey itself');
  });

  it('keeps a long deck to one page, leaving points out with a warning', async () => {
    const longWork = tempDir('leave-behind-long');
    // Seventy different questions (no two share their wording, so none is a repeat the summary would say once).
    const name = (n: number): string => Array.from(n.toString(26), (digit) => 'bcdfghjklmnpqrstvwxzaeiouy'[parseInt(digit, 26)]).join('');
    const question = (i: number): string => Array.from({ length: 8 }, (_, k) => `${name(i * 8 + k + 26)}ard`).join(' ');
    const questions = Array.from({ length: 70 }, (_, i) => `- Question ${i + 1}: will the ${question(i)} scheme stay open? [@p4]`).join('\n');
    const long = await serveDeck(longWork, `${BRIEFING_SLIDES}\n---\nid: more-questions\nsection: open-questions\n---\n## More questions\n\n${questions}\n`);
    try {
      const out = path.join(longWork, 'summary.pdf');
      const result = await summaryExporter.run({ ...context, url: long.server.url }, { ...options('unused.pdf'), out });
      expect(result.count).toBe(1);
      expect(result.warnings).toEqual([expect.objectContaining({ code: 'summary-too-long', message: expect.stringMatching(/^the summary left out \d+ points to fit on one page$/) })]);
      const [text] = pagesText(out);
      expect(text).toContain('Question 1:');
      expect(text).not.toContain('Question 70:');
      expect(text).toContain('Orchards on the Move');
    } finally {
      await long.server.close();
      rmSync(longWork, { recursive: true, force: true });
    }
  });
});
