// The dev server watches the kit's own folder (page, client code, themes) once the first page and what it loads are served: scanning it is no part of a start.

import path from 'node:path';
import type { ViteDevServer } from 'vite';

/** The server counts as settled after the first page once no request has been open for this long. */
const QUIET_MS = 150;
/** A server nobody opens starts watching the kit this long after it listens. */
const UNOPENED_MS = 2000;

export interface KitWatch {
  /** For Vite's `server.watch.ignored`: the kit's folder, until the watch of it starts (its scan would otherwise come first). */
  ignored(file: string): boolean;
  /** Counts the server's requests; once the first page has been served and the server is quiet, the kit's folder is watched. */
  attach(server: ViteDevServer): void;
}

export function deferredKitWatch(kitRoot: string): KitWatch {
  let deferred = true;
  const root = path.resolve(kitRoot);
  return {
    ignored: (file) => deferred && path.resolve(file) === root,
    attach(server) {
      let open = 0;
      let pageServed = false;
      let quiet: NodeJS.Timeout | undefined;
      const start = (): void => {
        if (!deferred) return;
        deferred = false;
        clearTimeout(quiet);
        clearTimeout(unopened);
        server.watcher.add(root);
      };
      const unopened = setTimeout(start, UNOPENED_MS);
      unopened.unref();
      server.httpServer?.once('close', () => {
        clearTimeout(unopened);
        clearTimeout(quiet);
      });
      server.middlewares.use((req, res, next) => {
        if (!deferred) return next();
        open++;
        clearTimeout(quiet);
        res.once('close', () => {
          open--;
          if (String(res.getHeader('content-type') ?? '').startsWith('text/html')) pageServed = true;
          if (!pageServed || open > 0) return;
          quiet = setTimeout(start, QUIET_MS);
          quiet.unref();
        });
        next();
      });
    },
  };
}
