// highlightTheme: a highlight.js style by name, from the front matter over reveal-md.json; an unknown one an error at its line.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightStyleFile, listHighlightStyles } from '../../src/io/highlight-styles.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { defaultHighlightStyle } from '../../src/theme/highlight-default.js';

const deck = (head: string): { file: string; text: string } => ({ file: 'slides/01.md', text: `---\ntitle: Code\n${head}\n---\n# One\n` });

describe('highlightTheme', () => {
  it('lists the styles highlight.js ships, each with its file', async () => {
    const styles = await listHighlightStyles();
    expect(styles).toEqual(expect.arrayContaining(['monokai', 'github', 'github-dark', 'atom-one-dark', 'base16/zenburn']));
    expect(styles.some((name) => name.endsWith('.min'))).toBe(false);
    for (const name of styles) expect(existsSync(highlightStyleFile(name)), name).toBe(true);
  });

  it('lists them once per process: each compile of a dev session is given the same list', async () => {
    const first = await listHighlightStyles();
    expect(await listHighlightStyles()).toBe(first);
  });

  it('takes a known style into the deck, with no unknown-setting warning', async () => {
    const parsed = parseDeck([deck('highlightTheme: monokai')], { highlightThemes: await listHighlightStyles() });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.meta.highlightTheme).toBe('monokai');
  });

  it('reports an unknown style at its line, listing the choices', async () => {
    const parsed = parseDeck([deck('theme: briefing\nhighlightTheme: monokia')], { highlightThemes: await listHighlightStyles() });
    expect(parsed.meta.highlightTheme).toBeUndefined();
    expect(parsed.diagnostics).toHaveLength(1);
    const [diagnostic] = parsed.diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', file: 'slides/01.md', line: 4, message: 'unknown highlightTheme "monokia"' });
    expect(diagnostic!.hint).toContain('monokai');
    expect(diagnostic!.hint).toContain('atom-one-dark');
    expect(diagnostic!.hint).toMatch(/base16\/NAME/);
  });

  it('reports a value that is no name', async () => {
    const parsed = parseDeck([deck('highlightTheme: [a, b]')], { highlightThemes: await listHighlightStyles() });
    expect(parsed.diagnostics.map((d) => `${d.severity} ${d.line} ${d.message}`)).toEqual(['error 3 highlightTheme should name a highlight.js style']);
  });

  it("reads reveal-md.json's, with the front matter's winning", async () => {
    const styles = await listHighlightStyles();
    const revealMdJson = { file: 'slides/reveal-md.json', data: { highlightTheme: 'zenburn' } };
    // reveal-md's default, zenburn, is one of highlight.js's base16 styles now.
    expect(parseDeck([deck('lang: en')], { highlightThemes: styles, revealMdJson }).meta.highlightTheme).toBe('base16/zenburn');
    expect(parseDeck([deck('highlightTheme: github')], { highlightThemes: styles, revealMdJson }).meta.highlightTheme).toBe('github');
    const wrong = parseDeck([deck('lang: en')], { highlightThemes: styles, revealMdJson: { ...revealMdJson, data: { highlightTheme: 'nope' } } });
    expect(wrong.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual(['slides/reveal-md.json:1 unknown highlightTheme "nope"']);
  });

  it('defaults to a light style on light slides and a dark one on dark slides', () => {
    expect(defaultHighlightStyle(':root { --r-background-color: #fdf6e3; }')).toBe('github');
    expect(defaultHighlightStyle(':root { --r-background-color: #111; }')).toBe('github-dark');
    expect(defaultHighlightStyle('')).toBe('github');
  });
});
