// The dev server serves public/ as the build copies it: a link there out of the project (or a path through one) gets a 403 naming it, never the file.

import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { tempDir, tempTree } from '../helpers/build.js';

const SECRET = 'SECRET-OUTSIDE-THE-PROJECT';

for (const base of ['/', '/deck/']) describe(`dev server and public/, base ${base}`, () => {
  let server: ViteDevServer;
  let root: string;
  let outside: string;
  const get = (name: string): Promise<Response> => fetch(new URL(name, server.resolvedUrls!.local[0]!));

  beforeAll(async () => {
    root = tempTree('dev-public', { 'slides/deck.md': '# Public files\n\nText.\n', 'public/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    outside = tempDir('dev-public-outside');
    writeFileSync(path.join(outside, 'secret.txt'), SECRET);
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'public', 'leak.txt'));
    const config = await viteConfigFor({ command: 'serve', cwd: root, deckDir: path.join(root, 'slides'), base });
    server = await createServer({ ...config, logLevel: 'silent', server: { ...config.server, port: 0, host: '127.0.0.1', ws: false } });
    await server.listen();
    expect(server.resolvedUrls!.local[0]).toMatch(new RegExp(`${base}$`));
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('serves its regular files', async () => {
    const logo = await get('logo.svg');
    expect(logo.status).toBe(200);
    expect(await logo.text()).toContain('<svg');
  });

  it('refuses a link out of the project, or a path through one, there at the start or made while it runs', async () => {
    const leak = await get('leak.txt');
    expect(leak.status).toBe(403);
    const said = await leak.text();
    expect(said).toContain('public/leak.txt is a symlink (or passes through one) that leads outside the project');
    expect(said).not.toContain(SECRET);
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'public', 'later.txt'));
    symlinkSync(outside, path.join(root, 'public', 'shared'));
    for (const name of ['later.txt', 'shared/secret.txt']) {
      const answer = await get(name);
      expect(answer.status, name).toBe(403);
      expect(await answer.text()).not.toContain(SECRET);
    }
  });
});
