// The words raw HTML shows, as the PowerPoint export names what it leaves out.

import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/markdown/html-text.js';

describe('htmlText', () => {
  it('keeps the text of nested elements, collapsed, and decodes entities', () => {
    expect(htmlText('<div class="box">\n  <p>One &amp; <b>two</b></p>\n  <p>three</p>\n</div>\n')).toBe('One & two three');
  });

  it('drops scripts, styles, templates and comments, which show nothing', () => {
    expect(htmlText('<div><script>var x = 1;</script><style>p{}</style><!-- note --><template>t</template>shown</div>')).toBe('shown');
    expect(htmlText('<iframe src="https://example.org"></iframe>')).toBe('');
  });
});
