// The dev server's hot updates: a slide file saved in two steps (truncated, then written) sends the written slides; a second save right after a first is not lost; an edited briefing is served afresh; a named pipe among the deck's files, or as its theme file, is reported, never read.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type ErrorPayload, type HotPayload, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { SLIDE_UPDATE_EVENT, type SlideUpdate } from '../../src/site/slide-update.js';
import { tempTree } from '../helpers/build.js';

const DECK = `---
title: Two-step saves
id: cover
---
# Two-step saves

The cover.

---
id: second
---
## Second

Before the edit.
`;

/** The threads Node reads files with (libuv's pool). */
const FILE_THREADS = Number(process.env.UV_THREADPOOL_SIZE ?? 4);

const BRIEFING = 'title: The short version\nslides:\n  - second\n';

interface DevSession {
  server: ViteDevServer;
  deckDir: string;
  /** Every hot-update message the server sent the open pages. */
  sent: HotPayload[];
}

/** A dev server on a deck of its own, compiled once (as the page's first request does), its hot-update messages recorded; `themes`: a themes folder of the project's, relative to it. */
async function startSession(files: Record<string, string>, themes?: string): Promise<DevSession> {
  const root = tempTree('dev-hot-update', files);
  const deckDir = path.join(root, 'slides');
  const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir, ...(themes ? { overrides: { themes: path.join(root, themes) } } : {}) });
  const server = await createServer({ ...config, logLevel: 'silent', server: { ...config.server, port: 0, host: '127.0.0.1', ws: false } });
  await server.listen();
  await fetch(server.resolvedUrls!.local[0]!);
  const sent: HotPayload[] = [];
  server.environments.client.hot.send = (payload: HotPayload | string) => {
    if (typeof payload !== 'string') sent.push(payload);
  };
  return { server, deckDir, sent };
}

/** A session for the enclosing `describe`: started before its tests, closed after them. */
function sessionForDescribe(files: Record<string, string>, themes?: string): () => DevSession {
  let session: DevSession | undefined;
  beforeAll(async () => {
    session = await startSession(files, themes);
  }, 60_000);
  afterAll(async () => {
    await session?.server.close();
  });
  return () => session!;
}

/** Resolves once `file` was read after its last change (relatime updates the access time then); gives up after 5 s. */
async function readOfEmptyFile(file: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const stats = statSync(file);
    if (stats.atimeMs > stats.mtimeMs) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

async function firstMessage(sent: readonly HotPayload[]): Promise<HotPayload> {
  const deadline = Date.now() + 10_000;
  while (sent.length === 0) {
    if (Date.now() > deadline) throw new Error('no hot-update message within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return sent[0]!;
}

/** Resolves once a slide update holding `text` was sent; fails, naming what was, after 10 s. */
async function sentSlideWith(sent: readonly HotPayload[], text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  const holds = (m: HotPayload): boolean => m.type === 'custom' && m.event === SLIDE_UPDATE_EVENT && (m.data as SlideUpdate).sections.some((s) => s.html.includes(text));
  while (!sent.some(holds)) {
    if (Date.now() > deadline) throw new Error(`no slide update with "${text}" within 10 s; sent: ${JSON.stringify(sent).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves with the first error overlay sent; fails, naming what was, after 10 s. */
async function sentError(sent: readonly HotPayload[]): Promise<ErrorPayload> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const error = sent.find((m): m is ErrorPayload => m.type === 'error');
    if (error) return error;
    if (Date.now() > deadline) throw new Error(`no error overlay within 10 s; sent: ${JSON.stringify(sent).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a slide file saved in two steps', () => {
  const session = sessionForDescribe({ 'slides/deck.md': DECK });

  it('is read once written: the open page gets the edited slide, not an empty deck or a reload', async () => {
    const { server, deckDir, sent } = session();
    const file = path.join(deckDir, 'deck.md');
    // The truncation's change event is the only one the watcher must report (the write's own follows within its throttle).
    writeFileSync(file, '');
    server.watcher.emit('change', file);
    // The write lands just after the server has first read the file empty (its access time passes the truncation's).
    await readOfEmptyFile(file);
    writeFileSync(file, DECK.replace('Before the edit.', 'After the edit.'));
    const message = await firstMessage(sent);
    expect(message).toMatchObject({ type: 'custom', event: SLIDE_UPDATE_EVENT });
    const update = (message as { data: SlideUpdate }).data;
    expect(update.full).toBe(false);
    expect(update.sections.map((s) => s.id)).toEqual(['second']);
    expect(update.sections[0]!.html).toContain('After the edit.');
    expect(readFileSync(file, 'utf8')).toContain('After the edit.');
  }, 30_000);
});

describe('a slide file saved twice in quick succession', () => {
  const session = sessionForDescribe({ 'slides/deck.md': DECK });

  it('sends a save the watcher dropped, made just after the one it reported', async () => {
    const { server, deckDir, sent } = session();
    const file = path.join(deckDir, 'deck.md');
    // As Vite's watcher does with a save that comes within 50 ms of the one it last reported: the first is reported, the next never.
    await server.watcher.unwatch(file);
    // The second save lands as the first one's slides are sent, after the deck was read; its time is that of the
    // report, inside the watcher's window however long the compile took.
    const reportedAt = new Date();
    const record = server.environments.client.hot.send as (payload: HotPayload | string) => void;
    server.environments.client.hot.send = (payload: HotPayload | string) => {
      record(payload);
      if (sent.length !== 1) return;
      writeFileSync(file, DECK.replace('Before the edit.', 'After the second save.'));
      utimesSync(file, new Date(), reportedAt);
    };
    writeFileSync(file, DECK.replace('Before the edit.', 'After the first save.'));
    server.watcher.emit('change', file);
    await sentSlideWith(sent, 'After the first save.');
    await sentSlideWith(sent, 'After the second save.');
    expect(sent.filter((m) => m.type === 'custom')).toHaveLength(2);
  }, 30_000);
});

describe('a briefing manifest edited', () => {
  const session = sessionForDescribe({ 'slides/deck.md': DECK, 'slides/briefings/short.yaml': BRIEFING });

  it('recompiles: the open pages are told, and the briefing page shows the edit', async () => {
    const { server, deckDir, sent } = session();
    const file = path.join(deckDir, 'briefings', 'short.yaml');
    writeFileSync(file, BRIEFING.replace('The short version', 'The renamed version'));
    server.watcher.emit('change', file);
    // The deck's own slides are unchanged: an update with none, on which a briefing page reloads.
    expect(await firstMessage(sent)).toMatchObject({ type: 'custom', event: SLIDE_UPDATE_EVENT, data: { full: false, sections: [] } });
    const page = await (await fetch(new URL('briefings/short/', server.resolvedUrls!.local[0]!))).text();
    expect(page).toContain('The renamed version');
  }, 30_000);
});

describe('a named pipe among the deck files', () => {
  const session = sessionForDescribe({ 'slides/deck.md': DECK });

  it('is reported in the overlay without being read, and edits are still served once it is removed', async () => {
    const { server, deckDir, sent } = session();
    const pipe = path.join(deckDir, 'briefings', 'p.yaml');
    mkdirSync(path.dirname(pipe));
    execFileSync('mkfifo', [pipe]);
    // Created, then changed by a writer at the other end, more times than Node has threads for file reads: each event goes
    // through the hot-update path, where a read of the pipe would hold one of those threads for ever (nothing can open it once removed).
    server.watcher.emit('add', pipe);
    for (let i = 0; i < FILE_THREADS + 1; i++) server.watcher.emit('change', pipe);
    const overlay = await sentError(sent);
    expect(overlay.err.message).toMatch(/briefings\/p\.yaml .*named pipe \(FIFO\), not a regular file/);
    rmSync(pipe);
    server.watcher.emit('unlink', pipe);
    const file = path.join(deckDir, 'deck.md');
    writeFileSync(file, DECK.replace('Before the edit.', 'After the pipe.'));
    server.watcher.emit('change', file);
    await sentSlideWith(sent, 'After the pipe.');
    expect(await (await fetch(server.resolvedUrls!.local[0]!)).text()).toContain('After the pipe.');
  }, 30_000);
});

describe('the theme file swapped for a named pipe', () => {
  const THEME_CSS = ':root {\n  --r-background-color: #ffffff;\n  --r-main-color: #222222;\n}\n';
  const session = sessionForDescribe({ 'slides/deck.md': DECK.replace('id: cover\n', 'id: cover\ntheme: neon\n'), 'themes/neon.css': THEME_CSS }, 'themes');

  it('is reported in the overlay without being read, and the deck is served again once the theme is a regular file', async () => {
    const { server, deckDir, sent } = session();
    const theme = path.join(path.dirname(deckDir), 'themes', 'neon.css');
    rmSync(theme);
    execFileSync('mkfifo', [theme]);
    // More changes than Node has threads for file reads: a read of the pipe on any of them would hold a thread for ever.
    for (let i = 0; i < FILE_THREADS + 1; i++) server.watcher.emit('change', theme);
    const overlay = await sentError(sent);
    expect(overlay.err.message).toMatch(/themes\/neon\.css cannot be used: it is a named pipe \(FIFO\), not a regular file/);
    rmSync(theme);
    writeFileSync(theme, THEME_CSS);
    server.watcher.emit('change', theme);
    const file = path.join(deckDir, 'deck.md');
    writeFileSync(file, DECK.replace('id: cover\n', 'id: cover\ntheme: neon\n').replace('Before the edit.', 'After the pipe.'));
    server.watcher.emit('change', file);
    await sentSlideWith(sent, 'After the pipe.');
    expect(await (await fetch(server.resolvedUrls!.local[0]!)).text()).toContain('After the pipe.');
  }, 30_000);
});
