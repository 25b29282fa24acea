// The dev server watches the kit's own files a page is made from (its template, client code, themes) once the first
// page has started: scanning them takes the main thread for a while, which is no part of a start.

import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { PAGE_READY_EVENT } from '../site/dev-page-messages.js';

/**
 * A page that never says it started (a fetch of the HTML alone, a page whose script failed) counts as done once no
 * request has been open for this long: a loading page asks for its modules far sooner, so its start is not crowded.
 */
const QUIET_MS = 1000;
/** A server nobody opens starts watching the kit this long after it listens. */
const UNOPENED_MS = 2000;

/**
 * What of the kit's folder a page is made from: the page template, the modules its scripts load, the themes. The rest
 * (tests, the compiled CLI, the bench: three quarters of a working copy's files) is never loaded by a page.
 */
const PAGE_SOURCES = ['index.html', 'src', 'themes'];

export interface KitWatch {
  /** For Vite's `server.watch.ignored`: the kit's folder itself (its page sources are added when the watch starts; a scan would otherwise come first). */
  ignored(file: string): boolean;
  /** Watches the kit's folder once a page reports it started (PAGE_READY_EVENT), or a page was served and the server is quiet. */
  attach(server: ViteDevServer): void;
}

export function deferredKitWatch(kitRoot: string): KitWatch {
  let deferred = true;
  const root = path.resolve(kitRoot);
  return {
    ignored: (file) => path.resolve(file) === root,
    attach(server) {
      let open = 0;
      let pageServed = false;
      let quiet: NodeJS.Timeout | undefined;
      const start = (): void => {
        if (!deferred) return;
        deferred = false;
        clearTimeout(quiet);
        clearTimeout(unopened);
        server.watcher.add(PAGE_SOURCES.map((name) => path.join(root, name)));
      };
      const unopened = setTimeout(start, UNOPENED_MS);
      unopened.unref();
      server.environments.client.hot.on(PAGE_READY_EVENT, start);
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
          if (String(res.getHeader('content-type') ?? '').startsWith('text/html')) {
            pageServed = true;
            // A page is loading: it, not the clock since the start, says when the start is over.
            clearTimeout(unopened);
          }
          if (!pageServed || open > 0) return;
          quiet = setTimeout(start, QUIET_MS);
          quiet.unref();
        });
        next();
      });
    },
  };
}
