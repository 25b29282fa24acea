// A full disk while writing output: one sentence naming the output (never its temporary file), and nothing left behind.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { stageFolder, writeFileAtomic } from '../../src/export/atomic-write.js';
import { OutputWriteError } from '../../src/io/fs-errors.js';
import { tempDir } from '../helpers/build.js';

// The disk fills up only when a test says so; otherwise every write is real.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return { ...real, writeFile: vi.fn(real.writeFile) };
});

const diskFull = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('writing output on a full disk', () => {
  afterEach(() => {
    vi.mocked(fsPromises.writeFile).mockReset();
  });

  it('reports the target file, keeps what was there and leaves no temporary file', async () => {
    const dir = tempDir('atomic-full');
    const target = path.join(dir, 'deck.pdf');
    writeFileSync(target, 'previous export');
    vi.mocked(fsPromises.writeFile).mockRejectedValueOnce(diskFull());
    const failure = await writeFileAtomic(target, new Uint8Array([1, 2, 3])).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OutputWriteError);
    expect((failure as OutputWriteError).describe(dir)).toBe('cannot write deck.pdf: the disk is full; free some space, or write the output somewhere else with --out');
    expect(readdirSync(dir)).toEqual(['deck.pdf']);
  });

  it('reports the target folder of a staged folder', async () => {
    const dir = tempDir('staged-full');
    const staged = await stageFolder(path.join(dir, 'png'));
    vi.mocked(fsPromises.writeFile).mockRejectedValueOnce(diskFull());
    const failure = await staged.writeFile('01-intro.png', new Uint8Array([1])).catch((error: unknown) => error);
    await staged.discard();
    expect((failure as OutputWriteError).describe(dir)).toMatch(/^cannot write png: the disk is full;/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives a command one line, without the error code or the temporary name', async () => {
    const project = tempDir('remix-full');
    mkdirSync(path.join(project, 'slides'));
    writeFileSync(path.join(project, 'slides', 'deck.md'), '---\nid: intro\n---\n# Intro\n\nText.\n');
    const err: string[] = [];
    vi.mocked(fsPromises.writeFile).mockImplementation(async (file, ...rest) => {
      if (String(file).includes('.partial-')) throw diskFull();
      const real = await vi.importActual<typeof fsPromises>('node:fs/promises');
      return real.writeFile(file, ...rest);
    });
    const exit = await main(['remix', 'slides', '--select', 'intro', '--title', 'Short', '--out', 'slides/briefings/short.yaml'], { cwd: project, env: {}, out: () => {}, err: (line) => err.push(line) });
    expect(exit).toBe(1);
    expect(err).toEqual(['briefdeck remix: cannot write slides/briefings/short.yaml: the disk is full; free some space, or write the output somewhere else with --out']);
    expect(existsSync(path.join(project, 'slides', 'briefings'))).toBe(true);
    expect(readdirSync(path.join(project, 'slides', 'briefings'))).toEqual([]);
  });
});
