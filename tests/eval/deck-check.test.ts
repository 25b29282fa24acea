// `briefdeck check` run in-process on a deck given as files: the article is placed where the headmatter says, the folder removed.

import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedDeck } from '../../scripts/eval/deck-check.js';

const fixture = (relative: string) => readFileSync(fileURLToPath(new URL(`../check/fixtures/hedges/${relative}`, import.meta.url)));
const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith('briefdeck-eval-')).length;

describe('checkGeneratedDeck', () => {
  it('reports the deck’s diagnostics with paths inside the deck and removes its temporary folder', async () => {
    const before = leftovers();
    const article = fixture('dropped/source/river-talks.txt');
    const dropped = await checkGeneratedDeck([{ name: 'slides.md', text: fixture('dropped/slides.md').toString() }], 'source/river-talks.txt', article);
    expect(dropped).toMatchObject({ errors: 0, warnings: 4 });
    expect(dropped.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([
      'hedge-dropped slides.md:13', 'hedge-dropped slides.md:14', 'hedge-dropped slides.md:15', 'hedge-dropped slides.md:16',
    ]);
    const kept = await checkGeneratedDeck([{ name: 'slides.md', text: fixture('kept/slides.md').toString() }], 'source/river-talks.txt', article);
    expect(kept).toMatchObject({ errors: 0, warnings: 0, lines: [] });
    expect(leftovers()).toBe(before);
  });

  it('counts an error when the article is not where the headmatter says', async () => {
    const result = await checkGeneratedDeck([{ name: 'slides.md', text: fixture('kept/slides.md').toString() }], 'elsewhere/river-talks.txt', fixture('kept/source/river-talks.txt'));
    expect(result.errors).toBe(1);
    expect(result.diagnostics[0]!.code).toBe('no-article');
  });
});
