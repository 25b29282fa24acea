// Page chrome that must not reach the slides: share-link lists and a closing note about the writer.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/article/read.js';

describe('page chrome', () => {
  it('drops lists made only of links and a closing author bio', () => {
    const html = [
      '<html><head><title>Port talks stall</title></head><body>',
      '<h1>Port talks stall</h1>',
      '<p class="byline">By Jane Roe</p>',
      '<ul><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li></ul>',
      '<p>The two port authorities failed to agree on a common tariff on Monday, and both sides blamed the other for the delay in the talks.</p>',
      '<p>The next round is due in June, when the ministers are expected to join the negotiators for the first time.</p>',
      '<ul><li>Tariffs rise in July.</li><li>Inspections start in August.</li></ul>',
      '<p>Jane Roe is a senior fellow at the Harbour Institute and a former negotiator.</p>',
      '<p>Reporting by Ola Dane; Editing by Ana Holm</p>',
      '</body></html>',
    ].join('\n');
    const { article } = readArticle(html, 'html', 'port.html');
    const all = article.paragraphs.map((p) => p.text).join(' | ');
    expect(all).not.toContain('Share on');
    expect(all).not.toContain('senior fellow');
    expect(all).not.toContain('Reporting by');
    expect(all).toContain('Tariffs rise in July.');
    expect(article.chrome).toContain('Jane Roe is a senior fellow at the Harbour Institute and a former negotiator.');
  });
});
