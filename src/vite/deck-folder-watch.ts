// Keeps the dev server watching the deck folder when it is deleted or moved away and comes back (a branch switch does that).

import { existsSync } from 'node:fs';
import type { ViteDevServer } from 'vite';

/** How often a missing deck folder is looked for. */
const POLL_MS = 250;

export interface DeckFolderWatch {
  /** Call when the deck folder may be gone (its unlinkDir event, or a compile that found no folder). */
  folderMayBeGone(): void;
  close(): void;
}

/**
 * Once the folder is gone, says so and polls for it; when it is back, watches it afresh (the old watch died with
 * the folder) and calls `onBack` so the deck recompiles from what is there now.
 */
export function watchDeckFolder(server: ViteDevServer, deckDir: string, shown: string, onBack: () => void): DeckFolderWatch {
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const folderMayBeGone = (): void => {
    if (timer || existsSync(deckDir)) return;
    server.config.logger.warn(`briefdeck: the deck folder ${shown} is gone; the last deck stays up, and it reloads when the folder is back`, { timestamp: true });
    timer = setInterval(() => {
      if (!existsSync(deckDir)) return;
      stop();
      void Promise.resolve(server.watcher.unwatch(deckDir)).then(() => {
        server.watcher.add(deckDir);
        server.config.logger.info(`briefdeck: the deck folder ${shown} is back; watching it again`, { timestamp: true });
        onBack();
      });
    }, POLL_MS);
    timer.unref();
  };
  server.watcher.on('unlinkDir', (dir) => {
    if (dir === deckDir) folderMayBeGone();
  });
  return { folderMayBeGone, close: stop };
}
