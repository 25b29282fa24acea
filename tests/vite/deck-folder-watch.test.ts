// The dev server keeps following the deck when its folder is deleted and recreated, or moved away and back (a branch switch).

import { cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { FIXTURE_DECKS, tempDir } from '../helpers/build.js';

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('dev server and a deck folder that goes away', () => {
  let server: ViteDevServer;
  let deckDir: string;
  const logged: string[] = [];
  const logger = { ...createLogger('silent'), info: (m: string) => void logged.push(m), warn: (m: string) => void logged.push(m), warnOnce: (m: string) => void logged.push(m), error: (m: string) => void logged.push(m) };
  const noticedGone = (): boolean => logged.some((m) => m.includes('is gone'));
  const page = async (): Promise<string> => (await fetch(server.resolvedUrls!.local[0]!)).text();
  const edit = (heading: string): void => writeFileSync(path.join(deckDir, '01-intro.md'), `---\ntitle: Watched\n---\n# ${heading}\n\nText.\n`);

  beforeAll(async () => {
    deckDir = path.join(tempDir('dev-folder'), 'slides');
    cpSync(path.join(FIXTURE_DECKS, 'basic'), deckDir, { recursive: true });
    rmSync(path.join(deckDir, '02-more.md'));
    edit('First version');
    const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir, logger });
    server = await createServer({ ...config, server: { port: 0, host: '127.0.0.1', strictPort: false, ws: false } });
    await server.listen();
    await until('the watcher has scanned the deck', () => (server.watcher.getWatched()[deckDir]?.length ?? 0) > 0);
    expect(await page()).toContain('First version');
  });

  afterAll(async () => {
    await server?.close();
  });

  it('follows the deck after its folder is deleted and created again', async () => {
    const saved = `${deckDir}-saved`;
    cpSync(deckDir, saved, { recursive: true });
    rmSync(deckDir, { recursive: true });
    await until('the server noticed the folder is gone', noticedGone);
    expect(await page()).toContain('First version');
    logged.length = 0;
    cpSync(saved, deckDir, { recursive: true });
    rmSync(saved, { recursive: true });
    await until('the deck is back', async () => (await page()).includes('First version'));
    await until('the watcher has the folder again', () => (server.watcher.getWatched()[deckDir]?.length ?? 0) > 0);
    edit('Edited after coming back');
    await until('the edit is served', async () => (await page()).includes('Edited after coming back'));
  });

  it('follows the deck after its folder is moved away and back', async () => {
    const away = `${deckDir}-away`;
    renameSync(deckDir, away);
    await until('the server noticed the folder is gone', noticedGone);
    logged.length = 0;
    renameSync(away, deckDir);
    await until('the watcher has the folder again', () => (server.watcher.getWatched()[deckDir]?.length ?? 0) > 0);
    edit('Edited after the move');
    await until('the edit is served', async () => (await page()).includes('Edited after the move'));
  });
});
