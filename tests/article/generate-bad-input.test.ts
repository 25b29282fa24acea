// Bad input never crashes the generator: it comes back as diagnostics, or as a partial outline saying what is missing.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';

const codes = (r: ReturnType<typeof generate>) => r.diagnostics.map((d) => [d.severity, d.code, d.line]);
const bytes = (...b: number[]) => new Uint8Array(b);

describe('generate on bad input', () => {
  it('refuses an empty or blank file', () => {
    expect(codes(generate(bytes(), { fileName: 'a.txt' }))).toEqual([['error', 'empty-input', 0]]);
    const blank = generate('  \n\n \u00a0\n', { fileName: 'a.txt' });
    expect(codes(blank)).toEqual([['error', 'empty-input', 0]]);
    expect(blank.files).toEqual([]);
    expect(blank.diagnostics[0]).toMatchObject({ file: 'a.txt', message: 'the article is empty' });
  });

  it('refuses binary input with NUL bytes, saying on which line', () => {
    const r = generate(bytes(0x41, 0x0a, 0x42, 0x00, 0x43), { fileName: 'a.txt' });
    expect(codes(r)).toEqual([['error', 'binary-input', 2]]);
    expect(codes(generate('Title\u0000', { fileName: 'a.txt' }))).toEqual([['error', 'binary-input', 1]]);
  });

  it('refuses invalid UTF-8 and UTF-16, with a hint to convert', () => {
    const latin1 = generate(bytes(0x54, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e), { fileName: 'a.txt' });
    expect(codes(latin1)).toEqual([['error', 'invalid-utf8', 3]]);
    expect(latin1.diagnostics[0]!.message).toBe('the article is not valid UTF-8 (byte 0xe9 at offset 6)');
    expect(latin1.diagnostics[0]!.hint).toContain('iconv -f latin1 -t utf-8');
    expect(codes(generate(bytes(0xff, 0xfe, 0x41, 0x00), { fileName: 'a.txt' }))).toEqual([['error', 'binary-input', 0]]);
  });

  it('refuses an unknown extension or format', () => {
    const r = generate('Title\n\nText.', { fileName: 'article.pdf' });
    expect(codes(r)).toEqual([['error', 'unknown-format', 0]]);
    expect(r.diagnostics[0]!.hint).toBe('name the file .txt, .html or .md, or pass --format txt|html|md');
    expect(codes(generate('Title', { fileName: 'a.txt', format: 'docx' }))).toEqual([['error', 'unknown-format', 0]]);
  });

  it('accepts an explicit format whatever the extension', () => {
    const r = generate('# A Headline About Water Policy\n\nThe talks began in earnest this week, and both delegations arrived with new proposals for sharing the river during droughts.', { fileName: 'article', format: 'md' });
    expect(codes(r)).toEqual([['warning', 'no-questions', 0], ['warning', 'no-events', 0]]);
    expect(r.article!.title).toBe('A Headline About Water Policy');
    expect(r.article!.paragraphs.map((p) => p.id)).toEqual(['p1']);
  });

  it('reports no paragraphs when only a headline or only scripts are there', () => {
    const headline = generate('A Headline Without Any Body Text', { fileName: 'a.txt' });
    expect(codes(headline)).toEqual([['error', 'no-paragraphs', 0]]);
    expect(headline.article!.title).toBe('A Headline Without Any Body Text');
    const html = generate('<html><head><title>Page</title><script>var a = "long text that is not prose at all, no matter how long it is";</script></head><body></body></html>', { fileName: 'a.html' });
    expect(codes(html)).toEqual([['error', 'no-paragraphs', 0]]);
    expect(html.diagnostics[0]!.hint).toContain('<p> elements');
  });

  it('uses the file name when there is no headline, and says so', () => {
    const body =
      'the ministers met on a cold morning and agreed to keep talking about the river, which neither side can afford to lose. ' +
      'Officials said the next round would start in May.';
    const r = generate(body, { fileName: 'river-talks.txt' });
    expect(codes(r)).toEqual([['warning', 'no-title', 0], ['warning', 'no-questions', 0]]);
    expect(r.outline!.missing).toContain('title: no headline found');
    expect(r.files[0]!.text).toContain('title: River talks');
  });

  it('gives a partial outline, listing what is missing, for an article without questions or dates', () => {
    const text = [
      'A Quiet Week for Harbour Policy',
      'Nothing much happened this week in the harbour, and the ministers spent their time on paperwork, committee meetings and routine visits to the docks along the river.',
      'The port authority published its annual report, which repeats the figures of the year before and adds a long chapter on dredging the outer channel.',
    ].join('\n\n');
    const r = generate(text, { fileName: 'quiet.txt' });
    expect(codes(r)).toEqual([['warning', 'no-questions', 0], ['warning', 'no-events', 0]]);
    expect(r.outline!.sections.map((s) => s.kind)).toEqual(['context']);
    expect(r.outline!.missing.map((m) => m.split(':').slice(0, m.startsWith('section') ? 2 : 1).join(':'))).toEqual([
      'section:firsts', 'section:skepticism', 'section:open-questions', 'section:recommendations', 'section:what-to-watch',
      'dek', 'caption', 'credit', 'questions', 'events', 'actors', 'relations',
    ]);
    expect(r.files.map((f) => f.name)).toEqual([
      '01-title.md', '02-firsts.md', '03-skepticism.md', '04-open-questions.md', '05-recommendations.md', '06-what-to-watch.md', '07-sources.md',
    ]);
    // Empty sections are said on screen, never filled.
    expect(r.files.find((f) => f.name === '05-recommendations.md')!.text).toContain('## Recommendations\n\nThe article makes no recommendation.');
    expect(r.files.find((f) => f.name === '04-open-questions.md')!.text).toContain('The article asks no questions.');
    for (const f of r.files.slice(1, 6)) expect(f.text).not.toMatch(/^- /m);
  });
});
