// Switching a deck's theme in a copy: the headmatter's theme line replaced, added, or a headmatter created.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDeckWithTheme, withHeadmatterTheme } from '../../src/io/themed-deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { tempDir } from '../helpers/build.js';

describe('withHeadmatterTheme', () => {
  it('replaces the theme line and keeps everything else', () => {
    const text = '---\ntitle: T\ntheme: briefing\nlang: en\n---\n# One\n\n---\ntheme: not-headmatter\n';
    expect(withHeadmatterTheme(text, 'dark')).toBe('---\ntitle: T\ntheme: dark\nlang: en\n---\n# One\n\n---\ntheme: not-headmatter\n');
  });

  it('adds a theme line to a headmatter without one, and a headmatter to a file without one', () => {
    expect(parseDeck([{ file: 'a.md', text: withHeadmatterTheme('---\ntitle: T\n---\n# One\n', 'dark') }]).meta.theme).toBe('dark');
    expect(parseDeck([{ file: 'a.md', text: withHeadmatterTheme('# One\n', 'dark') }]).meta.theme).toBe('dark');
  });
});

describe('copyDeckWithTheme', () => {
  it('copies the folder and changes only the first deck file', async () => {
    const source = tempDir('theme-src');
    writeFileSync(path.join(source, 'README.md'), 'not a slide');
    writeFileSync(path.join(source, '01-a.md'), '---\ntheme: briefing\n---\n# A\n');
    writeFileSync(path.join(source, '02-b.md'), '## B\n');
    mkdirSync(path.join(source, 'briefings'));
    writeFileSync(path.join(source, 'briefings', 'x.yaml'), 'title: X\nslides: ["*"]\n');
    const target = path.join(tempDir('theme-dst'), 'deck');
    await copyDeckWithTheme(source, target, 'dark');
    expect(readFileSync(path.join(target, '01-a.md'), 'utf8')).toBe('---\ntheme: dark\n---\n# A\n');
    expect(readFileSync(path.join(target, '02-b.md'), 'utf8')).toBe('## B\n');
    expect(readFileSync(path.join(target, 'briefings', 'x.yaml'), 'utf8')).toContain('title: X');
    expect(readFileSync(path.join(source, '01-a.md'), 'utf8')).toContain('theme: briefing');
  });
});
