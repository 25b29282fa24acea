// The one escape the page and slide modules import: what markdown-it's renderer writes, so pages and slides agree byte for byte.

import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { escapeHtml } from '../../src/render/escape-html.js';

describe('escapeHtml', () => {
  it('escapes &, <, > and " as markdown-it does, and leaves every other character, entities already written included, as text', () => {
    const text = `Tom & "Jerry" <b>'s</b> — café &amp; \u0000 &#39;`;
    expect(escapeHtml(text)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;\'s&lt;/b&gt; — café &amp;amp; \u0000 &amp;#39;');
    expect(escapeHtml(text)).toBe(createMarkdown().utils.escapeHtml(text));
  });
});
