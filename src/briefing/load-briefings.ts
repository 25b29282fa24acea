// Reads a deck's briefing manifests and whatever they bring in from outside the deck (IO at the edge).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { decodeText } from '../io/decode-text.js';
import { loadDeckFiles } from '../io/load-deck.js';
import { parseDeck } from '../parse/parse-deck.js';
import { readManifest, type BriefingManifest } from './manifest.js';
import type { ExternalSlides } from './select.js';

export interface LoadedBriefings {
  manifests: Map<string, BriefingManifest>;
  external: ExternalSlides;
  diagnostics: Diagnostic[];
}

export const BRIEFINGS_FOLDER = 'briefings';
export const BRIEFING_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** `projectRoot`: no manifest may reach files or decks outside it. Paths in messages are relative to `displayRoot`. */
export async function loadBriefings(deckDir: string, projectRoot: string, displayRoot: string): Promise<LoadedBriefings> {
  const dir = path.join(deckDir, BRIEFINGS_FOLDER);
  const shown = (file: string): string => path.relative(displayRoot, file) || file;
  const manifests = new Map<string, BriefingManifest>();
  const external: ExternalSlides = { extra: new Map(), decks: new Map() };
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return { manifests, external, diagnostics };
  }
  for (const fileName of names) {
    const full = path.join(dir, fileName);
    const name = fileName.replace(/\.ya?ml$/, '');
    const decoded = decodeText(await readFile(full), shown(full));
    if (!decoded.ok) {
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    if (!BRIEFING_NAME.test(name)) {
      diagnostics.push({ severity: 'error', code: 'briefing', file: shown(full), line: 0, column: 0, message: `"${fileName}" is not a usable briefing name`, hint: 'name briefing files with lower-case letters, digits and dashes, e.g. principal.yaml' });
      continue;
    }
    const read = readManifest(decoded.text, shown(full), name);
    diagnostics.push(...read.diagnostics);
    if (!read.manifest) continue;
    manifests.set(name, read.manifest);
    for (const entry of read.manifest.entries) {
      const { selector } = entry;
      const outside = (target: string): Diagnostic => ({
        severity: 'error', code: 'briefing-path', file: shown(full), line: entry.line, column: 0,
        message: `"${target}" is outside the project`,
        hint: 'briefings may only bring in files and decks inside the project folder; copy the slides in first',
      });
      if (selector.kind === 'markdown') {
        external.extra.set(`markdown@${entry.line}`, parseExtra(selector.markdown, shown(full), entry.line));
      } else if (selector.kind === 'file') {
        const target = path.resolve(dir, selector.path);
        external.extra.set(selector.path, isInside(target, projectRoot) ? await readExtraFile(target, shown(target), shown(full), entry.line) : outside(selector.path));
      } else if (selector.kind === 'deck' && !external.decks.has(selector.deck)) {
        const target = path.resolve(dir, selector.deck);
        external.decks.set(selector.deck, isInside(target, projectRoot) ? await readOtherDeck(target, displayRoot, shown(full), entry.line) : outside(selector.deck));
      }
    }
  }
  return { manifests, external, diagnostics };
}

function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function parseExtra(markdown: string, manifestFile: string, line: number): SourceSlide[] | Diagnostic {
  const parsed = parseDeck([{ file: `${manifestFile}:${line}`, text: markdown }]);
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  return error ? { ...error, file: manifestFile, line: line + Math.max(error.line, 1) } : parsed.slides;
}

async function readExtraFile(target: string, shownTarget: string, manifestFile: string, line: number): Promise<SourceSlide[] | Diagnostic> {
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    return { severity: 'error', code: 'briefing-path', file: manifestFile, line, column: 0, message: `the file ${shownTarget} does not exist`, hint: 'check the path; it is relative to the manifest’s folder' };
  }
  const decoded = decodeText(bytes, shownTarget);
  if (!decoded.ok) return decoded.diagnostic;
  const parsed = parseDeck([{ file: shownTarget, text: decoded.text }]);
  return parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.slides;
}

async function readOtherDeck(target: string, displayRoot: string, manifestFile: string, line: number): Promise<SourceSlide[] | Diagnostic> {
  const loaded = await loadDeckFiles(target, displayRoot);
  const failure = loaded.diagnostics[0];
  if (failure) return { ...failure, file: manifestFile, line, message: `cannot use the deck ${path.relative(displayRoot, target)}: ${failure.message}` };
  const parsed = parseDeck(loaded.files);
  return parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.slides;
}
