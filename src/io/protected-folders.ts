// What no command's output may replace: the project, the deck (nor may output go inside a deck folder), briefdeck's own folder.

import { KIT_ROOT } from './kit-root.js';
import { isSingleFileDeck } from './load-deck.js';
import type { ProtectedFolder } from './output-guard.js';

/** `deckDir`: the deck folder or single `.md` file; `projectRoot`: the user's project when it is not the working folder. */
export function protectedFolders(request: { cwd: string; deckDir: string; projectRoot?: string }): ProtectedFolder[] {
  const singleFile = isSingleFileDeck(request.deckDir);
  return [
    { dir: request.cwd, what: 'the project folder', noOutputInside: false },
    ...(request.projectRoot !== undefined && request.projectRoot !== request.cwd ? [{ dir: request.projectRoot, what: 'the project folder', noOutputInside: false }] : []),
    { dir: request.deckDir, what: singleFile ? 'the deck file' : 'the deck folder', noOutputInside: !singleFile },
    { dir: KIT_ROOT, what: 'briefdeck’s own folder', noOutputInside: false },
  ];
}
