// What no command's output may replace: the project, the deck (nor may output go inside it), briefdeck's own folder.

import type { ProtectedFolder } from '../io/output-guard.js';
import { KIT_ROOT } from '../vite/options.js';
import { defaultDeckDir } from './deck-dir.js';

export function protectedFolders(request: { cwd: string; deckDir?: string }): ProtectedFolder[] {
  return [
    { dir: request.cwd, what: 'the project folder', noOutputInside: false },
    { dir: request.deckDir ?? defaultDeckDir(request.cwd), what: 'the deck folder', noOutputInside: true },
    { dir: KIT_ROOT, what: 'briefdeck’s own folder', noOutputInside: false },
  ];
}
