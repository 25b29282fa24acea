// The generator is linear in its input: a 5 MB page finishes, in at most about twice the processor time per byte of a 500 KB one.
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

/** Processor time (user + system, ms) of `run`: a loaded machine stretches the clock far more than this. */
function cpuMsOf<T>(run: () => T): { result: T; cpuMs: number } {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Ten times the input: linear work takes ten times as long, quadratic a hundred. The limit is their log-midpoint, which
 * leaves room for a collection or pause that doubles a short run, and still fails a pairwise step.
 */
const MAX_GROWTH = 32;

describe('generate on a very large input', () => {
  it('finishes on 5 MB of HTML with thousands of questions, in time linear in its length', () => {
    // Best of two short runs: a pause of the machine lengthens one run, not all, and a lengthened short run would hide growth.
    const small = bigPage(500_000);
    let shortMs = Infinity;
    for (let run = 0; run < 2; run++) shortMs = Math.min(shortMs, cpuMsOf(() => generate(small, { fileName: 'record.html' })).cpuMs);
    const html = bigPage(5_000_000);
    expect(html.length).toBeGreaterThanOrEqual(5_000_000);
    const { result, cpuMs } = cpuMsOf(() => generate(html, { fileName: 'record.html' }));
    expect(cpuMs / shortMs, `${cpuMs.toFixed(0)} ms for 5 MB, ${shortMs.toFixed(0)} ms for 500 KB`).toBeLessThanOrEqual(MAX_GROWTH);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.article!.paragraphs.length).toBeGreaterThan(20_000);
    expect(result.outline!.questions.reduce((n, t) => n + t.questions.length, 0)).toBeGreaterThan(40_000);
    expect(result.files.length).toBeGreaterThan(3);
  }, 180_000);
});
