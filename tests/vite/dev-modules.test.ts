// What the dev server gives the page without pre-bundling anything: reveal.js as it ships, and mermaid (for the diagram fallback) as its browser bundle.

import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { viteConfigFor } from '../../src/site/vite-config.js';
import { FIXTURE_DECKS } from '../helpers/build.js';

let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  const config = await viteConfigFor({ command: 'serve', cwd: KIT_ROOT, deckDir: path.join(FIXTURE_DECKS, 'basic') });
  server = await createServer({ ...config, logLevel: 'silent', server: { ...config.server, port: 0, host: '127.0.0.1', ws: false } });
  await server.listen();
  const address = server.httpServer?.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

/** A module as the dev server sends it, with the specifiers it imports (static and dynamic). */
async function module(url: string): Promise<{ status: number; imports: string[] }> {
  const response = await fetch(new URL(url, base));
  const text = await response.text();
  const imports = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"'\s,()]+)["']/g)].map((m) => m[1]!);
  return { status: response.status, imports };
}

describe('the dev server’s modules', () => {
  it('loads mermaid for the diagram fallback from its browser bundle, whose chunks import nothing by bare name', async () => {
    const fallback = await module('/src/client/diagram-fallback.ts');
    const mermaid = fallback.imports.find((specifier) => specifier.includes('/mermaid/'));
    expect(mermaid).toMatch(/\/mermaid\/dist\/mermaid\.esm\.min\.mjs$/);
    const bundle = await module(mermaid!);
    expect(bundle.status).toBe(200);
    expect(bundle.imports.length).toBeGreaterThan(0);
    expect(bundle.imports.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'))).toEqual([]);
    const chunk = await module(new URL(bundle.imports[0]!, new URL(mermaid!, base)).pathname);
    expect(chunk.status).toBe(200);
  }, 60_000);

  it('serves reveal.js and its plugins as they ship, one module each', async () => {
    const main = await module('/src/client/main.ts');
    expect(main.status).toBe(200);
    const reveal = await module('/node_modules/reveal.js/dist/reveal.mjs');
    expect(reveal.status).toBe(200);
    expect(reveal.imports).toEqual([]);
    expect(server.environments.client.depsOptimizer?.metadata.optimized ?? {}).toEqual({});
  }, 60_000);
});
