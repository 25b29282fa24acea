// A dev server of the kit on a deck folder, listening on a free port, and its first page fetched: the start shared by the dev start tests.

import { createServer, type ViteDevServer } from 'vite';
import { expect } from 'vitest';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';

/** Starts the dev server on `deckDir` and fetches `/` (expecting a 200); the caller closes the server. */
export async function startAndFetchFirstPage(deckDir: string): Promise<{ server: ViteDevServer; page: string }> {
  const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir });
  const server = await createServer({ ...config, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', strictPort: false, ws: false } });
  try {
    await server.listen();
    const response = await fetch(server.resolvedUrls!.local[0]!);
    expect(response.status).toBe(200);
    return { server, page: await response.text() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
