// The generator must be general: no proper noun or date of the summit article may appear anywhere in src/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureText, SUMMIT } from './fixtures.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Names, places and dates of the summit article (word-bounded, case-sensitive). */
const BANNED = [
  'Trump', 'Kim', 'Moon', 'Jae-in', 'Pyongyang', 'Tillerson', 'Korea', 'Korean', 'Panmunjeom', 'Chung', 'Eui-yong',
  'Pence', 'McMaster', 'Washington', 'Seoul', 'Panda', 'Cha', 'Paal', 'Yun', 'Yo-jong', 'Jong-un', 'Jong Un',
  'Tokyo', 'Sasahara', 'Blue House', 'Carnegie', 'Diplomat', 'Victor', 'Ankit', 'Rex', 'Mike Pence', 'ROK', 'CVID',
  'Japan', 'Mexico', 'Canada', 'February 10', 'March 5', 'March 9', '2018', 'late April', 'end of May',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const pattern = (word: string) => new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');

describe('no knowledge of the summit article in src/', () => {
  it('checks words that really occur in the article', () => {
    const article = fixtureText(SUMMIT);
    for (const word of BANNED) expect(pattern(word).test(article), word).toBe(true);
  });

  it('finds none of them in any file under src/', () => {
    const all = files(SRC);
    expect(all.length).toBeGreaterThan(20);
    const hits = all.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return BANNED.filter((w) => pattern(w).test(text)).map((w) => `${path.relative(SRC, file)}: ${w}`);
    });
    expect(hits).toEqual([]);
  });
});
