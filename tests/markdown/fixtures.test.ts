// Runs every Markdown fixture: tests/fixtures/markdown/NAME.md must render to NAME.html with the configured markdown-it.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { createRenderEnv } from '../../src/markdown/env.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/markdown');
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.md'));

describe('markdown fixtures', () => {
  const md = createMarkdown();

  it('has fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of fixtures) {
    it(name, () => {
      const actual = md.render(readFileSync(path.join(dir, name), 'utf8'), createRenderEnv(name, 1));
      const expectedFile = path.join(dir, name.replace(/\.md$/, '.html'));
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
