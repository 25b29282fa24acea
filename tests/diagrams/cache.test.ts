// The disk cache: round trips, misses on missing/corrupt/foreign files, atomic writes.

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diagramCache } from '../../src/diagrams/cache.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdeck-cache-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('diagramCache', () => {
  it('reads back what it wrote, one file per key, creating the folder', async () => {
    const cache = diagramCache(join(dir, 'nested', 'diagrams'));
    await cache.write('d-0123456789', { svg: '<svg id="d-0123456789"></svg>' });
    await cache.write('d-9876543210', { error: 'Parse error on line 2' });
    expect(await cache.read('d-0123456789')).toEqual({ svg: '<svg id="d-0123456789"></svg>' });
    expect(await cache.read('d-9876543210')).toEqual({ error: 'Parse error on line 2' });
    expect((await readdir(join(dir, 'nested', 'diagrams'))).sort()).toEqual(['d-0123456789.json', 'd-9876543210.json']);
  });

  it('misses on an unknown key, a corrupt file, or a file written for another key', async () => {
    const cache = diagramCache(dir);
    expect(await cache.read('d-0000000000')).toBeUndefined();
    await writeFile(join(dir, 'd-1111111111.json'), '{"key":"d-1111111111","svg":');
    expect(await cache.read('d-1111111111')).toBeUndefined();
    await writeFile(join(dir, 'd-2222222222.json'), JSON.stringify({ key: 'd-3333333333', svg: '<svg/>' }));
    expect(await cache.read('d-2222222222')).toBeUndefined();
  });

  it('stores keys that are not file-name safe under a hashed name', async () => {
    const cache = diagramCache(dir);
    await cache.write('../escape/me', { svg: '<svg/>' });
    expect(await cache.read('../escape/me')).toEqual({ svg: '<svg/>' });
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^h-[0-9a-f]{32}\.json$/);
  });

  it('leaves no temporary files behind, also under concurrent writes of one key', async () => {
    const cache = diagramCache(dir);
    await Promise.all(
      Array.from({ length: 8 }, (_unused, index) => cache.write('d-0123456789', { svg: `<svg data-n="${index}"/>` })),
    );
    expect(await readdir(dir)).toEqual(['d-0123456789.json']);
    expect(await cache.read('d-0123456789')).toMatchObject({ svg: expect.stringMatching(/^<svg data-n="\d"\/>$/) });
  });
});
