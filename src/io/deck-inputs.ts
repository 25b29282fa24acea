// The files a build of a deck reads besides its slide files, found before any work from the headmatter and manifests alone.

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { BRIEFINGS_FOLDER, isManifestFile } from '../briefing/briefing-name.js';
import { readManifest } from '../briefing/manifest.js';
import { parseFile } from '../parse/parse-file.js';
import { projectStampInputs, type StampedProject } from '../site/build-stamp.js';
import { decodeText } from './decode-text.js';
import { deckFolderOf, loadDeckFiles, REVEAL_MD_JSON } from './load-deck.js';
import { readInputFile } from './read-input.js';

/** One input of a deck: a file or a folder, and what it is to the deck (as named in messages). */
export interface DeckInput {
  path: string;
  what: string;
}

/**
 * `deckDir`: the deck folder or single `.md` file; `project`: its project, when loaded (its config, public/ and
 * themes folder, as the build stamp counts them). The source article the headmatter names, reveal-md.json, and the
 * slides files and decks the briefings bring in; inputs that cannot be read are left out (the build reports them).
 * Cheap: the deck files and manifests are read, not compiled.
 */
export async function deckInputs(deckDir: string, project?: StampedProject): Promise<DeckInput[]> {
  const folder = deckFolderOf(deckDir);
  const [article, briefings] = await Promise.all([articleInput(deckDir), briefingInputs(deckDir)]);
  const settings = existsSync(path.join(folder, REVEAL_MD_JSON)) ? [{ path: path.join(folder, REVEAL_MD_JSON), what: `the deck’s ${REVEAL_MD_JSON}` }] : [];
  const stamped = project ? projectStampInputs(project, deckDir, project.root, { base: './' }) : undefined;
  const projectFiles = [
    ...(stamped?.configFile !== undefined ? [{ path: stamped.configFile, what: 'the project’s Vite config' }] : []),
    ...(stamped?.folders ?? []).map((dir) => ({ path: dir, what: 'a folder the build reads' })),
  ];
  return [...article, ...settings, ...briefings, ...projectFiles];
}

/** The headmatter's `article:`, resolved from the deck folder as the build resolves it. */
async function articleInput(deckDir: string): Promise<DeckInput[]> {
  const folder = deckFolderOf(deckDir);
  const [first] = (loadDeckFiles(deckDir, folder)).files;
  const article = first ? parseFile(first.text, first.file, true).headmatter?.data.article : undefined;
  return typeof article === 'string' && article.trim() !== '' ? [{ path: path.resolve(folder, article), what: 'the deck’s source article' }] : [];
}

/** The `file:` and `deck:` entries of every manifest in the deck's briefings folder. */
async function briefingInputs(deckDir: string): Promise<DeckInput[]> {
  const dir = path.join(deckDir, BRIEFINGS_FOLDER);
  const names = await readdir(dir).then((all) => all.filter(isManifestFile).sort(), () => []);
  const perManifest = await Promise.all(names.map(async (fileName): Promise<DeckInput[]> => {
    const file = path.join(dir, fileName);
    const read = readInputFile(file, path.dirname(deckFolderOf(deckDir)), file, 'briefing manifest');
    const decoded = read.ok ? decodeText(read.bytes, file) : undefined;
    const manifest = decoded?.ok ? readManifest(decoded.text, file, fileName.replace(/\.ya?ml$/, '')).manifest : undefined;
    return (manifest?.entries ?? []).flatMap(({ selector }) =>
      selector.kind === 'file' ? [{ path: path.resolve(dir, selector.path), what: 'a slides file a briefing brings in' }]
        : selector.kind === 'deck' ? [{ path: path.resolve(dir, selector.deck), what: 'a deck a briefing brings in' }]
          : []);
  }));
  return perManifest.flat();
}
