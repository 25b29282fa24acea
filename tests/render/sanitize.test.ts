// The slide HTML policy: what the sanitiser keeps for reveal.js and themes, and what it removes.

import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { isAllowedUrl, previewedUrl, safeSectionAttributes } from '../../src/render/attribute-policy.js';
import { guardPreviewLinks } from '../../src/render/preview-links.js';
import { renderDeck } from '../../src/render/render-deck.js';
import { createSanitizer, needsSanitizing } from '../../src/render/sanitize.js';

const sanitizer = createSanitizer();

describe('createSanitizer', () => {
  it.each([
    ['keeps what reveal.js and themes use', '<p class="fragment" id="x" style="color:red" data-fragment-index="2" aria-label="a">t</p>', '<p class="fragment" id="x" style="color:red" data-fragment-index="2" aria-label="a">t</p>'],
    ['keeps the diagram placeholder as written', '<div data-briefdeck-diagram="d-0123456789-2"></div>', '<div data-briefdeck-diagram="d-0123456789-2"></div>'],
    ['keeps same-origin iframes', '<iframe src="demo/index.html" allowfullscreen=""></iframe>', '<iframe src="demo/index.html" allowfullscreen=""></iframe>'],
    ['drops scripts and handlers', '<script>x()</script><img src="a.png" onerror="x()">', '<img src="a.png">'],
    ['drops script URLs, also hidden by entities', '<a href="javascript:x()">a</a><a href="jav&#x09;ascript:x()">b</a>', '<a>a</a><a>b</a>'],
    ['drops iframes to other origins and srcdoc', '<iframe src="https://evil.example/"></iframe><iframe src="//evil.example/"></iframe><iframe srcdoc="<b>" src="a.html"></iframe>', '<iframe src="a.html"></iframe>'],
    ['drops object, embed, base, meta, link and style', '<object data="x"></object><embed src="x"><base href="/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="x.css"><style>p{}</style><p>t</p>', '<p>t</p>'],
    ['drops forms and their controls, keeping their text', '<form action="https://evil.example/"><input name="a"><button formaction="x">Send</button></form>', 'Send'],
    ['drops SVG and MathML written by hand (diagrams come from Mermaid)', '<svg onload="x()"><circle r="1"></circle></svg><math><mi>x</mi></math>', ''],
    ['drops reveal.js URLs that would load script or another origin into a frame', '<div data-background-iframe="https://evil.example/" data-src="javascript:x()" data-background-image="img/a.png">t</div>', '<div data-background-image="img/a.png">t</div>'],
    ['keeps data-notes as text, since the speaker view inserts it as HTML', '<p data-notes="<b>bold</b>">t</p>', '<p data-notes="&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;">t</p>'],
    ['drops ids that would clobber document properties', '<p id="cookie">t</p>', '<p>t</p>'],
    ['drops comments', '<!-- a remark --><p>t</p>', '<p>t</p>'],
  ])('%s', (_what, input, output) => {
    expect(sanitizer.sanitize(input)).toBe(output);
  });
});

describe('attribute policy', () => {
  it('allows frames on the deck origin only, and media over http(s) too', () => {
    expect(['page.html', './a/b.html', '/root.html', '#/slide', ''].every((url) => isAllowedUrl(url, 'frame'))).toBe(true);
    expect(['https://evil.example/', '//evil.example/', '/\\evil.example/', 'javascript:x()', ' java\tscript:x()', 'data:text/html,x'].some((url) => isAllowedUrl(url, 'frame'))).toBe(false);
    expect(isAllowedUrl('https://example.org/a.png', 'media')).toBe(true);
  });

  it('parses URLs as a browser on an http, https or file page would: no scheme-relative tricks reach another site', () => {
    // On an https page these resolve on the page's own host; on an http or file page they name another host.
    for (const url of ['https:evil.example/x', 'http:evil.example/x', 'HTTPS:evil.example', 'https:\\evil.example', '\\\\evil.example/', ' //evil.example/', '\t//evil.example/', 'file:evil.example/x']) {
      expect(isAllowedUrl(url, 'frame'), url).toBe(false);
    }
    expect(sanitizer.sanitize('<div data-background-iframe="https:evil.example/x">t</div>')).toBe('<div>t</div>');
    expect(guardPreviewLinks(sanitizer.sanitize('<div data-preview-link="https:evil.example/x">t</div>'), false).html).toBe('<div data-preview-link="false">t</div>');
    expect(sanitizer.sanitize('<iframe src="https:evil.example/x"></iframe><iframe data-src="http:evil.example/x"></iframe><p>t</p>')).toBe('<p>t</p>');
    expect(sanitizer.sanitize('<iframe src="demo/page.html"></iframe>')).toBe('<iframe src="demo/page.html"></iframe>');
    expect(['javascript:x()', 'data:image/svg+xml,<svg>', 'blob:x', 'file:///etc/passwd'].some((url) => isAllowedUrl(url, 'media'))).toBe(false);
  });

  it('holds src and data-src of every element kind to one rule: same origin, or data: where an element loads media', () => {
    const values = ['img/a.png', '/a.png', '@asset/a.png', 'data:image/png;base64,AA', 'https://evil.example/a.png', 'https:evil.example/a.png', '//evil.example/a.png', 'javascript:x()'];
    const kept = (html: string): boolean => /(data-)?src=/.test(sanitizer.sanitize(html));
    for (const element of ['img', 'video', 'audio', 'iframe']) {
      for (const value of values) {
        const fromSrc = kept(`<${element} src="${value}"></${element}>`);
        expect(kept(`<${element} data-src="${value}"></${element}>`), `${element} data-src=${value}`).toBe(fromSrc);
        expect(fromSrc, `${element} src=${value}`).toBe(!/evil|javascript/.test(value) && (element !== 'iframe' || !value.startsWith('data:')));
      }
    }
    expect(sanitizer.sanitize('<video><source data-src="https:evil.example/v.mp4"><source src="//evil.example/v.mp4"><source data-src="v.mp4"></video>')).toBe('<video><source><source><source data-src="v.mp4"></video>');
    expect(sanitizer.sanitize('<p data-src="https://evil.example/a.png">t</p>')).toBe('<p>t</p>');
  });

  it('keeps known section attributes with safe values only', () => {
    expect(safeSectionAttributes({ id: 'a', class: 'b', 'data-state': 's', 'data-background-iframe': 'javascript:x()', onclick: 'x()', href: 'x', 'data-notes': '<i>' })).toEqual({
      id: 'a', class: 'b', 'data-state': 's', 'data-notes': '&lt;i&gt;',
    });
  });
});

describe('link previews', () => {
  it('finds the URL reveal.js frames as its overlay does: data-preview-link when it names one, else the href', () => {
    const attributes = (written: Record<string, string>) => (name: string): string | undefined => written[name];
    expect(previewedUrl('a', attributes({ href: 'https://x.example/', 'data-preview-link': '' }), false)).toBe('https://x.example/');
    expect(previewedUrl('a', attributes({ href: 'https://x.example/', 'data-preview-link': 'page.html' }), false)).toBe('https://x.example/');
    expect(previewedUrl('a', attributes({ href: 'page.html', 'data-preview-link': 'https://x.example/' }), false)).toBe('https://x.example/');
    expect(previewedUrl('a', attributes({ href: 'https://x.example/', 'data-preview-link': 'false' }), true)).toBeUndefined();
    expect(previewedUrl('a', attributes({ href: 'https://x.example/' }), false)).toBeUndefined();
    expect(previewedUrl('a', attributes({ href: 'https://x.example/' }), true)).toBe('https://x.example/');
    expect(previewedUrl('p', attributes({ href: 'https://x.example/' }), true)).toBeUndefined();
    expect(previewedUrl('p', attributes({ 'data-preview-link': '' }), true)).toBeUndefined();
  });

  it('turns off a valueless or empty data-preview-link whose href is another site, and one whose href it would frame instead of its value', () => {
    const guarded = (html: string): string => guardPreviewLinks(sanitizer.sanitize(html), false).html;
    expect(guarded('<a href="https://evil.example/x" data-preview-link>a</a>')).toBe('<a href="https://evil.example/x" data-preview-link="false">a</a>');
    expect(guarded('<a href="https:evil.example/x" data-preview-link="">a</a>')).toBe('<a href="https:evil.example/x" data-preview-link="false">a</a>');
    expect(guarded('<a href="https://evil.example/x" data-preview-link="demo/page.html">a</a>')).toBe('<a href="https://evil.example/x" data-preview-link="false">a</a>');
    expect(guarded('<div href="//evil.example/" data-preview-link>t</div>')).toBe('<div href="//evil.example/" data-preview-link="false">t</div>');
    expect(guarded('<a href="https://example.org/" data-preview-link="https://evil.example/">a</a>')).toBe('<a href="https://example.org/" data-preview-link="false">a</a>');
    for (const kept of ['<a href="demo/page.html" data-preview-link="">a</a>', '<a href="https://example.org/">a</a>', '<a href="demo.html" data-preview-link="http-page.html">a</a>']) {
      expect(guarded(kept)).toBe(kept);
    }
  });

  it('under previewLinks, turns off every link to another site, written in Markdown, raw HTML or by briefdeck', () => {
    const html = '<p><a href="https://evil.example/x">m</a> <a href="https:evil.example/y" data-preview-link="">r</a> <a href="demo/page.html">d</a> <a href="#/slide">s</a></p>';
    expect(guardPreviewLinks(html, true)).toEqual({
      html: '<p><a data-preview-link="false" href="https://evil.example/x">m</a> <a href="https:evil.example/y" data-preview-link="false">r</a> <a href="demo/page.html">d</a> <a href="#/slide">s</a></p>',
      refused: ['https://evil.example/x', 'https:evil.example/y'],
    });
    expect(guardPreviewLinks(html, false).html).toBe(html.replace('data-preview-link=""', 'data-preview-link="false"'));
  });

  it('turns off a slide preview to another site, with a warning at the line of each', () => {
    const text = '---\ntitle: T\nsource-url: https://news.example/a\nlayout: title\nrevealOptions:\n  previewLinks: true\n---\n\n# A\n\nSee [the site](https://evil.example/x) or [the demo](demo/page.html).\n\n---\n\n# B\n\n<!-- .slide: data-preview-link="https://evil.example/s" -->\n\n<p>raw <a href="https:evil.example/y">link</a></p>\n';
    const { deck } = renderDeck(parseDeck([{ file: 'deck.md', text }]), createMarkdown(), sanitizer);
    expect(deck.html).toContain('<a data-preview-link="false" href="https://evil.example/x">the site</a>');
    expect(deck.html).toContain('<a href="demo/page.html">the demo</a>');
    expect(deck.html).toContain('<a data-preview-link="false" href="https://news.example/a">');
    expect(deck.html).toContain('<a data-preview-link="false" href="https:evil.example/y">link</a>');
    expect(deck.html).toMatch(/<section id="b"[^>]* data-preview-link="false"/);
    // The cover's facts (briefdeck's) and the slide attribute are counted at their slide's first line.
    const warnings = deck.diagnostics.filter((d) => d.code === 'preview-other-site').map((d) => `${d.file}:${d.line} ${d.message.split(' in a frame')[0]}`);
    expect(warnings.sort()).toEqual([
      'deck.md:11 a link preview here would open https://evil.example/x',
      'deck.md:14 a link preview here would open https://evil.example/s',
      'deck.md:19 a link preview here would open https:evil.example/y',
      'deck.md:8 a link preview here would open https://news.example/a',
    ]);
  });
});

describe('rendering with the sanitiser', () => {
  it('sanitises what raw HTML or an unknown plugin brought in', () => {
    const md = createMarkdown();
    expect(needsSanitizing(md.parse('# Title\n\n- [link](https://example.org) `<b>` [@p1] {+}\n\n|||\n\n```mermaid\nflowchart LR\n```', {}))).toBe(false);
    expect(needsSanitizing(md.parse('text <b>bold</b>', {}))).toBe(true);
    expect(needsSanitizing(md.parse('- item <!-- .element: class="x" -->', {}))).toBe(true);
    md.core.ruler.push('unknown_plugin', (state) => {
      state.tokens.push(new state.Token('widget', 'div', 0));
    });
    expect(needsSanitizing(md.parse('plain text', {}))).toBe(true);
  });

  it('removes unsafe markup from slides, notes and slide attributes', () => {
    const parsed = parseDeck([{ file: 'deck.md', text: '# A <img src=x onerror=x()>\n\n<!-- .slide: data-background-iframe="https://evil.example/" onclick="x()" -->\n\nNote: <script>x()</script> notes' }]);
    const { deck } = renderDeck(parsed, createMarkdown(), sanitizer);
    expect(deck.html).not.toMatch(/onerror|onclick|<script|evil\.example/);
    expect(deck.html).toMatch(/<aside class="notes">\s*notes\s*<\/aside>/);
  });
});
