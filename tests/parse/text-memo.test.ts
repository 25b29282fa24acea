// The memo of pure text readers: a text is read once, each caller gets its own copy, and the least recently read go first past the limit.

import { describe, expect, it } from 'vitest';
import { textMemo } from '../../src/parse/text-memo.js';
import { parseYamlBlock } from '../../src/parse/yaml-block.js';
import { readManifest } from '../../src/briefing/manifest.js';

describe('textMemo', () => {
  it('reads a text once, and gives every caller a copy of its own', () => {
    const memo = textMemo<{ items: string[] }>();
    let reads = 0;
    const read = () => {
      reads++;
      return { items: ['a'] };
    };
    memo('text', read).items.push('changed by the first caller');
    memo('text', read).items.push('changed by the second caller');
    expect(memo('text', read)).toEqual({ items: ['a'] });
    expect(reads).toBe(1);
  });

  it('forgets the least recently read texts once it holds more characters than its limit', () => {
    const memo = textMemo<number>(10);
    const reads: string[] = [];
    const read = (key: string) => memo(key, () => (reads.push(key), key.length));
    read('aaaa');
    read('bbbb');
    read('aaaa'); // read again: now the most recent
    read('cccc'); // 12 characters: the least recent (bbbb) goes
    read('aaaa');
    read('bbbb');
    expect(reads).toEqual(['aaaa', 'bbbb', 'cccc', 'bbbb']);
  });

  it('keeps no text longer than its limit', () => {
    const memo = textMemo<number>(3);
    let reads = 0;
    memo('long text', () => ++reads);
    memo('long text', () => ++reads);
    expect(reads).toBe(2);
  });
});

describe('memoised readers', () => {
  it('report a YAML block’s error at the block’s own line wherever the block moved in its file', () => {
    const block = 'tags: [a, b\nid: x';
    expect(parseYamlBlock(block, 2)).toMatchObject({ ok: false, line: 2 });
    expect(parseYamlBlock(block, 40)).toMatchObject({ ok: false, line: 40 });
    expect(parseYamlBlock(block, 2)).toMatchObject({ ok: false, line: 2 });
  });

  it('give a YAML block’s data as a copy the caller may change', () => {
    const block = 'tags: [staff, board]\nid: a';
    for (const line of [2, 5]) {
      const read = parseYamlBlock(block, line);
      if (!read.ok) throw new Error('the block should parse');
      (read.data.tags as string[]).push('changed');
    }
    expect(parseYamlBlock(block, 9)).toEqual({ ok: true, data: { tags: ['staff', 'board'], id: 'a' } });
  });

  it('read the same manifest text in another file as that file’s', () => {
    const text = 'title: T\nslides:\n  - id: a\n  - bogus: 1\n';
    const one = readManifest(text, 'slides/briefings/one.yaml', 'one');
    const two = readManifest(text, 'slides/briefings/two.yaml', 'two');
    expect(one.diagnostics.map((d) => d.file)).toEqual(one.diagnostics.map(() => 'slides/briefings/one.yaml'));
    expect(two.diagnostics.length).toBeGreaterThan(0);
    expect(two.diagnostics.every((d) => d.file === 'slides/briefings/two.yaml')).toBe(true);
    expect(two.manifest?.name ?? 'two').toBe('two');
  });
});
