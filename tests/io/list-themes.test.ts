// A themes folder's choice: regular `.css` files are themes; a pipe, a folder or a link to nothing named like one is refused with why, and is never opened.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readThemeCss, themeChoice } from '../../src/io/list-themes.js';
import { tempTree } from '../helpers/build.js';

describe('themeChoice', () => {
  it('offers the regular theme files and says why each other one cannot be used, relative to the display folder', async () => {
    const root = tempTree('list-themes', { 'themes/plain.css': ':root { --r-background-color: #fff; }\n', 'themes/notes.txt': 'not a theme\n' });
    const themes = path.join(root, 'themes');
    execFileSync('mkfifo', [path.join(themes, 'piped.css')]);
    mkdirSync(path.join(themes, 'folder.css'));
    symlinkSync(path.join(themes, 'gone.css.target'), path.join(themes, 'gone.css'));
    expect(themeChoice(themes, root)).toEqual({
      themes: ['plain'],
      unusable: {
        folder: { file: 'themes/folder.css', detail: 'it is a folder, not a file' },
        gone: { file: 'themes/gone.css', detail: 'it does not exist (a link to nothing)' },
        piped: { file: 'themes/piped.css', detail: 'it is a named pipe (FIFO), not a regular file' },
      },
    });
    expect(await readThemeCss(themes, 'plain')).toBe(':root { --r-background-color: #fff; }\n');
    // Refused without waiting for a writer at the pipe's other end.
    expect(await readThemeCss(themes, 'piped')).toBeUndefined();
  });
});
