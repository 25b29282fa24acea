// Reads a deck from disk (a folder of Markdown files in name order, or one .md file), decoded, with diagnostics for unreadable ones. Synchronous, as the reader it uses.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DeckFile } from '../parse/parse-deck.js';
import { decodeText } from './decode-text.js';
import { readInputFile } from './read-input.js';

export interface LoadedDeckFiles {
  files: DeckFile[];
  diagnostics: Diagnostic[];
}

/** A deck given as one Markdown file rather than a folder. */
export function isSingleFileDeck(deckPath: string): boolean {
  return deckPath.toLowerCase().endsWith('.md');
}

/** The folder a deck's relative paths (source article, briefings) start from: the deck folder, or a single file's folder. */
export function deckFolderOf(deckPath: string): string {
  return isSingleFileDeck(deckPath) ? path.dirname(deckPath) : deckPath;
}

/** The name output files take by default: the folder's name, or the file's without `.md`. */
export function deckNameOf(deckPath: string): string {
  return path.basename(deckPath).replace(/\.md$/i, '') || 'deck';
}

/**
 * `deckDir`: a deck folder or one `.md` file. `displayRoot`: paths in diagnostics are relative to it (usually the
 * project folder). `projectRoot`: a deck file that is a symlink must resolve inside it (default: the deck folder's parent).
 */
export function loadDeckFiles(deckDir: string, displayRoot: string, projectRoot = path.dirname(deckFolderOf(deckDir))): LoadedDeckFiles {
  const shown = (file: string): string => path.relative(displayRoot, file) || file;
  const loaded = isSingleFileDeck(deckDir) ? loadSingleFile(deckDir, projectRoot, shown) : loadFolder(deckDir, projectRoot, shown);
  const config = readRevealMdJson(path.join(deckFolderOf(deckDir), REVEAL_MD_JSON), projectRoot, shown);
  if (config === undefined) return loaded;
  if ('diagnostic' in config) return { files: loaded.files, diagnostics: [...loaded.diagnostics, config.diagnostic] };
  const [first, ...rest] = loaded.files;
  return { files: first ? [{ ...first, revealMdJson: config }, ...rest] : [], diagnostics: loaded.diagnostics };
}

/** reveal-md's settings file; beside the deck it makes the deck a reveal-md deck. */
export const REVEAL_MD_JSON = 'reveal-md.json';

function readRevealMdJson(file: string, projectRoot: string, shown: (file: string) => string): { data: Record<string, unknown>; file: string } | { diagnostic: Diagnostic } | undefined {
  if (!existsSync(file)) return undefined;
  const read = readInputFile(file, projectRoot, shown(file), 'reveal-md settings file');
  if (!read.ok) return { diagnostic: read.diagnostic };
  const where = { severity: 'error' as const, code: 'reveal-md-json', file: shown(file), line: 1, column: 1 };
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    return { diagnostic: { ...where, message: `${REVEAL_MD_JSON} is not valid JSON (${(error as Error).message})`, hint: 'write it as one JSON object, e.g. { "separator": "<!--s-->" }' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { diagnostic: { ...where, message: `${REVEAL_MD_JSON} should hold one JSON object`, hint: 'write it as { "key": value, ... }' } };
  }
  return { data: data as Record<string, unknown>, file: shown(file) };
}

function loadFolder(deckDir: string, projectRoot: string, shown: (file: string) => string): LoadedDeckFiles {
  let names: string[];
  try {
    names = readdirSync(deckDir, { withFileTypes: true })
      .filter((entry) => isDeckFile(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, 'en'));
  } catch {
    return { files: [], diagnostics: [folderProblem(shown(deckDir), 'the deck folder does not exist or cannot be read', 'create it, or pass the folder that holds your slides, e.g. `briefdeck dev slides/`')] };
  }
  if (names.length === 0) {
    return { files: [], diagnostics: [folderProblem(shown(deckDir), 'the deck folder has no Markdown (.md) files', 'add a file such as slides.md, or run `briefdeck generate ARTICLE --out ' + shown(deckDir) + '`')] };
  }
  const files: DeckFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const full = path.join(deckDir, name);
    const read = readInputFile(full, projectRoot, shown(full), 'Markdown file');
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const decoded = decodeText(read.bytes, shown(full));
    if (decoded.ok) files.push({ file: shown(full), text: decoded.text });
    else diagnostics.push(decoded.diagnostic);
  }
  return { files, diagnostics };
}

function loadSingleFile(file: string, projectRoot: string, shown: (file: string) => string): LoadedDeckFiles {
  const read = readInputFile(file, projectRoot, shown(file), 'deck file');
  if (!read.ok) return { files: [], diagnostics: [read.diagnostic] };
  const decoded = decodeText(read.bytes, shown(file));
  return decoded.ok ? { files: [{ file: shown(file), text: decoded.text }], diagnostics: [] } : { files: [], diagnostics: [decoded.diagnostic] };
}

export function isDeckFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md' && !name.startsWith('.');
}

function folderProblem(file: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', code: 'deck-folder', file, line: 0, column: 0, message, hint };
}
