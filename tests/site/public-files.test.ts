// public/ in the page: the favicon linked when there is one, `/file` URLs of public files made relative per page depth, others left alone.

import { describe, expect, it } from 'vitest';
import { linkFavicon, relativePublicUrls } from '../../src/site/public-files.js';

const files = new Set(['favicon.svg', 'maps/region map.png', 'logo.svg']);

describe('relativePublicUrls', () => {
  it('makes public files relative from the root page and from pages folders below it', () => {
    const html = '<img src="/logo.svg" alt=""><section data-background-image="/maps/region%20map.png"></section>';
    expect(relativePublicUrls(html, files, '')).toBe('<img src="./logo.svg" alt=""><section data-background-image="./maps/region%20map.png"></section>');
    expect(relativePublicUrls(html, files, 'briefings/principal/')).toBe('<img src="../../logo.svg" alt=""><section data-background-image="../../maps/region%20map.png"></section>');
  });

  it('keeps query and fragment, and leaves alone what is not a public file', () => {
    expect(relativePublicUrls('<a href="/logo.svg#mark">', files, 'remix/')).toBe('<a href="../logo.svg#mark">');
    const other = '<img src="/missing.png"><a href="//example.org/logo.svg"><a href="/">';
    expect(relativePublicUrls(other, files, '')).toBe(other);
  });
});

describe('linkFavicon', () => {
  const template = '<head><link rel="icon" href="data:," /></head>';
  it('links public/favicon.* when present, with its type', () => {
    expect(linkFavicon(template, files)).toBe('<head><link rel="icon" href="/favicon.svg" type="image/svg+xml" /></head>');
    expect(linkFavicon(template, new Set(['favicon.ico']))).toContain('href="/favicon.ico" type="image/x-icon"');
  });
  it('keeps the empty icon when public/ has none (no request that would fail)', () => {
    expect(linkFavicon(template, new Set(['logo.svg']))).toBe(template);
  });
});
