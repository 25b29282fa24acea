// The dev server's hot update of a slide file saved in two steps (truncated, then written): the open pages get the written slides.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type HotPayload, type ViteDevServer } from 'vite';
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

let server: ViteDevServer;
let deckDir: string;
const sent: HotPayload[] = [];

beforeAll(async () => {
  deckDir = path.join(tempTree('dev-hot-update', { 'slides/deck.md': DECK }), 'slides');
  const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir });
  server = await createServer({ ...config, logLevel: 'silent', server: { ...config.server, port: 0, host: '127.0.0.1', ws: false } });
  await server.listen();
  // The first compile, as the page's first request makes it.
  await fetch(server.resolvedUrls!.local[0]!);
  // The test plays the file watcher itself, so the events are exactly those of a fast two-step save.
  await server.watcher.unwatch(deckDir);
  const hot = server.environments.client.hot;
  hot.send = (payload: HotPayload | string) => {
    if (typeof payload !== 'string') sent.push(payload);
  };
}, 60_000);

afterAll(async () => {
  await server?.close();
});

/** Resolves once `file` was read after its last change (relatime updates the access time then); gives up after 5 s. */
async function readOfEmptyFile(file: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const stats = statSync(file);
    if (stats.atimeMs > stats.mtimeMs) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

async function firstMessage(): Promise<HotPayload> {
  const deadline = Date.now() + 10_000;
  while (sent.length === 0) {
    if (Date.now() > deadline) throw new Error('no hot-update message within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return sent[0]!;
}

describe('a slide file saved in two steps', () => {
  it('is read once written: the open page gets the edited slide, not an empty deck or a reload', async () => {
    const file = path.join(deckDir, 'deck.md');
    // The truncation's change event is the only one the watcher reports (the write's own follows within its throttle).
    writeFileSync(file, '');
    server.watcher.emit('change', file);
    // The write lands just after the server has first read the file empty (its access time passes the truncation's).
    await readOfEmptyFile(file);
    writeFileSync(file, DECK.replace('Before the edit.', 'After the edit.'));
    const message = await firstMessage();
    expect(message).toMatchObject({ type: 'custom', event: SLIDE_UPDATE_EVENT });
    const update = (message as { data: SlideUpdate }).data;
    expect(update.full).toBe(false);
    expect(update.sections.map((s) => s.id)).toEqual(['second']);
    expect(update.sections[0]!.html).toContain('After the edit.');
    expect(readFileSync(file, 'utf8')).toContain('After the edit.');
  }, 30_000);
});
