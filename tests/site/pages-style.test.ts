// A built page carries its stylesheet, its preloaded faces inside it as data: URLs, the other files it names relative to the page.

import { describe, expect, it } from 'vitest';
import { builtFileUrl } from '../../src/site/pages.js';
import { filesNoLongerNamed, inlinePageStyles } from '../../src/site/pages-style.js';

const regular = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]);
const files = new Map<string, string | Uint8Array>([
  ['assets/index-a1.css', "@font-face{src:url(./core-400-b2.woff2) format('woff2')}@font-face{src:url(./latin-400-c3.woff2)}a{background:url(data:image/gif;base64,R0lG)}b{mask:url(#m)}"],
  ['assets/core-400-b2.woff2', regular],
  ['assets/latin-400-c3.woff2', new Uint8Array([9])],
]);

function page(prefix: string): string {
  return [
    '<head>',
    `    <link rel="preload" href="${prefix}assets/core-400-b2.woff2" as="font" type="font/woff2" crossorigin />`,
    `    <script type="module" crossorigin src="${prefix}assets/index-x.js"></script>`,
    `    <link rel="stylesheet" crossorigin href="${prefix}assets/index-a1.css">`,
    '</head>',
  ].join('\n');
}

const styleOf = (html: string): string => /<style data-page-style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

describe('inlinePageStyles', () => {
  it('puts the stylesheet into the page, the preloaded face as a data: URL (its preload gone), the others relative to the page', () => {
    const { html, inlined } = inlinePageStyles(page('./'), files, (file) => builtFileUrl(file, './', ''));
    expect(html).not.toMatch(/<link rel="(?:stylesheet|preload)"/);
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-x.js"></script>');
    const css = styleOf(html);
    expect(css).toContain(`url(data:font/woff2;base64,${Buffer.from(regular).toString('base64')}) format('woff2')`);
    expect(css).toContain('url(./assets/latin-400-c3.woff2)');
    expect(css).toContain('url(data:image/gif;base64,R0lG)');
    expect(css).toContain('url(#m)');
    expect(inlined.sort()).toEqual(['assets/core-400-b2.woff2', 'assets/index-a1.css']);
  });

  it('names the files from a page two folders down', () => {
    const { html } = inlinePageStyles(page('../../'), files, (file) => builtFileUrl(file, './', 'briefings/short/'));
    expect(styleOf(html)).toContain('url(../../assets/latin-400-c3.woff2)');
    expect(styleOf(html)).toContain('url(data:font/woff2;base64,');
  });

  it('keeps the absolute URLs of an absolute base, and still embeds the preloaded face', () => {
    const absolute = new Map(files);
    absolute.set('assets/index-a1.css', '@font-face{src:url(/deck/assets/core-400-b2.woff2)}@font-face{src:url(/deck/assets/latin-400-c3.woff2)}');
    const { html } = inlinePageStyles(page('/deck/'), absolute, (file) => builtFileUrl(file, '/deck/', ''));
    expect(styleOf(html)).toContain('url(/deck/assets/latin-400-c3.woff2)');
    expect(styleOf(html)).toContain('url(data:font/woff2;base64,');
    expect(html).not.toContain('<link rel="preload"');
  });

  it('leaves a font preload alone when the stylesheet does not use that face, and embeds no face that is not preloaded', () => {
    const html = page('./').replace('core-400-b2', 'latin-400-c3');
    const only = new Map(files);
    only.set('assets/index-a1.css', '@font-face{src:url(./core-400-b2.woff2)}');
    const result = inlinePageStyles(html, only, (file) => builtFileUrl(file, './', ''));
    expect(result.html).toContain('<link rel="preload" href="./assets/latin-400-c3.woff2"');
    expect(styleOf(result.html)).toBe('@font-face{src:url(./assets/core-400-b2.woff2)}');
    expect(result.inlined).toEqual(['assets/index-a1.css']);
  });

  it('cannot be closed early by the text of the stylesheet', () => {
    const hostile = new Map(files);
    hostile.set('assets/index-a1.css', 'a::after{content:"</STYLE><script>alert(1)</script>"}');
    const { html } = inlinePageStyles(page('./'), hostile, (file) => builtFileUrl(file, './', ''));
    // Inside <style> only `</style` ends the text (a <script> there is inert text): one, the element's own.
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).toMatch(/<\/script>"}<\/style>/);
  });

  it('leaves a page without the stylesheet as it is', () => {
    const html = '<head><link rel="preload" href="./assets/core-400-b2.woff2" as="font" crossorigin></head>';
    expect(inlinePageStyles(html, files, (file) => builtFileUrl(file, './', ''))).toEqual({ html, inlined: [] });
  });
});

describe('filesNoLongerNamed', () => {
  it('drops what only dropped files name, and keeps what another file still names', () => {
    const texts = new Map<string, string | undefined>([
      ['index.html', '<style>…url(data:…)…url(./assets/latin-400-c3.woff2)</style>'],
      ['assets/index-a1.css', 'url(./core-400-b2.woff2) url(./latin-400-c3.woff2)'],
      ['assets/core-400-b2.woff2', undefined],
      ['assets/latin-400-c3.woff2', undefined],
      ['source/index.html', 'url(../assets/core-400-b2.woff2)'],
    ]);
    expect(filesNoLongerNamed(['assets/index-a1.css', 'assets/core-400-b2.woff2'], texts)).toEqual(['assets/index-a1.css']);
    texts.delete('source/index.html');
    expect(filesNoLongerNamed(['assets/core-400-b2.woff2', 'assets/index-a1.css'], texts).sort()).toEqual(['assets/core-400-b2.woff2', 'assets/index-a1.css']);
  });
});
