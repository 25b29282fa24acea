// Runs every parser fixture: tests/fixtures/parse/NAME.md must parse to NAME.expected.json.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/parse/parse-deck.js';
import type { ParsedDeck } from '../../src/model/deck.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/parse');
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.md'));

/** What a fixture pins: everything a later step relies on, in a stable, readable shape. */
function project(parsed: ParsedDeck): unknown {
  return {
    meta: parsed.meta,
    slides: parsed.slides.map((s) => ({
      id: s.id,
      position: `${s.h}.${s.v}`,
      title: s.title ?? null,
      lines: `${s.range.startLine}-${s.range.endLine}`,
      contentLine: s.contentLine,
      content: s.content,
      notes: s.notes,
      settings: s.settings,
      citations: s.citations,
    })),
    diagnostics: parsed.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`),
  };
}

describe('parser fixtures', () => {
  it('has fixtures to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of fixtures) {
    it(name, () => {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const actual = project(parseDeck([{ file: name, text }]));
      const expectedFile = path.join(dir, name.replace(/\.md$/, '.expected.json'));
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
