// Property: whatever the input, generate() returns diagnostics or a deck — it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';
import { fixtureText, SUMMIT } from './fixtures.js';

const pieces = fixtureText(SUMMIT).split(/\n\n/);

describe('generate never crashes', () => {
  it('on arbitrary bytes and strings, in every format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 400 })), fc.constantFrom('a.txt', 'a.html', 'a.md'), (input, fileName) => {
        const r = generate(input, { fileName });
        expect(r.files.length > 0 || r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on shuffled and cut article blocks, keeping citations within the paragraphs it found', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(200), (blocks, cut) => {
        const text = blocks.map((b) => b.slice(0, Math.max(1, b.length - cut))).join('\n\n');
        const r = generate(text, { fileName: 'shuffled.txt' });
        if (!r.article || r.files.length === 0) return;
        const ids = new Set(r.article.paragraphs.map((p) => p.id));
        for (const f of r.files) for (const m of f.text.matchAll(/\[@([^\]]+)\]/g)) for (const id of m[1]!.split(', ')) expect(ids.has(id)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
