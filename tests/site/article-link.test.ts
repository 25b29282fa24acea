// A slide's link to the deck's own article is decided where local files are collected: it opens the published copy
// (or the source page when no copy is published) and is never a file of its own to publish.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load-site.js';
import { ASSET_MARKER_PREFIX } from '../../src/assets/asset-url.js';
import { tempTree } from '../helpers/build.js';
import { htmlDocument } from '../helpers/dom.js';

const ARTICLE = 'Orchards\n\nA survey.\n\nGrowers planted more trees this spring.\n\nLate frosts cost a quarter of the harvest.\n';

function deckText(article: string, link: string): string {
  return [
    '---', 'title: Linked', `article: ${article}`, '---', '# Linked', '', 'Trees were planted [@p1].', '',
    '---', 'id: sources', 'layout: sources', '---', '## Sources', '',
    `- [The survey](${link}#p2) and <a href="${link}">the same, in HTML</a>`,
    '- [A table](data/table.csv)', '',
  ].join('\n');
}

async function linksOf(files: Record<string, string>, deckFolder = 'slides'): Promise<{ hrefs: string[]; assets: string[]; briefingHrefs: string[] }> {
  const root = tempTree('article-link', files);
  const { site, diagnostics } = await loadSite({ deckDir: path.join(root, deckFolder), themes: ['briefing'], displayRoot: root });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const hrefs = (html: string): string[] => [...htmlDocument(html).querySelectorAll('#sources a')].map((a) => a.getAttribute('href')!);
  return { hrefs: hrefs(site.deck.html), assets: [...site.assets.keys()], briefingHrefs: site.briefings.flatMap((b) => hrefs(b.deck.html)) };
}

describe('a link to the deck\'s article', () => {
  it('opens the published copy from the deck page and from briefing pages, and is not an asset', async () => {
    const found = await linksOf({
      'slides/deck.md': deckText('source/survey.txt', 'source/survey.txt'),
      'slides/source/survey.txt': ARTICLE,
      'slides/data/table.csv': 'a,b\n',
      'slides/briefings/short.yaml': 'title: Short\nslides: [sources]\n',
    });
    expect(found.hrefs).toEqual(['source/survey.txt#p2', 'source/survey.txt', `${ASSET_MARKER_PREFIX}slides%2Fdata%2Ftable.csv`]);
    expect(found.briefingHrefs).toEqual(found.hrefs);
    expect(found.assets).toEqual(['slides/data/table.csv']);
  });

  it('is recognised however the slide file reaches it (a slide in a subfolder, ../)', async () => {
    const found = await linksOf({
      'slides/deck.md': deckText('source/survey.txt', 'source/survey.txt'),
      'slides/more/extra.md': ['---', 'id: extra', '---', '## Extra', '', '[Again](../source/survey.txt)', ''].join('\n'),
      'slides/source/survey.txt': ARTICLE,
      'slides/data/table.csv': 'a,b\n',
    });
    expect(found.assets).toEqual(['slides/data/table.csv']);
  });

  it('opens the source page when the copy is not published (the article lies outside the deck folder)', async () => {
    const found = await linksOf({
      'slides/deck.md': deckText('../shared/survey.txt', '../shared/survey.txt'),
      'shared/survey.txt': ARTICLE,
      'slides/data/table.csv': 'a,b\n',
    });
    expect(found.hrefs.slice(0, 2)).toEqual(['source/#p2', 'source/']);
    expect(found.assets).toEqual(['slides/data/table.csv']);
  });
});
