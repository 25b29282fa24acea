// The direct reader of simple YAML blocks gives what the full parser gives, or leaves the block to it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_SETTING_KEYS } from '../../src/parse/settings.js';
import { readSimpleYamlBlock } from '../../src/parse/simple-yaml.js';
import { parseFullYamlBlock, parseYamlBlock } from '../../src/parse/yaml-block.js';

const KEYS = ['id', 'title', 'section', 'minutes', 'tags', 'layout', 'theme', 'x-y', 'a_b', 'Key1', 'true', 'null', 'Null', 'NULL', 'on', 'yes', '1', '1e3', '<<', '__proto__', 'ü', 'a b', '-k', 'k:'];

const VALUES = [
  '007', '2e3', '1.5', '-1', '+1', '.5', '1.', '0x1F', '0X1F', '0o17', '0b1', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'true', 'True', 'TRUE',
  'tRue', 'false', 'no', '~', 'null', 'Null', 'NULL', 'nULL', '', 'plain text', 'two  spaces', 'a: b', 'a:', 'a #c', 'a#b', '"q"', "'q'", '"', "it's", '[a, b]',
  '{a: 1}', 'a, b', 'a [b]', '- x', '-x', '-', '--', '---', '...', '?x', '?', ':x', '&a x', '*a', '!tag x', '!!str 1', '|', '>', '%x', '@x', '`x', '#x',
  'http://x.y/z?q=1', 'é', 'a\u00a0', '\u00a0a', 'a\u2028b', '\ufeffa', 'a\u0085b', 'a\u0007', '\t', 'a\tb', '1:2', '12:30', '1_000', '0.0', '-0', '+0', '-0.0',
  '1e5', '1E+5', '-1e-5', '01', '0', '9007199254740993', '1'.repeat(400), 's-0001', 'part-12', 'Summit in Hanoi (2019)', '\\n',
];

const SEPARATORS = [': ', ':  ', ':', ' : ', ':\t', ': \t', '::', ' :'];

const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SEPARATORS), fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' ', '  ', '\t', ' # note')).map(([key, separator, words, tail]) => `${key}${separator}${words.join(' ')}${tail}`) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '# comment', '  nested: 1', '  - item', '- item', 'key', '---', '...', '\r', 'a: |', '  text', '&anchor a: 1', '? x', 'k: &v 1', 'j: *v') },
);

const block = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));

describe('readSimpleYamlBlock', () => {
  it('equals the full parser on every block it reads, over thousands of seeded random blocks', () => {
    let read = 0;
    fc.assert(
      fc.property(block, (source) => {
        const direct = readSimpleYamlBlock(source, TEXT_SETTING_KEYS);
        if (direct === undefined) return;
        read++;
        const full = parseFullYamlBlock(source, 1, TEXT_SETTING_KEYS);
        expect(full.ok, source).toBe(true);
        if (full.ok) expect(direct, source).toStrictEqual(full.data);
      }),
      { numRuns: 5000, seed: 18 },
    );
    // Most generated blocks hold one of the reader's refusals; enough of them are simple that the comparison means something.
    expect(read).toBeGreaterThan(200);
  });

  it('resolves plain scalars by the core schema, and setting text as written', () => {
    const source = 'id: 007\ntitle: 2e3\nminutes: 007\nx: 0x1F\ny: 0o17\nz: .inf\nw: -.5\nnothing:\ntilde: ~\nflag: True\nword: yes\nlink: http://x.y/z';
    const data = readSimpleYamlBlock(source, new Set(['id', 'title']));
    expect(data).toStrictEqual({ id: '007', title: '2e3', minutes: 7, x: 31, y: 15, z: Infinity, w: -0.5, nothing: null, tilde: null, flag: true, word: 'yes', link: 'http://x.y/z' });
    expect(data).toStrictEqual((parseFullYamlBlock(source, 1, new Set(['id', 'title'])) as { data: unknown }).data);
  });

  it('leaves quotes, flow collections, comments, nesting, anchors and repeated keys to the full parser', () => {
    for (const source of ['title: "a"', 'tags: [a, b]', 'a: b # c', 'a:\n  b: 1', 'a: &x 1', 'a: 1\na: 2', '# only a comment', 'true: 1', 'a: b: c', '- a']) {
      expect(readSimpleYamlBlock(source, TEXT_SETTING_KEYS), source).toBeUndefined();
    }
  });
});

describe('parseYamlBlock', () => {
  it('reports a repeated key in a block of simple lines, as the full parser does', () => {
    expect(parseYamlBlock('id: a\nsection: b\nid: c', 5)).toMatchObject({ ok: false, line: 7 });
  });
});
