// A deck whose page asks the export server for a malformed path (`%ff.png`) still exports: the server answers 400, nothing crashes.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/build.js';

describe('export and a malformed URL in the deck', () => {
  it('writes the PDF and reports no stack trace', { timeout: 180_000 }, async () => {
    const project = tempDir('export-bad-url');
    mkdirSync(path.join(project, 'slides'));
    writeFileSync(path.join(project, 'slides', 'deck.md'), '# Broken image\n\n<img src="/%ff.png" alt="x">\n\n---\n\n## Second\n\nText.\n');
    const out: string[] = [];
    const err: string[] = [];
    const exit = await main(['export', 'pdf', 'slides', '--out', 'deck.pdf'], { cwd: project, env: { ...process.env }, out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(exit, err.join('\n')).toBe(0);
    expect(existsSync(path.join(project, 'deck.pdf'))).toBe(true);
    expect(out.join('\n')).toMatch(/Wrote deck\.pdf: 2 /);
    expect(err.join('\n')).not.toMatch(/^\s+at /m);
  });
});
