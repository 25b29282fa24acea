// The kit's folder is watched once the first page has started (it says so, or everything it asked for is served), or, unopened, a while after the start; never before.

import { EventEmitter } from 'node:events';
import { cpSync } from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferredKitWatch } from '../../src/vite/kit-watch.js';
import { PAGE_READY_EVENT } from '../../src/site/dev-page-messages.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';
import { startAndFetchFirstPage } from '../helpers/dev-start.js';

type Middleware = (req: unknown, res: EventEmitter & { getHeader(name: string): string | undefined }, next: () => void) => void;

function fakeServer() {
  const middlewares: Middleware[] = [];
  const added: (string | string[])[] = [];
  const hot = new EventEmitter();
  const server = {
    middlewares: { use: (fn: Middleware) => void middlewares.push(fn) },
    watcher: { add: (files: string | string[]) => void added.push(files) },
    httpServer: new EventEmitter(),
    environments: { client: { hot: { on: (event: string, listener: () => void) => void hot.on(event, listener) } } },
  } as unknown as ViteDevServer;
  /** A page's message over the hot-update channel. */
  const pageSays = (event: string): void => void hot.emit(event, undefined, {});
  /** One request answered with `type`; returns the call that ends it. */
  const request = (type: string): (() => void) => {
    const res = Object.assign(new EventEmitter(), { getHeader: (name: string) => (name === 'content-type' ? type : undefined) });
    let passedOn = false;
    for (const fn of middlewares) fn({}, res, () => void (passedOn = true));
    expect(passedOn).toBe(true);
    return () => void res.emit('close');
  };
  return { server, added, request, pageSays };
}

describe('deferred kit watch', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());
  const kit = path.resolve('/kit');
  /** What of the kit a page is made from: all that is watched of it. */
  const pageSources = ['index.html', 'src', 'themes'].map((name) => path.join(kit, name));

  it('ignores the kit folder itself (not what lies in it), and watches its page sources once the first page says it has started', () => {
    const watch = deferredKitWatch(kit);
    const { server, added, request, pageSays } = fakeServer();
    watch.attach(server);
    expect(watch.ignored(kit)).toBe(true);
    expect(watch.ignored(path.join(kit, 'slides'))).toBe(false);
    request('text/html')();
    request('text/javascript')();
    vi.advanceTimersByTime(900);
    pageSays('vite:invalidate');
    expect(added).toEqual([]);
    pageSays(PAGE_READY_EVENT);
    expect(added).toEqual([pageSources]);
    // Tests, the compiled CLI, the bench: no page is made from them, so they are never scanned.
    expect(watch.ignored(kit)).toBe(true);
    pageSays(PAGE_READY_EVENT);
    expect(added).toEqual([pageSources]);
  });

  it('watches the kit once a page that never says so has been served and nothing is asked for a while', () => {
    const watch = deferredKitWatch(kit);
    const { server, added, request } = fakeServer();
    watch.attach(server);
    const page = request('text/html');
    const script = request('text/javascript');
    page();
    vi.advanceTimersByTime(2500);
    // A module of the page is still loading, past the time an unopened server waits.
    expect(added).toEqual([]);
    const style = request('text/css');
    script();
    style();
    vi.advanceTimersByTime(900);
    expect(added).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(added).toEqual([pageSources]);
    expect(watch.ignored(kit)).toBe(true);
    // Later requests change nothing.
    request('text/html')();
    vi.advanceTimersByTime(5000);
    expect(added).toEqual([pageSources]);
  });

  it('waits for a page, not for any request, and watches an unopened server’s kit after a while', () => {
    const watch = deferredKitWatch(kit);
    const { server, added, request } = fakeServer();
    watch.attach(server);
    request('application/json')();
    vi.advanceTimersByTime(1000);
    expect(added).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(added).toEqual([pageSources]);
  });
});

describe('dev server and the kit folder', () => {
  it('watches the kit’s client code once the first page is served', async () => {
    const deckDir = path.join(tempDir('kit-watch'), 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'basic'), deckDir, { recursive: true });
    const { server } = await startAndFetchFirstPage(deckDir);
    try {
      const client = path.join(KIT_ROOT, 'src/client');
      const deadline = Date.now() + 20_000;
      while (!(server.watcher.getWatched()[client]?.includes('main.ts'))) {
        if (Date.now() > deadline) throw new Error('the kit’s client code was never watched');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(server.watcher.getWatched()[deckDir]?.length).toBeGreaterThan(0);
      expect(server.watcher.getWatched()[path.join(KIT_ROOT, 'themes')]?.length).toBeGreaterThan(0);
      // No page is made from the kit's tests: they are never scanned.
      expect(server.watcher.getWatched()[path.join(KIT_ROOT, 'tests')]).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
