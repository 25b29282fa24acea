// Inputs are read only when they are regular files under the size cap: pipes, devices and folders are refused at once.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile, regularFileStart } from '../../src/io/read-regular-file.js';
import { tempDir } from '../helpers/build.js';

describe('readRegularFile', () => {
  const dir = tempDir('read-regular');

  it('reads a regular file', async () => {
    writeFileSync(path.join(dir, 'a.md'), '# A\n');
    expect(readRegularFile(path.join(dir, 'a.md'))).toEqual({ ok: true, bytes: Buffer.from('# A\n') });
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(readRegularFile(path.join(dir, 'pipe.yaml'))).toMatchObject({ ok: false, failure: 'not-a-file', detail: 'it is a named pipe (FIFO), not a regular file' });
  });

  it('refuses a device without end, a folder, a missing file and a file over the cap', async () => {
    expect(readRegularFile('/dev/zero')).toMatchObject({ ok: false, failure: 'not-a-file', detail: 'it is a device, not a regular file' });
    mkdirSync(path.join(dir, 'x.yaml'));
    expect(readRegularFile(path.join(dir, 'x.yaml'))).toMatchObject({ ok: false, failure: 'folder' });
    expect(readRegularFile(path.join(dir, 'missing.md'))).toMatchObject({ ok: false, failure: 'missing' });
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2048));
    expect(readRegularFile(path.join(dir, 'big.txt'), 1024)).toMatchObject({ ok: false, failure: 'too-large' });
  });
});

describe('regularFileStart', () => {
  it('gives the start of a regular file, and nothing for a pipe (opened without waiting), a folder or a missing file', () => {
    const dir = tempDir('regular-start');
    writeFileSync(path.join(dir, 'page.html'), '<!doctype html><p>x</p>');
    execFileSync('mkfifo', [path.join(dir, 'pipe.html')]);
    mkdirSync(path.join(dir, 'folder.html'));
    expect(regularFileStart(path.join(dir, 'page.html'), 9)?.toString()).toBe('<!doctype');
    expect(regularFileStart(path.join(dir, 'page.html'), 1000)?.toString()).toBe('<!doctype html><p>x</p>');
    expect(regularFileStart(path.join(dir, 'pipe.html'), 9)).toBeUndefined();
    expect(regularFileStart(path.join(dir, 'folder.html'), 9)).toBeUndefined();
    expect(regularFileStart(path.join(dir, 'missing.html'), 9)).toBeUndefined();
  });
});
