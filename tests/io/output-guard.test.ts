// The output-path guard every command runs before its work: sources, folders of other files and wrong kinds are refused.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardOutput, markOutput, OutputPathError, type OutputRequest } from '../../src/io/output-guard.js';
import { tempDir } from '../helpers/build.js';

describe('guardOutput', () => {
  let project: string;
  const request = (target: string, kind: OutputRequest['kind'], extra: Partial<OutputRequest> = {}): OutputRequest => ({
    target: path.join(project, target),
    kind,
    flag: '--out',
    cwd: project,
    protect: [
      { dir: project, what: 'the project folder', noOutputInside: false },
      { dir: path.join(project, 'slides'), what: 'the deck folder', noOutputInside: true },
    ],
    ...extra,
  });
  const refusal = (r: OutputRequest): string => {
    try {
      guardOutput(r);
      return 'allowed';
    } catch (error) {
      expect(error).toBeInstanceOf(OutputPathError);
      return (error as Error).message;
    }
  };

  beforeAll(() => {
    project = tempDir('output-guard');
    mkdirSync(path.join(project, 'slides', 'source'), { recursive: true });
    writeFileSync(path.join(project, 'slides', 'deck.md'), '# A\n');
    mkdirSync(path.join(project, 'papers'));
    writeFileSync(path.join(project, 'papers', 'thesis.txt'), 'mine');
    mkdirSync(path.join(project, 'previous'));
    writeFileSync(path.join(project, 'previous', 'index.html'), 'old build');
    markOutput(path.join(project, 'previous'));
    mkdirSync(path.join(project, 'legacy'));
    writeFileSync(path.join(project, 'legacy', 'index.html'), '<html><body><script type="application/json" id="briefdeck-data">{}</script></body></html>');
    mkdirSync(path.join(project, 'empty'));
    writeFileSync(path.join(project, 'notes.txt'), 'a file');
  });

  it('allows new paths, empty folders and folders briefdeck wrote before', () => {
    expect(refusal(request('dist', 'folder'))).toBe('allowed');
    expect(refusal(request('empty', 'folder'))).toBe('allowed');
    expect(refusal(request('previous', 'folder'))).toBe('allowed');
    expect(refusal(request('legacy', 'folder'))).toBe('allowed');
    expect(refusal(request('deck.pdf', 'file'))).toBe('allowed');
    expect(refusal(request('notes.txt', 'file'))).toBe('allowed');
  });

  it('refuses the deck, its sources, and anything that would replace the project', () => {
    expect(refusal(request('slides/deck.md', 'file'))).toMatch(/--out slides\/deck\.md is inside the deck folder \(slides\)/);
    expect(refusal(request('slides/source/x.pdf', 'file'))).toMatch(/is inside the deck folder/);
    expect(refusal(request('slides', 'folder'))).toMatch(/would replace the deck folder/);
    expect(refusal(request('.', 'folder'))).toMatch(/would replace the project folder/);
    expect(refusal(request('..', 'folder'))).toMatch(/would replace the project folder/);
  });

  it('refuses a folder of other files unless forced', () => {
    expect(refusal(request('papers', 'folder'))).toMatch(/papers holds files briefdeck did not write.*--force/);
    expect(refusal(request('papers', 'folder', { force: true }))).toBe('allowed');
  });

  it('refuses the wrong kind, and paths through a file, before any work', () => {
    expect(refusal(request('papers', 'file'))).toMatch(/the output papers is a folder, not a file/);
    expect(refusal(request('notes.txt', 'folder'))).toMatch(/the output notes\.txt is a file, not a folder/);
    expect(refusal(request('notes.txt/out/deck.pdf', 'file'))).toMatch(/part of its path is a file \(notes\.txt\)/);
  });

  it('refuses a place nothing may be written to before any work, also where the folder is still to be made', () => {
    // No user, not even root, may create files in /proc/self.
    for (const [target, kind] of [['/proc/self/deck.pdf', 'file'], ['/proc/self/dist', 'folder'], ['/proc/self/new/dist', 'folder']] as const) {
      expect(refusal(request(target, kind, { target }))).toMatch(/^cannot write .*proc\/self\/.*: permission denied; write the output to a folder you may write to, with --out$/);
    }
  });
});
