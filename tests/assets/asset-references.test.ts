// Local files named by slides: found at compile time with file:line, replaced by markers; files checked on disk (missing, outside, symlinks).

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSET_MARKER_PREFIX, replaceAssetMarkers } from '../../src/assets/asset-url.js';
import { compileDeck } from '../../src/compile/compile-deck.js';
import { formatLocation } from '../../src/model/diagnostic.js';
import { resolveAssets } from '../../src/site/resolve-assets.js';
import { htmlDocument } from '../helpers/dom.js';
import { tempDir } from '../helpers/build.js';

const DECK = [
  '---', 'title: Files', '---', '', '# One', '', '![Map](map.png)', '',
  'Read [the report](docs/report.pdf#page=2), [the web](https://example.org/a.png), [a slide](#/two) and [the staff briefing](briefings/staff/).', '',
  '<video src="media/clip.mp4" poster="media/poster.jpg" controls>', '<source src="media/clip.webm" type="video/webm">', '</video>', '',
  '![inline](data:image/png;base64,iVBORw0KGgo=) ![logo](/logo.svg)', '',
  '---', 'id: two', 'background: backs/sky.png', '---', '',
  '## Two', '',
  '<!-- .slide: data-background-video="media/loop.mp4" data-background="#102030" -->', '',
  'Note: Speaker sees ![the map](map.png) too.', '',
].join('\n');

async function compiled(file = 'talk/01.md') {
  const { deck } = await compileDeck([{ file, text: DECK }]);
  return deck;
}

describe('asset references', () => {
  it('records each local file with its kind, the path from the slide file and the line that names it', async () => {
    const deck = await compiled();
    const found = deck.slides.flatMap((s) => s.assets).map((a) => `${a.kind} ${a.path} ${formatLocation({ file: a.file, line: a.line, column: 0 })}`);
    expect(found).toEqual([
      'image talk/map.png talk/01.md:7',
      'file talk/docs/report.pdf talk/01.md:9',
      'video talk/media/clip.mp4 talk/01.md:11',
      'image talk/media/poster.jpg talk/01.md:11',
      'video talk/media/clip.webm talk/01.md:12',
      'background talk/backs/sky.png talk/01.md:17',
      'background talk/media/loop.mp4 talk/01.md:17',
      'image talk/map.png talk/01.md:17',
    ]);
  });

  it('puts markers where local files are named and leaves URLs with a scheme, root paths, fragments and pages alone', async () => {
    const deck = await compiled();
    const doc = htmlDocument(deck.html);
    const one = doc.querySelector('section#one')!;
    expect(one.querySelector('img[alt="Map"]')!.getAttribute('src')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fmap.png`);
    expect(one.querySelector('a[href*="report"]')!.getAttribute('href')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fdocs%2Freport.pdf#page=2`);
    expect(one.querySelector('video')!.getAttribute('poster')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fmedia%2Fposter.jpg`);
    expect(one.querySelector('source')!.getAttribute('src')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fmedia%2Fclip.webm`);
    const links = [...one.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://example.org/a.png');
    expect(links).toContain('#/two');
    expect(links).toContain('briefings/staff/');
    expect(one.querySelector('img[alt="inline"]')!.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(one.querySelector('img[alt="logo"]')!.getAttribute('src')).toBe('/logo.svg');
    const two = doc.querySelector('section#two')!;
    expect(two.getAttribute('data-background-image')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fbacks%2Fsky.png`);
    expect(two.getAttribute('data-background-video')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fmedia%2Floop.mp4`);
    expect(two.getAttribute('data-background')).toBe('#102030');
    expect(two.querySelector('aside.notes img')!.getAttribute('src')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fmap.png`);
  });

  it('replaces markers with what an output places, and keeps a marker it does not know', async () => {
    const deck = await compiled();
    const placed = replaceAssetMarkers(deck.html, (file) => (file === 'talk/map.png' ? './assets/map-123.png' : undefined));
    const doc = htmlDocument(placed);
    expect(doc.querySelector('img[alt="Map"]')!.getAttribute('src')).toBe('./assets/map-123.png');
    expect(doc.querySelector('a[href*="report"]')!.getAttribute('href')).toBe(`${ASSET_MARKER_PREFIX}talk%2Fdocs%2Freport.pdf#page=2`);
  });
});

describe('resolveAssets', () => {
  const references = async (text: string, file = 'slides/02-x.md') => (await compileDeck([{ file, text: `---\ntitle: T\n---\n\n${text}\n` }])).deck.slides.flatMap((s) => s.assets);

  it('finds files inside the project and gives each a version that changes with it', async () => {
    const root = tempDir('assets-ok');
    mkdirSync(path.join(root, 'slides/maps'), { recursive: true });
    writeFileSync(path.join(root, 'slides/maps/region.png'), 'one');
    const refs = await references('![Region](maps/region.png)\n\n![Again](./maps/../maps/region.png)');
    const first = await resolveAssets(refs, { displayRoot: root, projectRoot: root });
    expect(first.diagnostics).toEqual([]);
    expect([...first.assets.keys()]).toEqual(['slides/maps/region.png']);
    writeFileSync(path.join(root, 'slides/maps/region.png'), 'longer');
    const second = await resolveAssets(refs, { displayRoot: root, projectRoot: root });
    expect(second.assets.get('slides/maps/region.png')!.version).not.toBe(first.assets.get('slides/maps/region.png')!.version);
  });

  it('reports a missing file at the line that names it, saying where to put it', async () => {
    const root = tempDir('assets-missing');
    mkdirSync(path.join(root, 'slides'));
    const { diagnostics, assets } = await resolveAssets(await references('## Map\n\n![](map.png)\n\n<img src="charts/bars.svg">'), { displayRoot: root, projectRoot: root });
    expect(assets.size).toBe(0);
    expect(diagnostics.map((d) => `${formatLocation(d)} ${d.severity}: ${d.message} → ${d.hint}`)).toEqual([
      'slides/02-x.md:7 error: image map.png not found next to slides/02-x.md → put map.png there or fix the path',
      'slides/02-x.md:9 error: image charts/bars.svg not found: there is no slides/charts/bars.svg (paths are relative to slides/02-x.md) → put bars.svg in slides/charts/ or fix the path',
    ]);
  });

  it('refuses a path that leaves the project, written or through a symlink, and a folder', async () => {
    const outside = tempDir('assets-outside');
    writeFileSync(path.join(outside, 'secret.png'), 'x');
    const root = tempDir('assets-project');
    mkdirSync(path.join(root, 'slides/folder.png'), { recursive: true });
    symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'slides/linked.png'));
    const refs = await references(`![a](../../${path.basename(outside)}/secret.png)\n\n![b](linked.png)\n\n![c](folder.png)`);
    const { diagnostics, assets } = await resolveAssets(refs, { displayRoot: root, projectRoot: root });
    expect(assets.size).toBe(0);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['asset-outside', 5], ['asset-outside', 7], ['asset-not-a-file', 9]]);
    expect(diagnostics[1]!.message).toContain('symlink');
  });
});

describe('asset references set by element comments', () => {
  it('marks a file an `<!-- .element: -->` comment names, and leaves script URLs to the sanitiser', async () => {
    const text = '---\ntitle: T\n---\n\n## One\n\nA paragraph <!-- .element: data-background-image="maps/behind.png" -->\n\n![x](shown.png) <!-- .element: src="javascript:alert(1)" -->\n';
    const { deck } = await compileDeck([{ file: 'deck.md', text }]);
    expect(deck.slides[0]!.assets.map((a) => `${a.path}:${a.line}`)).toEqual(['maps/behind.png:7', 'shown.png:9']);
    const doc = htmlDocument(deck.html);
    expect(doc.querySelector('p')!.getAttribute('data-background-image')).toBe(`${ASSET_MARKER_PREFIX}maps%2Fbehind.png`);
    expect(doc.querySelector('img')?.getAttribute('src') ?? '').not.toMatch(/javascript/);
  });
});
