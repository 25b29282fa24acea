// Inline markup nests at most INLINE_MAX_NESTING deep: the work per character of unclosed brackets is bounded by it,
// and markup nested deeper stays in the slide as text. Counted in parser steps, not timed.

import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { INLINE_MAX_NESTING } from '../../src/markdown/plugins/inline-nesting.js';
import { lookAheads } from '../helpers/look-aheads.js';

describe('inline nesting', () => {
  it('looks ahead a bounded number of steps per character of unclosed brackets (markdown-it alone takes 200)', () => {
    for (const unit of ['![', '[', '[@', '[a](']) {
      const text = `# ${unit.repeat(20_000 / unit.length)}`;
      expect(lookAheads(createMarkdown(), text) / text.length, unit).toBeLessThanOrEqual(2 * INLINE_MAX_NESTING + 2);
    }
  });

  it('still reads links, images and emphasis nested as slides nest them', () => {
    const html = createMarkdown().render('[**_see_ ![chart](a.png)** `code`](b.html) and *a **b** [c](d.html)*');
    expect(html).toBe('<p><a href="b.html"><strong><em>see</em> <img src="a.png" alt="chart"></strong> <code>code</code></a> and <em>a <strong>b</strong> <a href="d.html">c</a></em></p>\n');
  });

  it('keeps markup nested deeper than the limit as text, losing nothing', () => {
    const depth = INLINE_MAX_NESTING + 5;
    const source = `${'['.repeat(depth)}deep${'](x.html)'.repeat(depth)}`;
    const html = createMarkdown().renderInline(source);
    // A link holds no link, so the innermost is the link; every other bracket is text, as it was written.
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html.replace('<a href="x.html">deep</a>', '[deep](x.html)')).toBe(source);
  });
});
