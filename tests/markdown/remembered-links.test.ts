// Link URLs are normalised once per distinct URL, with the very result markdown-it's own normalising gives.

import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { rememberedLinks } from '../../src/markdown/plugins/remembered-links.js';

/** A markdown-it instance that counts the normalisings it really does (under the remembering, when `remember`). */
function counting(remember: boolean): { md: ReturnType<typeof markdownIt>; calls: { link: number; text: number } } {
  const md = markdownIt({ linkify: true });
  const calls = { link: 0, text: 0 };
  const link = md.normalizeLink.bind(md);
  const text = md.normalizeLinkText.bind(md);
  md.normalizeLink = (url) => (calls.link++, link(url));
  md.normalizeLinkText = (url) => (calls.text++, text(url));
  if (remember) md.use(rememberedLinks);
  return { md, calls };
}

const markdown = `${'See http://xn--mnchen-3ya.de/a%20b ä and [x](https://a.b/ü?q=1) '.repeat(50)}\n\n![i](https://a.b/ü?q=1)`;

describe('remembered link normalising', () => {
  it('renders what markdown-it renders', () => {
    expect(counting(true).md.render(markdown)).toBe(markdownIt({ linkify: true }).render(markdown));
  });

  it('normalises each distinct URL once', () => {
    const plain = counting(false);
    plain.md.render(markdown);
    const remembering = counting(true);
    remembering.md.render(markdown);
    expect(plain.calls.link).toBeGreaterThan(100);
    expect(remembering.calls).toEqual({ link: 2, text: 1 });
  });
});
