// Deck files that are symlinks: used when they resolve to a regular file inside the project, reported otherwise — never silently skipped.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeckFiles } from '../../src/io/load-deck.js';
import { tempDir } from '../helpers/build.js';

describe('loadDeckFiles and symlinks', () => {
  it('reads a symlinked .md inside the project, and names a dangling one', async () => {
    const project = tempDir('deck-links');
    mkdirSync(path.join(project, 'slides'));
    mkdirSync(path.join(project, 'shared'));
    writeFileSync(path.join(project, 'slides', '01-own.md'), '# Own\n');
    writeFileSync(path.join(project, 'shared', 'common.md'), '# Common\n');
    symlinkSync(path.join('..', 'shared', 'common.md'), path.join(project, 'slides', '02-linked.md'));
    symlinkSync(path.join(project, 'nowhere.md'), path.join(project, 'slides', '03-dangling.md'));
    const loaded = loadDeckFiles(path.join(project, 'slides'), project);
    expect(loaded.files).toEqual([
      { file: path.join('slides', '01-own.md'), text: '# Own\n' },
      { file: path.join('slides', '02-linked.md'), text: '# Common\n' },
    ]);
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({ severity: 'error', file: path.join('slides', '03-dangling.md') });
    expect(loaded.diagnostics[0]!.message).toContain('does not exist');
  });
});
