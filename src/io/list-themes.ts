// Theme names: the `.css` files in a themes folder; which of them can be used, and a theme's CSS read as a regular file.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { refusalOf, regularFileBytes } from './read-regular-file.js';

/** Sorted names without `.css`; a missing or unreadable folder has none. */
export function listThemes(themesDir: string): string[] {
  try {
    return readdirSync(themesDir).filter((name) => name.endsWith('.css')).map((name) => name.slice(0, -4)).sort();
  } catch {
    return [];
  }
}

/** A theme whose `.css` is there but cannot be read: a named pipe, a device, a folder, a link to nothing, too large. */
export interface UnusableTheme {
  /** The theme's file, relative to the folder messages start from. */
  file: string;
  /** Why, e.g. "it is a named pipe (FIFO), not a regular file". */
  detail: string;
}

export interface ThemeChoice {
  /** Sorted names of the themes whose file is a regular file under the size cap. */
  themes: string[];
  /** The others, by name. */
  unusable: Record<string, UnusableTheme>;
}

/**
 * The folder's themes, each judged by `stat` (never opened: a pipe never waits); files are shown relative to `displayRoot`.
 * Synchronous, as the file reader: every compile asks, and a dozen small `stat`s cost less than the thread pool's round trips.
 */
export function themeChoice(themesDir: string, displayRoot: string): ThemeChoice {
  const judged = listThemes(themesDir).map((name) => ({ name, detail: themeFileRefusal(themeFile(themesDir, name)) }));
  const unusable: Record<string, UnusableTheme> = {};
  for (const { name, detail } of judged) if (detail !== undefined) unusable[name] = { file: path.relative(displayRoot, themeFile(themesDir, name)) || themeFile(themesDir, name), detail };
  return { themes: judged.filter((j) => j.detail === undefined).map((j) => j.name), unusable };
}

/** Why a theme's file cannot be used (a pipe, a device, a folder, a link to nothing, too large), or undefined when it can; judged by `stat`, never opened. */
export function themeFileRefusal(file: string): string | undefined {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch {
    return 'it does not exist (a link to nothing)';
  }
  return refusalOf(stats)?.detail;
}

export function themeFile(themesDir: string, theme: string): string {
  return path.join(themesDir, `${theme}.css`);
}

/**
 * The theme's CSS, or undefined when its file is not a regular file under the size cap (or is gone): loading the deck
 * has said so at the headmatter already, so a reader of it for colours or fonts falls back instead of waiting on a pipe.
 */
export async function readThemeCss(themesDir: string, theme: string): Promise<string | undefined> {
  return regularFileBytes(themeFile(themesDir, theme))?.toString('utf8');
}
