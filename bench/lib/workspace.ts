// The bench's inputs on disk: a temp folder holding a copy of the shipped deck and the generated synthetic decks.

import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDeckFiles } from '../../src/io/load-deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import type { GeneratedDeck } from './synthetic-deck.js';

export interface BenchDeck {
  /** Short key used in figure names: shipped, s20, s500. */
  key: string;
  label: string;
  dir: string;
  slideCount: number;
  /** Where its build is kept for page metrics and export. */
  distDir: string;
}

export interface Workspace {
  root: string;
  dispose(): Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(tmpdir(), 'briefdeck-bench-'));
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

export async function slideCountOf(deckDir: string): Promise<number> {
  const { files } = loadDeckFiles(deckDir, deckDir);
  return parseDeck(files).slides.length;
}

/** Copies `slides/` (with its source article) so edits and concurrent work in the tree cannot disturb the bench. */
export async function copyShippedDeck(kitRoot: string, workspace: Workspace): Promise<BenchDeck> {
  const dir = path.join(workspace.root, 'shipped');
  await cp(path.join(kitRoot, 'slides'), dir, { recursive: true });
  const slideCount = await slideCountOf(dir);
  return { key: 'shipped', label: `shipped deck (${slideCount} slides)`, dir, slideCount, distDir: path.join(workspace.root, 'dist-shipped') };
}

export async function writeSyntheticDeck(deck: GeneratedDeck, workspace: Workspace): Promise<BenchDeck> {
  const key = `s${deck.slideCount}`;
  const dir = path.join(workspace.root, key);
  await mkdir(dir, { recursive: true });
  await Promise.all(deck.files.map((file) => writeFile(path.join(dir, file.name), file.content)));
  return { key, label: `synthetic ${deck.slideCount} slides`, dir, slideCount: deck.slideCount, distDir: path.join(workspace.root, `dist-${key}`) };
}
