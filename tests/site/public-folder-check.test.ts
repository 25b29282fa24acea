// What public/ may hold: regular files, folders and links that stay in the project pass; links out, links to nothing, folder loops and pipes are each one error naming the entry.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicFolderProblems } from '../../src/site/public-folder-check.js';
import { tempDir } from '../helpers/build.js';

function project(): { root: string; publicDir: string; check: () => Promise<{ file: string; code: string }[]> } {
  const root = tempDir('public-check');
  const publicDir = path.join(root, 'public');
  mkdirSync(path.join(publicDir, 'media'), { recursive: true });
  writeFileSync(path.join(publicDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, 'map.png'), 'png');
  const check = async () => (await publicFolderProblems({ dir: publicDir, projectRoot: root, displayRoot: root })).map((p) => ({ file: p.diagnostic.file, code: p.diagnostic.code }));
  return { root, publicDir, check };
}

describe('publicFolderProblems', () => {
  it('passes files, folders and links that stay inside the project', async () => {
    const { root, publicDir, check } = project();
    symlinkSync(path.join(root, 'map.png'), path.join(publicDir, 'media', 'map.png'));
    symlinkSync('media', path.join(publicDir, 'pictures'));
    expect(await check()).toEqual([]);
  });

  it('refuses a link out of the project, a link to nothing, a folder link into itself and a named pipe, each by its path', async () => {
    const { root, publicDir, check } = project();
    const outside = tempDir('public-check-outside');
    writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(publicDir, 'leak.txt'));
    symlinkSync(outside, path.join(publicDir, 'media', 'shared'));
    symlinkSync(path.join(root, 'gone.png'), path.join(publicDir, 'gone.png'));
    symlinkSync('..', path.join(publicDir, 'media', 'again'));
    execFileSync('mkfifo', [path.join(publicDir, 'feed')]);
    expect(await check()).toEqual([
      { file: 'public/feed', code: 'public-not-a-file' },
      { file: 'public/gone.png', code: 'public-missing' },
      { file: 'public/leak.txt', code: 'public-outside' },
      { file: 'public/media/again', code: 'public-loop' },
      { file: 'public/media/shared', code: 'public-outside' },
    ]);
  });

  it('finds nothing to refuse when there is no public/ folder', async () => {
    expect(await publicFolderProblems({ dir: path.join(tempDir('public-none'), 'public'), projectRoot: '/', displayRoot: '/' })).toEqual([]);
  });
});
