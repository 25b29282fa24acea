// The deck font: core files and fonts.css are what scripts/subset-fonts.ts makes, and the faces split the characters cleanly.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCoreFonts } from '../../scripts/lib/core-fonts.js';
import { CORE_RANGES, FONT_WEIGHTS } from '../../src/theme/font-faces.js';
import { readFontsourceRanges } from '../../src/theme/fontsource-ranges.js';
import { contains, formatUnicodeRange, normalize, parseUnicodeRange, subtract } from '../../src/theme/unicode-range.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';

const fontsCss = readFileSync(path.join(KIT_ROOT, 'themes/shared/fonts.css'), 'utf8');

describe('unicode ranges', () => {
  it('parses, merges, formats and subtracts', () => {
    const ranges = parseUnicodeRange('U+0000-00FF, U+0131,U+0152-0153, U+02??');
    expect(ranges).toEqual([[0, 0xff], [0x131, 0x131], [0x152, 0x153], [0x200, 0x2ff]]);
    expect(formatUnicodeRange(normalize([[0x41, 0x5a], [0x5b, 0x60], [0x20ac, 0x20ac]]))).toBe('U+41-60, U+20AC');
    expect(subtract([[0, 0xff]], [[0x20, 0x7e], [0xa0, 0xa0]])).toEqual([[0, 0x1f], [0x7f, 0x9f], [0xa1, 0xff]]);
    expect(contains(ranges, 0x131)).toBe(true);
    expect(contains(ranges, 0x130)).toBe(false);
    expect(() => parseUnicodeRange('U+00FF-0000')).toThrow(RangeError);
  });
});

describe('the deck font', () => {
  it('has fonts.css and core files exactly as scripts/subset-fonts.ts makes them (run it after upgrading the font)', async () => {
    const made = await makeCoreFonts();
    expect(fontsCss).toBe(made.css);
    for (const [name, bytes] of made.files) {
      const committed = readFileSync(path.join(KIT_ROOT, 'themes/fonts', name));
      expect(committed.equals(bytes), `themes/fonts/${name} is stale`).toBe(true);
      expect(committed.length).toBeLessThan(10_000);
    }
  });

  it('gives each character of each weight to exactly one face, covering all of fontsource’s latin and latin-ext', () => {
    const faces = [...fontsCss.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => ({
      weight: Number(/font-weight:\s*(\d+)/.exec(m[1]!)![1]),
      style: /font-style:\s*(\w+)/.exec(m[1]!)![1],
      src: /src:\s*url\('([^']+)'\)/.exec(m[1]!)![1]!,
      ranges: parseUnicodeRange(/unicode-range:\s*([^;]+);/.exec(m[1]!)![1]!),
    }));
    expect(faces.every((f) => f.style === 'normal')).toBe(true);
    expect([...new Set(faces.map((f) => f.weight))]).toEqual([...FONT_WEIGHTS]);
    const { latin, latinExt } = readFontsourceRanges();
    for (const weight of FONT_WEIGHTS) {
      const own = faces.filter((f) => f.weight === weight);
      expect(own.map((f) => path.basename(f.src))).toEqual([`source-sans-3-core-${weight}.woff2`, `source-sans-3-latin-${weight}-normal.woff2`, `source-sans-3-latin-ext-${weight}-normal.woff2`]);
      expect(own[0]!.ranges).toEqual(CORE_RANGES);
      const total = own.reduce((sum, f) => sum + f.ranges.reduce((n, [a, b]) => n + b - a + 1, 0), 0);
      const union = normalize(own.flatMap((f) => f.ranges));
      expect(total, 'faces overlap').toBe(union.reduce((n, [a, b]) => n + b - a + 1, 0));
      expect(subtract(normalize([...latin, ...latinExt]), union)).toEqual([]);
    }
  });

  it('keeps ASCII and the punctuation prose uses in the core files', () => {
    for (const char of 'Az09 “quoted” ‘single’ — – … · • € ™ × °') expect(contains(CORE_RANGES, char.codePointAt(0)!), char).toBe(true);
    expect(contains(CORE_RANGES, 'é'.codePointAt(0)!)).toBe(false);
  });
});
