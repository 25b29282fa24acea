// No stylesheet of the kit puts :has() on .slides: such a rule makes Chromium restyle every slide each time reveal.js
// touches one (its start on a 2,000-slide deck took over a minute), so themes mark the deck with a class instead.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';

/** Every .css file below `dir`. */
function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A compound selector naming .slides that also holds :has(), directly or inside :not()/:is()/:where(). */
const SLIDES_HAS = /\.slides(?![\w-])[^\s>+~,{]*:(?:(?:not|is|where)\()?has\(/;

describe('stylesheets', () => {
  it('put no :has() on .slides', () => {
    const files = [...cssFiles(path.join(KIT_ROOT, 'themes')), ...cssFiles(path.join(KIT_ROOT, 'src/client'))];
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, index) => (SLIDES_HAS.test(line) ? [`${path.relative(KIT_ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('would find one', () => {
    expect(SLIDES_HAS.test('.reveal.none .slides:not(:has(> section[data-transition])) > section {')).toBe(true);
    expect(SLIDES_HAS.test('.reveal .slides:has(> section.wide) {')).toBe(true);
    expect(SLIDES_HAS.test('.reveal .slides section.layout-bullets:has(> ul > li:nth-child(6)) {')).toBe(false);
  });
});
