// Reads a deck's briefing manifests and whatever they bring in from outside the deck (IO at the edge).

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { resolveInside } from '../io/contained-path.js';
import { decodeText } from '../io/decode-text.js';
import { loadDeckFiles } from '../io/load-deck.js';
import { readInput, readInputFile } from '../io/read-input.js';
import { parseDeck } from '../parse/parse-deck.js';
import { BRIEFING_NAME, BRIEFINGS_FOLDER, isManifestFile } from './briefing-name.js';
import { readManifest, type BriefingManifest } from './manifest.js';
import type { ExternalSlides } from './select.js';

export interface LoadedBriefings {
  manifests: Map<string, BriefingManifest>;
  external: ExternalSlides;
  diagnostics: Diagnostic[];
}

/** `projectRoot`: no manifest may reach files or decks outside it. Paths in messages are relative to `displayRoot`. */
export async function loadBriefings(deckDir: string, projectRoot: string, displayRoot: string): Promise<LoadedBriefings> {
  const dir = path.join(deckDir, BRIEFINGS_FOLDER);
  const shown = (file: string): string => path.relative(displayRoot, file) || file;
  const manifests = new Map<string, BriefingManifest>();
  const external: ExternalSlides = { extra: new Map(), decks: new Map() };
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isManifestFile).sort();
  } catch {
    return { manifests, external, diagnostics };
  }
  for (const fileName of names) {
    const full = path.join(dir, fileName);
    const name = fileName.replace(/\.ya?ml$/, '');
    const input = readInputFile(full, projectRoot, shown(full), 'briefing manifest');
    if (!input.ok) {
      diagnostics.push(input.diagnostic);
      continue;
    }
    const decoded = decodeText(input.bytes, shown(full));
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
        external.extra.set(selector.path, await readExtraFile(target, projectRoot, selector.path, shown(target), shown(full), entry.line));
      } else if (selector.kind === 'deck' && !external.decks.has(selector.deck)) {
        const target = path.resolve(dir, selector.deck);
        const place = resolveInside(target, projectRoot);
        external.decks.set(selector.deck, place.kind === 'outside' ? outside(selector.deck) : await readOtherDeck(place.kind === 'inside' ? place.real : target, target, displayRoot, projectRoot, shown(full), entry.line));
      }
    }
  }
  return { manifests, external, diagnostics };
}

function parseExtra(markdown: string, manifestFile: string, line: number): SourceSlide[] | Diagnostic {
  const parsed = parseDeck([{ file: `${manifestFile}:${line}`, text: markdown }]);
  const error = parsed.diagnostics.find((d) => d.severity === 'error');
  return error ? { ...error, file: manifestFile, line: line + Math.max(error.line, 1) } : parsed.slides;
}

async function readExtraFile(target: string, projectRoot: string, written: string, shownTarget: string, manifestFile: string, line: number): Promise<SourceSlide[] | Diagnostic> {
  const read = readInput({ file: target, projectRoot, at: { file: manifestFile, line }, shown: `"${written}"`, what: 'slides file' });
  if (!read.ok) return read.diagnostic;
  const decoded = decodeText(read.bytes, shownTarget);
  if (!decoded.ok) return decoded.diagnostic;
  const parsed = parseDeck([{ file: shownTarget, text: decoded.text }]);
  return parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.slides;
}

/** `real`: the deck folder with symlinks resolved (its files must stay in the project too); `target`: as written, for messages. */
async function readOtherDeck(real: string, target: string, displayRoot: string, projectRoot: string, manifestFile: string, line: number): Promise<SourceSlide[] | Diagnostic> {
  const loaded = loadDeckFiles(real, displayRoot, projectRoot);
  const failure = loaded.diagnostics[0];
  if (failure) return { ...failure, file: manifestFile, line, message: `cannot use the deck ${path.relative(displayRoot, target)}: ${failure.message}` };
  const parsed = parseDeck(loaded.files);
  return parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.slides;
}
