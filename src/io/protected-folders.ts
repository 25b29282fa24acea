// What no command's output may replace: the project, the deck (nor may output go inside a deck folder), every other input of its build, briefdeck's own folder.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { StampedProject } from '../site/build-stamp.js';
import { deckInputs } from './deck-inputs.js';
import { KIT_ROOT } from './kit-root.js';
import { isDeckFile, isSingleFileDeck } from './load-deck.js';
import type { ProtectedFolder } from './output-guard.js';

/** The parts of a deck folder besides its slide files that it reads from: never written into. */
const DECK_SOURCE_FOLDERS = [
  { name: 'briefings', what: 'the deck’s briefings' },
  { name: 'source', what: 'the deck’s source article' },
];

/**
 * `deckDir`: the deck folder or single `.md` file; `project`: the user's project, when the command has loaded it (its
 * root, when not the working folder, and the config, public/ and themes folders the build reads are protected too).
 */
export async function protectedFolders(request: { cwd: string; deckDir: string; project?: StampedProject }): Promise<ProtectedFolder[]> {
  const { project } = request;
  const singleFile = isSingleFileDeck(request.deckDir);
  const projects = [request.cwd, ...(project !== undefined && project.root !== request.cwd ? [project.root] : [])];
  const deckIsProject = !singleFile && projects.some((dir) => path.resolve(dir) === path.resolve(request.deckDir));
  const inputs = await deckInputs(request.deckDir, project);
  return [
    ...projects.map((dir) => ({ dir, what: 'the project folder', noOutputInside: false })),
    ...(deckIsProject ? deckParts(request.deckDir) : [{ dir: request.deckDir, what: singleFile ? 'the deck file' : 'the deck folder', noOutputInside: !singleFile }]),
    ...inputs.map((input) => ({ dir: input.path, what: input.what, noOutputInside: false })),
    { dir: KIT_ROOT, what: 'briefdeck’s own folder', noOutputInside: false },
  ];
}

/**
 * A deck that is the project folder itself (`cd talk && briefdeck build`): its outputs (dist/, out/) go inside
 * it, so what stays out of reach is each slide file, its briefings and its source article.
 */
function deckParts(deckDir: string): ProtectedFolder[] {
  let slideFiles: string[] = [];
  try {
    slideFiles = readdirSync(deckDir, { withFileTypes: true }).filter((entry) => entry.isFile() && isDeckFile(entry.name)).map((entry) => entry.name);
  } catch {
    // An unreadable deck folder fails the command at its load, with its own message.
  }
  return [
    { dir: deckDir, what: 'the deck folder', noOutputInside: false },
    ...slideFiles.map((name) => ({ dir: path.join(deckDir, name), what: 'a slide file of the deck', noOutputInside: false })),
    ...DECK_SOURCE_FOLDERS.map(({ name, what }) => ({ dir: path.join(deckDir, name), what, noOutputInside: true })),
  ];
}
