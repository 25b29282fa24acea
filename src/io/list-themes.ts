// Theme names: the `.css` files in a themes folder.

import { readdir } from 'node:fs/promises';

/** Sorted names without `.css`; a missing or unreadable folder has none. */
export async function listThemes(themesDir: string): Promise<string[]> {
  try {
    return (await readdir(themesDir)).filter((name) => name.endsWith('.css')).map((name) => name.slice(0, -4)).sort();
  } catch {
    return [];
  }
}
