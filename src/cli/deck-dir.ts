// Resolves the deck a command works on: DIR (a folder or one .md file), else the config's deck, else what the working folder holds.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeckFile } from '../io/load-deck.js';
import type { Project } from '../site/vite-config.js';
import { UsageError } from './command.js';

export interface DeckChoice {
  /** Absolute path of the deck folder or single .md file. */
  path: string;
  /** How it was found, for a note when the choice is not the obvious one; undefined for DIR, the config's or `slides/`. */
  note?: string;
}

/** Folders never taken for a deck when looking for one. */
const NOT_DECKS = new Set(['node_modules', 'dist', 'public', 'docs']);

function deckDirFrom(positionals: readonly string[], cwd: string): string | undefined {
  const [dir] = positionals;
  return dir === undefined ? undefined : path.resolve(cwd, dir);
}

/**
 * The deck: DIR when given; else `configured` (the `deck` option of the project's vite.config);
 * else `slides/` of the working folder; else the working folder itself when it holds slides (.md files);
 * else its one subfolder that does. Several candidates or none are a usage error saying what to do.
 */
export function resolveDeck(positionals: readonly string[], cwd: string, configured?: string): DeckChoice {
  if (positionals.length > 1) throw new UsageError(`expected one deck (a folder or a .md file), got ${positionals.join(' ')}`);
  const given = deckDirFrom(positionals, cwd);
  if (given !== undefined) {
    const kind = kindOf(given);
    if (kind === 'file' && !given.toLowerCase().endsWith('.md')) throw new UsageError(`${positionals[0]} is a file but not Markdown: give a deck folder or one .md file`);
    return { path: given };
  }
  if (configured !== undefined) return { path: configured };
  const slides = path.join(cwd, 'slides');
  if (kindOf(slides) === 'folder') return { path: slides };
  if (holdsSlides(cwd)) return { path: cwd, note: 'the deck is the Markdown files of this folder (there is no slides/ folder)' };
  const folders = subfolders(cwd).filter((dir) => holdsSlides(path.join(cwd, dir)));
  if (folders.length === 1) return { path: path.join(cwd, folders[0]!), note: `the deck is ${folders[0]}/, the only folder of slides here (there is no slides/ folder)` };
  if (folders.length > 1) throw new UsageError(`several folders here hold slides (${folders.map((f) => `${f}/`).join(', ')}): name the deck, e.g. \`briefdeck dev ${folders[0]}\``);
  throw new UsageError('no deck here: this folder has no slides/ folder and no Markdown slides; name one (a folder or a .md file), or start one with `briefdeck new slides`');
}

/** The deck a command works on: DIR, else the `deck` option of the project's config, else what the working folder holds. */
export function projectDeck(project: Project, positionals: readonly string[], cwd: string): DeckChoice {
  return resolveDeck(positionals, cwd, project.options.deck);
}

function kindOf(file: string): 'file' | 'folder' | undefined {
  try {
    const info = statSync(file);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

function holdsSlides(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isFile() && isDeckFile(entry.name));
  } catch {
    return false;
  }
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !NOT_DECKS.has(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
