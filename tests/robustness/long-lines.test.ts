// A 1 MB line of any shape goes through `check` (parse, render, provenance, headings, briefings) in time linear in its
// length: no shape hangs, and the costliest ones take about 8 times as long for 8 times the length.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_LINE_BYTES, longLineShapes, timedCheck, writeLongLineDeck } from '../../bench/lib/long-lines.js';
import { tempDir } from '../helpers/build.js';

const SHAPES = longLineShapes();

/** The shapes that cost the most before their rules were made linear (seconds each), and our own rule that still costs most. */
const COSTLY = ['heading of unclosed images', 'unclosed citations', 'unclosed brackets', 'reference-style links left open',
  'unclosed emphasis', 'unclosed strikethrough', 'quotation of unclosed images', 'many citations in a bullet'];

/**
 * 8 times the length: linear work takes 8 times as long, quadratic 64 times. Measured ratios are 7 to 16 on a quiet
 * machine: a short line's tokens fit in the processor's caches and die young, so 128 KB costs less per byte than 1 MB
 * (from 1 MB to 2 MB the cost doubles). The limit is the log-midpoint of 16 and 64, which leaves room for a busy machine,
 * where one collection or pause in a 20 ms run can double it, and still fails a quadratic pattern.
 */
const MAX_GROWTH = 32;
const SHORTER = 8;

describe('a 1 MB line', () => {
  const root = tempDir('long-lines');
  let project = 0;
  const check = async (line: (typeof SHAPES)[string]) => {
    const folder = path.join(root, `p${project++}`);
    return timedCheck(folder, await writeLongLineDeck(folder, line));
  };
  /** The processor time of each shape's 1 MB check in its own test, which the growth test counts as its first long run. */
  const checkedCpuMs = new Map<string, number>();

  for (const [what, shape] of Object.entries(SHAPES)) {
    // The limit only catches a hang (a quadratic pattern takes hours on 1 MB; these take well under a second of
    // processor time); `npm run bench` (parse.longLine.worst) is where speed is measured. Processor time, not the
    // clock: a loaded machine stretches the one far more than the other.
    it(`${what}: checked without a hang`, { timeout: 60_000 }, async () => {
      const { report, cpuMs } = await check(shape);
      checkedCpuMs.set(what, cpuMs);
      expect(shape.line.length).toBeGreaterThanOrEqual(LONG_LINE_BYTES);
      // Unclosed comments run to the end of their file, taking the last slide's separator with them.
      expect(report.slides).toBeGreaterThanOrEqual(2);
      expect(report.briefings).toBe(shape.in === 'briefing' ? 1 : 0);
      expect(cpuMs).toBeLessThan(15_000);
    });
  }

  const shorter = longLineShapes(LONG_LINE_BYTES / SHORTER);
  for (const what of COSTLY) {
    it(`${what}: ${SHORTER} times the length takes at most ${MAX_GROWTH} times the processor time`, { timeout: 120_000 }, async () => {
      // Best of three short runs: a pause of the machine lengthens one run, not all, and a lengthened short run would hide growth.
      let short = Infinity;
      for (let run = 0; run < 3; run++) short = Math.min(short, (await check(shorter[what]!)).cpuMs);
      // Up to three long runs, the first from the shape's own test when it ran: a pause only ever makes a run slower,
      // so the first run within the limit settles it, and only a run over the limit is tried again.
      const earlier = checkedCpuMs.get(what);
      const longRuns = earlier === undefined ? [] : [earlier];
      const withinLimit = (cpuMs: number) => cpuMs / short <= MAX_GROWTH;
      while (longRuns.length < 3 && !longRuns.some(withinLimit)) longRuns.push((await check(SHAPES[what]!)).cpuMs);
      const long = Math.min(...longRuns);
      expect(long / short, `${long.toFixed(0)} ms for 1 MB (best of ${longRuns.length}), ${short.toFixed(0)} ms for 128 KB`).toBeLessThanOrEqual(MAX_GROWTH);
    });
  }
});
