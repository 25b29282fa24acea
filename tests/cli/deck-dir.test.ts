// Which deck a command works on when DIR is left out, and what each command's help says about it.

import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { DECK_HELP } from '../../src/cli/deck-help.js';
import { resolveDeck } from '../../src/cli/deck-dir.js';
import { COMMANDS } from '../../src/cli/main.js';
import { tempTree } from '../helpers/build.js';

const made: string[] = [];
function folder(files: Record<string, string>): string {
  const root = tempTree('deck-dir', files);
  made.push(root);
  return root;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('resolveDeck', () => {
  it('takes DIR as given: a folder or one .md file, relative to the working folder', () => {
    const root = folder({ 'talk/a.md': '# A', 'one.md': '# One', 'slides/x.md': '# X' });
    expect(resolveDeck(['talk'], root)).toEqual({ path: path.join(root, 'talk') });
    expect(resolveDeck(['one.md'], root)).toEqual({ path: path.join(root, 'one.md') });
  });

  it('refuses a file that is not Markdown and more than one DIR', () => {
    const root = folder({ 'notes.txt': 'text' });
    expect(() => resolveDeck(['notes.txt'], root)).toThrow(/not Markdown/);
    expect(() => resolveDeck(['a', 'b'], root)).toThrow(UsageError);
  });

  it('prefers the deck the config names, then ./slides of the working folder', () => {
    const root = folder({ 'slides/x.md': '# X', 'talk/a.md': '# A' });
    expect(resolveDeck([], root, path.join(root, 'talk')).path).toBe(path.join(root, 'talk'));
    expect(resolveDeck([], root)).toEqual({ path: path.join(root, 'slides') });
  });

  it('takes the working folder itself when it holds the slides, README.md aside', () => {
    const root = folder({ 'README.md': '# Read me', 'talk.md': '# Talk', 'docs/guide.md': '# Guide' });
    const choice = resolveDeck([], root);
    expect(choice.path).toBe(root);
    expect(choice.note).toMatch(/Markdown files of this folder/);
  });

  it('takes the only folder of slides, and names the candidates when there are several', () => {
    const one = folder({ 'README.md': '# Read me', 'deck/01.md': '# One', 'node_modules/x/readme.md': '', 'docs/a.md': '# Docs' });
    expect(resolveDeck([], one)).toMatchObject({ path: path.join(one, 'deck'), note: expect.stringContaining('deck/') });
    const two = folder({ 'a/01.md': '# A', 'b/01.md': '# B' });
    expect(() => resolveDeck([], two)).toThrow(/several folders here hold slides \(a\/, b\/\)/);
  });

  it('says what to do when the working folder holds no deck', () => {
    const root = folder({ 'README.md': '# Only a readme' });
    expect(() => resolveDeck([], root)).toThrow(/no deck here.*briefdeck new slides/);
  });
});

describe('help texts', () => {
  it('states the deck default that applies in every command that takes a deck, and no other', async () => {
    for (const name of ['dev', 'build', 'check', 'export', 'remix']) {
      const command = await COMMANDS.find((c) => c.name === name)!.load();
      expect(command.help, name).toContain(DECK_HELP);
      expect(command.help, name).not.toMatch(/default: slides\/?\)/);
    }
    const preview = await COMMANDS.find((c) => c.name === 'preview')!.load();
    expect(preview.help).toContain('default: build.outDir of ./vite.config.ts, else ./dist');
    expect(preview.help).toContain('Without DIR: the built folder as it is');
  });
});
