// The slide HTML policy: what the sanitiser keeps for reveal.js and themes, and what it removes.

import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { isAllowedUrl, safeSectionAttributes } from '../../src/render/attribute-policy.js';
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
    for (const attribute of ['data-background-iframe', 'data-preview-link']) {
      expect(sanitizer.sanitize(`<div ${attribute}="https:evil.example/x">t</div>`), attribute).toBe('<div>t</div>');
    }
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
