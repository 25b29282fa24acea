import { describe, expect, it } from 'vitest';
import { parseManifest, planWrite, sha256 } from '../../src/article/write-plan.js';

const files = [
  { name: '01-title.md', content: 'title v2' },
  { name: '02-firsts.md', content: 'firsts v2' },
];
const manifest = (entries: Record<string, string>) => ({ generator: 'briefdeck generate' as const, version: 1 as const, article: 'source/a.txt', files: entries });

describe('planWrite', () => {
  it('writes everything into an empty folder and records hashes', () => {
    const plan = planWrite({ existing: new Map(), files, article: 'source/a.txt', force: false });
    expect(plan.write.map((f) => f.name)).toEqual(['01-title.md', '02-firsts.md']);
    expect(plan.conflicts).toEqual([]);
    expect(plan.manifest.files).toEqual({ '01-title.md': sha256('title v2'), '02-firsts.md': sha256('firsts v2') });
  });

  it('replaces files still as generated, removes stale generated ones, skips identical ones', () => {
    const existing = new Map([
      ['01-title.md', 'title v1'],
      ['02-firsts.md', 'firsts v2'],
      ['03-old.md', 'old'],
    ]);
    const plan = planWrite({
      existing,
      manifest: manifest({ '01-title.md': sha256('title v1'), '03-old.md': sha256('old') }),
      files,
      article: 'source/a.txt',
      force: false,
    });
    expect(plan.write.map((f) => f.name)).toEqual(['01-title.md']);
    expect(plan.remove).toEqual(['03-old.md']);
    expect(plan.conflicts).toEqual([]);
  });

  it('stops on hand-edited and unknown deck files unless forced', () => {
    const existing = new Map([
      ['01-title.md', 'title v1, edited by hand'],
      ['99-mine.md', 'my own slide'],
    ]);
    const m = manifest({ '01-title.md': sha256('title v1') });
    const plan = planWrite({ existing, manifest: m, files, article: 'source/a.txt', force: false });
    expect(plan.conflicts).toEqual([
      { name: '01-title.md', reason: 'edited' },
      { name: '99-mine.md', reason: 'not-generated' },
    ]);
    const forced = planWrite({ existing, manifest: m, files, article: 'source/a.txt', force: true });
    expect(forced.conflicts).toEqual([]);
    expect(forced.write.map((f) => f.name)).toEqual(['01-title.md', '02-firsts.md']);
    expect(forced.kept).toEqual(['99-mine.md']);
    expect(forced.remove).toEqual([]);
  });

  it('treats every existing file as hand-made when there is no manifest', () => {
    const plan = planWrite({ existing: new Map([['02-firsts.md', 'something']]), files, article: 'source/a.txt', force: false });
    expect(plan.conflicts).toEqual([{ name: '02-firsts.md', reason: 'not-generated' }]);
  });
});

describe('parseManifest', () => {
  it('reads our manifest and rejects anything else', () => {
    expect(parseManifest(JSON.stringify(manifest({ 'a.md': 'x' })))).toEqual(manifest({ 'a.md': 'x' }));
    expect(parseManifest('{"generator":"other","files":{}}')).toBeUndefined();
    expect(parseManifest('not json')).toBeUndefined();
    expect(parseManifest(undefined)).toBeUndefined();
  });
});
