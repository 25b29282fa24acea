// Source paths as the published page names them: relative to the deck folder, so a build is the same from any working folder.

import path from 'node:path';

/**
 * `file` (a slide file as messages show it) relative to `deckFolder` (the deck folder shown from the same
 * place), with `/` separators: `slides/deck.md` in `slides` → `deck.md`; a file of another deck → `../other/x.md`.
 */
export function deckRelativePath(file: string, deckFolder: string): string {
  return path.posix.relative(toPosix(deckFolder), toPosix(file)) || toPosix(file);
}

/** A deck-relative path read back from the page, as the user opens it from where the command ran. */
export function shownFromDeck(deckRelative: string, deckFolder: string): string {
  return deckRelative === '' ? '' : path.posix.join(toPosix(deckFolder), deckRelative);
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
