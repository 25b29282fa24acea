// Slow steps' results on disk: read back by the same code and inputs only, written whole, the newest kept.

import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stepCache } from '../../src/io/step-cache.js';
import { runningCodeIdentity } from '../../src/io/code-identity.js';
import { tempDir } from '../helpers/build.js';

/** An empty folder path inside a temporary folder (removed with the test file's others). */
function folder(): string {
  return path.join(tempDir('step-cache'), 'cache');
}

describe('step cache', () => {
  it('gives back what was stored for the same key and code, and nothing for another key or other code', () => {
    const dir = folder();
    const value = { title: 'T', paragraphs: [{ id: 'p1', text: 'x' }] };
    stepCache(dir, 'articles', 'code-1').write('key', value);
    expect(stepCache(dir, 'articles', 'code-1').read('key')).toEqual(value);
    expect(stepCache(dir, 'articles', 'code-1').read('other key')).toBeUndefined();
    expect(stepCache(dir, 'articles', 'code-2').read('key')).toBeUndefined();
    expect(stepCache(dir, 'pages', 'code-1').read('key')).toBeUndefined();
    // No temporary file is left beside the result.
    expect(readdirSync(path.join(dir, 'articles')).filter((name) => !name.endsWith('.json'))).toEqual([]);
  });

  it('reads a damaged file as no result, and a folder it cannot write to is no failure', () => {
    const dir = folder();
    const cache = stepCache(dir, 'articles', 'c');
    cache.write('key', { a: 1 });
    const [file] = readdirSync(path.join(dir, 'articles'));
    writeFileSync(path.join(dir, 'articles', file!), '{"value": {"a"');
    expect(cache.read('key')).toBeUndefined();
    // A file where the folder should be: writing fails quietly, reading finds nothing.
    const blocked = folder();
    mkdirSync(blocked, { recursive: true });
    writeFileSync(path.join(blocked, 'articles'), 'not a folder');
    const broken = stepCache(blocked, 'articles', 'c');
    expect(() => broken.write('key', { a: 1 })).not.toThrow();
    expect(broken.read('key')).toBeUndefined();
  });

  it('keeps the newest results of a step and drops the oldest', () => {
    const dir = folder();
    const cache = stepCache(dir, 'articles', 'c');
    const results = path.join(dir, 'articles');
    for (let i = 0; i < 20; i++) {
      const before = new Set(existing(results));
      cache.write(`key ${i}`, i);
      // Each result a second newer than the one before, whatever the clock's resolution.
      const stamp = new Date(Date.UTC(2020, 0, 1, 0, 0, i));
      for (const name of existing(results).filter((n) => !before.has(n))) utimesSync(path.join(results, name), stamp, stamp);
    }
    expect(existing(results)).toHaveLength(16);
    expect(cache.read('key 19')).toBe(19);
    expect(cache.read('key 4')).toBe(4);
    expect(cache.read('key 3')).toBeUndefined();
    expect(cache.read('key 0')).toBeUndefined();
  });
});

function existing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

describe('running code identity', () => {
  it('names no identity for the TypeScript sources, and a new one when a compiled module is rewritten', () => {
    expect(runningCodeIdentity()).toBeUndefined();
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'main.mjs');
    writeFileSync(file, 'export {};\n');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const first = runningCodeIdentity(pathToFileURL(file).href);
    expect(first).toBeDefined();
    expect(runningCodeIdentity(pathToFileURL(file).href)).toBe(first);
    writeFileSync(file, 'export {};\n');
    expect(runningCodeIdentity(pathToFileURL(file).href)).not.toBe(first);
  });
});
