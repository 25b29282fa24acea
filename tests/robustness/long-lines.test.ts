// A 1 MB line of any shape goes through `check` (parse, render, provenance, headings) in time linear in its length.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/check/check-deck.js';
import { tempDir } from '../helpers/build.js';

const SIZE = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

/** Lines that made backtracking patterns quadratic (or worse): each is one line of about 1 MB. */
const LINES: Record<string, string> = {
  'heading with a long run of spaces': `# a${fill(' ')}b`,
  'heading of words': `# ${fill('word ')}`,
  'heading of closing hashes': `# a ${fill('#')}b`,
  'heading of unclosed links': `# ${fill('[a](')}`,
  'heading of unclosed images': `# ${fill('![')}`,
  'heading of unclosed tags': `# ${fill('<')}`,
  'notes comment with a long run of spaces': `<!-- notes: a${fill(' ')}b -->`,
  'slide comment with a long run of spaces': `<!-- .slide: class="a"${fill(' ')}x -->`,
  'element comment with a long run of spaces': `text <!-- .element: class="a"${fill(' ')}x -->`,
  'many unclosed comments': fill('<!-- '),
  'unclosed citations': fill('[@'),
  'fragment marker with a long run of spaces': `- item {+${fill(' ')}x`,
  'text with a long run of spaces inside': `text${fill(' ')}x`,
  'quotation marks without end': fill('“a '),
  'many citations in a bullet': `- claim ${fill('[@p1] ')}`,
  'many quotations': fill('"a b c" '),
};

describe('a 1 MB line', () => {
  const root = tempDir('long-lines');
  for (const [what, line] of Object.entries(LINES)) {
    // The limit only catches a hang (a quadratic pattern takes hours on 1 MB; these take well under a second to two
    // seconds of processor time, most of it markdown-it's own linear work); `npm run bench` is where speed is measured.
    // Processor time, not the clock: a loaded machine stretches the one, not the other.
    it(`${what}: checked without a hang`, { timeout: 60_000 }, async () => {
      const project = path.join(root, what.replace(/\W+/g, '-'));
      mkdirSync(path.join(project, 'slides'), { recursive: true });
      writeFileSync(path.join(project, 'slides', 'deck.md'), `# Title\n\nIntro.\n\n---\n\n${line}\n\n---\n\n# End\n`);
      const started = process.cpuUsage();
      const report = await checkDeck(path.join(project, 'slides'), project);
      const used = process.cpuUsage(started);
      const cpuMs = (used.user + used.system) / 1000;
      expect(line.length).toBeGreaterThanOrEqual(SIZE);
      expect(report.slides).toBeGreaterThanOrEqual(2);
      expect(cpuMs).toBeLessThan(15_000);
    });
  }
});
