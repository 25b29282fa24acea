// The generator is linear in its input: a 5 MB page finishes (a hang detector with a generous bound, not a timing test).
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';

function bigPage(bytes: number): string {
  const parts = ['<html><head><title>Long negotiations record</title></head><body><h1>Long negotiations record</h1>\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const p =
      `<p>Negotiators of delegation ${i % 13} met on June ${1 + (i % 27)} to discuss schedule ${i}, and officials said ` +
      `the talks could fail if the deadline passes. Will the deal hold for exporters in region ${i}? What does clause ${i} mean?</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}

describe('generate on a very large input', () => {
  it('finishes on 5 MB of HTML with thousands of questions', () => {
    const html = bigPage(5_000_000);
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const result = generate(html, { fileName: 'record.html' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.article!.paragraphs.length).toBeGreaterThan(20_000);
    expect(result.outline!.questions.reduce((n, t) => n + t.questions.length, 0)).toBeGreaterThan(40_000);
    expect(result.files.length).toBeGreaterThan(3);
  }, 180_000);
});
