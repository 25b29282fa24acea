// `briefdeck new`: a starter deck (or a draft from an article) that checks clean and builds; never into a folder with anything in it.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/build.js';

function captureIO(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, env: {}, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdout, stderr };
}

const ARTICLE = path.resolve(import.meta.dirname, '../../slides/source/trump-kim-summit.txt');
const work = tempDir('new');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('briefdeck new', () => {
  it('starts a deck that checks clean and builds, with its briefing', async () => {
    const io = captureIO(work);
    expect(await main(['new', 'my-talk'], io), io.stderr.join('\n')).toBe(0);
    const dir = path.join(work, 'my-talk');
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', '01-title.md', '02-overview.md', 'briefings']);
    expect(readFileSync(path.join(dir, '01-title.md'), 'utf8')).toMatch(/^---\ntitle: "My talk"\n[\s\S]*theme: briefing\n/);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('/out/');

    const check = captureIO(work);
    expect(await main(['check', 'my-talk'], check)).toBe(0);
    expect(check.stdout.at(-1)).toBe('4 slides, 1 briefing: 0 errors, 0 warnings');

    const build = captureIO(work);
    expect(await main(['build', 'my-talk', '--out', 'site'], build), build.stderr.join('\n')).toBe(0);
    expect(readFileSync(path.join(work, 'site', 'index.html'), 'utf8')).toContain('<title>My talk</title>');
    const briefing = readFileSync(path.join(work, 'site', 'briefings', 'summary', 'index.html'), 'utf8');
    expect(briefing).toContain('id="key-points"');
    expect(briefing).not.toContain('id="how-it-fits"');
  });

  it('drafts the deck from an article with --from, in the theme asked for, and it checks clean', async () => {
    const io = captureIO(work);
    expect(await main(['new', 'drafted', '--from', ARTICLE, '--theme', 'dark'], io), io.stderr.join('\n')).toBe(0);
    const dir = path.join(work, 'drafted');
    expect(existsSync(path.join(dir, 'source', path.basename(ARTICLE)))).toBe(true);
    expect(existsSync(path.join(dir, '.briefdeck-generated.json'))).toBe(true);
    expect(readFileSync(path.join(dir, '01-title.md'), 'utf8')).toMatch(/^---\n[\s\S]*\ntheme: dark\n[\s\S]*?---\n/);
    expect(readFileSync(path.join(dir, 'briefings', 'summary.yaml'), 'utf8')).toMatch(/slides:\n {2}- title\n {2}- \S+/);
    const check = captureIO(work);
    expect(await main(['check', 'drafted'], check), [...check.stdout, ...check.stderr].join('\n')).toBe(0);
    expect(check.stdout.at(-1)).toMatch(/ 1 briefing: 0 errors, /);
  });

  it('refuses a folder with anything in it, and leaves it as it was', async () => {
    const dir = path.join(work, 'busy');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const io = captureIO(work);
    expect(await main(['new', 'busy'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/busy\/ is not empty \(notes\.txt\); choose a new or empty folder/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it("starts a deck in one of reveal.js's themes, and it checks clean", async () => {
    const io = captureIO(work);
    expect(await main(['new', 'night-talk', '--theme', 'night'], io), io.stderr.join('\n')).toBe(0);
    expect(readFileSync(path.join(work, 'night-talk', '01-title.md'), 'utf8')).toMatch(/^---\n[\s\S]*\ntheme: night\n/);
    const check = captureIO(work);
    expect(await main(['check', 'night-talk'], check)).toBe(0);
    expect(check.stdout.at(-1)).toBe('4 slides, 1 briefing: 0 errors, 0 warnings');
  });

  it('builds inside the new folder, as its .gitignore expects, into outputs it ignores and never over the deck', async () => {
    expect(await main(['new', 'own-repo'], captureIO(work))).toBe(0);
    const dir = path.join(work, 'own-repo');
    const deckFiles = readdirSync(dir).sort();
    const ignored = readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n').filter((line) => line.startsWith('/'));
    const build = captureIO(dir);
    expect(await main(['build'], build), build.stderr.join('\n')).toBe(0);
    expect(build.stdout[0]).toBe('note: the deck is the Markdown files of this folder (there is no slides/ folder)');
    expect(readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8')).toContain('<title>Own repo</title>');
    const single = captureIO(dir);
    expect(await main(['build', '--single-file'], single), single.stderr.join('\n')).toBe(0);
    const written = readdirSync(dir).filter((name) => !deckFiles.includes(name)).sort();
    expect(written).toEqual(['dist', 'own-repo.html']);
    for (const name of written) expect(ignored, name).toContain(name === 'dist' ? '/dist/' : `/${name}`);

    const overSlide = captureIO(dir);
    expect(await main(['export', 'pdf', '--out', '01-title.md'], overSlide)).toBe(1);
    expect(overSlide.stderr.join('\n')).toMatch(/--out 01-title\.md would overwrite a slide file of the deck \(01-title\.md\).* e\.g\. --out out\/01-title\.md/);
    const overBriefings = captureIO(dir);
    expect(await main(['build', '--out', 'briefings', '--force'], overBriefings)).toBe(1);
    expect(overBriefings.stderr.join('\n')).toMatch(/--out briefings would replace the deck’s briefings/);
    const overDeck = captureIO(dir);
    expect(await main(['build', '--out', '.', '--force'], overDeck)).toBe(1);
    expect(overDeck.stderr.join('\n')).toMatch(/--out \. would replace the project folder/);
    expect(readdirSync(path.join(dir, 'briefings'))).toEqual(['summary.yaml']);
    expect(readFileSync(path.join(dir, '01-title.md'), 'utf8')).toMatch(/^---\ntitle: "Own repo"/);
  });

  it('refuses an unknown theme and a missing article before writing anything', async () => {
    const theme = captureIO(work);
    expect(await main(['new', 'themed', '--theme', 'neon'], theme)).toBe(1);
    expect(theme.stderr.join('\n')).toMatch(/unknown theme "neon"; the themes are .*\bbriefing, dark\b.*\bnight\b/);
    const article = captureIO(work);
    expect(await main(['new', 'themed', '--from', 'missing.txt'], article)).toBe(1);
    expect(article.stderr).toEqual(['briefdeck new: cannot read missing.txt: no such file; nothing was written']);
    expect(existsSync(path.join(work, 'themed'))).toBe(false);
  });
});
