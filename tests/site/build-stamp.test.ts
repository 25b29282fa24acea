// The stamp of a build's inputs: it changes with every input that changes the output, and not with outputs, caches or the export's own files; it never waits on a pipe or reads a device.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStamp, listedFingerprint, projectStampInputs } from '../../src/site/build-stamp.js';
import { OUTPUT_MARKER } from '../../src/io/output-guard.js';
import { FIXTURE_DECKS, tempDir, tempTree } from '../helpers/build.js';

function project(): { root: string; deckDir: string; stamp: (options?: { base: string; singleChunk?: boolean }) => Promise<string> } {
  const root = tempDir('stamp');
  const deckDir = path.join(root, 'slides');
  cpSync(path.join(FIXTURE_DECKS, 'basic'), deckDir, { recursive: true });
  mkdirSync(path.join(root, 'public'));
  writeFileSync(path.join(root, 'public', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const shape = { root, config: {}, options: {} };
  return { root, deckDir, stamp: (options = { base: './' }) => buildStamp(projectStampInputs(shape, deckDir, root, options)) };
}

describe('buildStamp', () => {
  it('is the same for the same inputs', async () => {
    const { stamp } = project();
    expect(await stamp()).toBe(await stamp());
    expect(await stamp()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when a slide, a briefing, a file in public/ or the build options change', async () => {
    const { root, deckDir, stamp } = project();
    const seen = new Set([await stamp()]);
    writeFileSync(path.join(deckDir, '02-more.md'), '## Changed\n');
    seen.add(await stamp());
    mkdirSync(path.join(deckDir, 'briefings'));
    writeFileSync(path.join(deckDir, 'briefings', 'short.yaml'), 'title: Short\nslides:\n  - cover\n');
    seen.add(await stamp());
    writeFileSync(path.join(root, 'public', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1"/>');
    seen.add(await stamp());
    seen.add(await stamp({ base: '/deck/' }));
    seen.add(await stamp({ base: './', singleChunk: true }));
    expect(seen.size).toBe(6);
  });

  it('does not depend on where the diagram cache lives', async () => {
    const { root, deckDir } = project();
    const stampWith = (cacheDir: string) => buildStamp(projectStampInputs({ root, config: {}, options: { diagrams: { cacheDir } } }, deckDir, root, { base: './', overrides: { diagrams: { cacheDir } } }));
    expect(await stampWith('cache-1')).toBe(await stampWith('cache-2'));
  });

  it('ignores briefdeck outputs, dot-folders and node_modules inside the deck folder', async () => {
    const { deckDir, stamp } = project();
    const before = await stamp();
    for (const folder of ['dist', '.cache', 'node_modules']) {
      mkdirSync(path.join(deckDir, folder));
      writeFileSync(path.join(deckDir, folder, 'file.txt'), folder);
    }
    writeFileSync(path.join(deckDir, 'dist', OUTPUT_MARKER), 'written by briefdeck\n');
    expect(await stamp()).toBe(before);
  });

  it('leaves out the folder a build is filling, so a deck in the project folder gets the stamp a later check computes', async () => {
    const root = tempDir('stamp-own-folder');
    writeFileSync(path.join(root, 'talk.md'), '# Talk\n');
    const shape = { root, config: {}, options: {} };
    const inputs = projectStampInputs(shape, path.join(root, 'talk.md'), root, { base: './' });
    const later = await buildStamp(inputs);
    const staging = path.join(root, 'dist.partial-1-ab');
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'index.html'), 'half written');
    expect(await buildStamp(inputs)).not.toBe(later);
    expect(await buildStamp({ ...inputs, skip: [staging] })).toBe(later);
  });

  it('notes a named pipe or a device, even behind a symlink, without reading it', async () => {
    const { root, deckDir, stamp } = project();
    const before = await stamp();
    const pipe = path.join(root, 'pipe');
    execFileSync('mkfifo', [pipe]);
    symlinkSync(pipe, path.join(deckDir, 'linked.md'));
    execFileSync('mkfifo', [path.join(root, 'public', 'feed')]);
    symlinkSync('/dev/zero', path.join(root, 'public', 'zero.bin'));
    const withThem = await withinSeconds(5, stamp());
    expect(withThem).not.toBe(before);
    expect(await withinSeconds(5, stamp())).toBe(withThem);
    // The link made a regular file: the stamp moves again.
    rmSync(path.join(deckDir, 'linked.md'));
    writeFileSync(path.join(deckDir, 'linked.md'), '## Linked\n');
    expect(await withinSeconds(5, stamp())).not.toBe(withThem);
  });
});

/** `work`'s result, or a failure once `seconds` have passed (a read of a pipe would wait for ever). */
async function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done within ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('listedFingerprint (the kit’s fingerprint, kept by its listing)', () => {
  /** A step cache in memory that counts what it is asked. */
  const memoryCache = () => {
    const values = new Map<string, unknown>();
    return { values, read: (key: string) => values.get(key), write: (key: string, value: unknown) => void values.set(key, value) };
  };

  it('reads the files once for a listing, and again once a file changes', async () => {
    const root = tempTree('listed', { 'package.json': '{}', 'src/a.ts': 'one', 'src/deep/b.ts': 'two' });
    const tree = { root, files: ['package.json'], folders: ['src'], salt: 'v1' };
    const cache = memoryCache();
    const first = await listedFingerprint(tree, cache);
    expect(cache.values.size).toBe(1);
    // The same listing: the kept hash is given back, without reading the files (a planted one shows it).
    const [key] = [...cache.values.keys()];
    cache.values.set(key!, 'kept');
    expect(await listedFingerprint(tree, cache)).toBe('kept');
    // An edit changes the file's size and time: the files are read, and the hash is what a fresh cache makes.
    writeFileSync(path.join(root, 'src/deep/b.ts'), 'two, edited');
    const edited = await listedFingerprint(tree, cache);
    expect(edited).not.toBe('kept');
    expect(edited).not.toBe(first);
    expect(edited).toBe(await listedFingerprint(tree, memoryCache()));
    // Another salt (package versions) is another fingerprint.
    expect(await listedFingerprint({ ...tree, salt: 'v2' }, memoryCache())).not.toBe(edited);
  });
});
