// Copies a deck folder with its headmatter switched to another theme, so a deck can be built and checked in every theme.

import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeckFile } from './load-deck.js';

const SEPARATOR = /^---\s*$/;
const THEME_LINE = /^theme\s*:/;

/** The first file's text with `theme:` set in its headmatter (added, or a headmatter created, when missing). Pure. */
export function withHeadmatterTheme(text: string, theme: string): string {
  const lines = text.split('\n');
  const close = SEPARATOR.test(lines[0] ?? '') ? lines.findIndex((line, index) => index > 0 && SEPARATOR.test(line)) : -1;
  if (close === -1) return `---\ntheme: ${theme}\n---\n${text}`;
  const themeIndex = lines.slice(1, close).findIndex((line) => THEME_LINE.test(line));
  if (themeIndex === -1) lines.splice(close, 0, `theme: ${theme}`);
  else lines[themeIndex + 1] = `theme: ${theme}`;
  return lines.join('\n');
}

/** Copies `deckDir` (with its sources and briefings) to `targetDir` and sets the theme there; returns `targetDir`. */
export async function copyDeckWithTheme(deckDir: string, targetDir: string, theme: string): Promise<string> {
  await cp(deckDir, targetDir, { recursive: true });
  const first = (await readdir(targetDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && isDeckFile(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en'))[0];
  if (!first) throw new Error(`${deckDir} holds no Markdown files to take a theme`);
  const file = path.join(targetDir, first);
  await writeFile(file, withHeadmatterTheme(await readFile(file, 'utf8'), theme));
  return targetDir;
}
