// The page names each slide's file relative to the deck folder: the same build from any working folder, no local path in it.

import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deckRelativePath, shownFromDeck } from '../../src/render/deck-relative.js';
import { loadSite } from '../../src/site/load-site.js';
import { shownSource } from '../../src/export/verify.js';
import { deckSlideIndex } from '../../src/site/pages.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS } from '../helpers/build.js';
import { htmlDocument } from '../helpers/dom.js';

/** Every `data-source` and `data-source-line` of the deck page and its briefing pages, compiled as if run from `workingFolder`. */
async function sourcesFrom(deck: string, workingFolder: string): Promise<{ deck: string[]; briefings: string[]; diagrams: string[]; outline: string[] }> {
  const { site, diagnostics } = await loadSite({ deckDir: path.join(FIXTURE_DECKS, deck), themes: ['briefing', 'dark'], displayRoot: workingFolder });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const attribute = (html: string, name: string): string[] => [...htmlDocument(html).querySelectorAll(`[${name}]`)].map((element) => element.getAttribute(name)!);
  return {
    deck: attribute(site.deck.html, 'data-source'),
    briefings: site.briefings.flatMap((briefing) => attribute(briefing.deck.html, 'data-source')),
    diagrams: attribute(site.deck.html, 'data-source-line'),
    outline: deckSlideIndex(site.deck).map((entry) => entry.source),
  };
}

describe('data-source', () => {
  it('is relative to the deck folder, whatever the working folder', async () => {
    const fromKit = await sourcesFrom('briefings', KIT_ROOT);
    const fromDeck = await sourcesFrom('briefings', path.join(FIXTURE_DECKS, 'briefings'));
    const fromElsewhere = await sourcesFrom('briefings', os.tmpdir());
    expect(fromDeck).toEqual(fromKit);
    expect(fromElsewhere).toEqual(fromKit);
    expect(fromKit.deck.length).toBeGreaterThan(3);
    for (const source of [...fromKit.deck, ...fromKit.briefings]) expect(source).toMatch(/^(deck\.md|extra\/decision\.md|briefings\/\w+\.yaml(:\d+)?):\d+-\d+$/);
    expect(fromKit.outline).toEqual(fromKit.deck.map((source) => source.replace(/-\d+$/, '')));
    expect(fromKit.briefings).toContainEqual(expect.stringMatching(/^extra\/decision\.md:/));
  });

  it('names diagram lines the same way', async () => {
    const fromKit = await sourcesFrom('diagrams', KIT_ROOT);
    expect(await sourcesFrom('diagrams', os.tmpdir())).toEqual(fromKit);
    expect(fromKit.diagrams.length).toBeGreaterThan(0);
    for (const line of fromKit.diagrams) expect(line).toMatch(/^deck\.md:\d+$/);
  });
});

describe('deck-relative paths', () => {
  it('go from a shown path to the deck folder and back', () => {
    expect(deckRelativePath('slides/deck.md', 'slides')).toBe('deck.md');
    expect(deckRelativePath('deck.md', '')).toBe('deck.md');
    expect(deckRelativePath('other/x.md', 'slides')).toBe('../other/x.md');
    expect(shownFromDeck('deck.md', 'slides')).toBe('slides/deck.md');
    expect(shownFromDeck('../other/x.md', 'slides')).toBe('other/x.md');
    expect(shownFromDeck('deck.md', '')).toBe('deck.md');
  });

  it('turn a data-source back into file:lines the user can open from where the command ran', () => {
    expect(shownSource('deck.md:3-14', 'talks/q3')).toBe('talks/q3/deck.md:3-14');
    expect(shownSource('deck.md:3-14', '..')).toBe('../deck.md:3-14');
    expect(shownSource('deck.md:7', '')).toBe('deck.md:7');
    expect(shownSource('', 'slides')).toBe('');
  });
});
