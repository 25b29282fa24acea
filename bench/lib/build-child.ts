// Child-process entry for the build bench: one buildDeck() with its own diagram and client caches (bundled by esbuild, run by plain node).

import path from 'node:path';
import { buildDeck } from '../../src/site/build-deck.js';

interface ChildRequest {
  cwd: string;
  deckDir: string;
  outDir: string;
  cacheDir: string;
}

function parseRequest(text: string | undefined): ChildRequest {
  const parsed: unknown = JSON.parse(text ?? 'null');
  if (typeof parsed !== 'object' || parsed === null) throw new Error('build-child: expected a JSON request argument');
  const { cwd, deckDir, outDir, cacheDir }: { cwd?: unknown; deckDir?: unknown; outDir?: unknown; cacheDir?: unknown } = parsed;
  if (typeof cwd !== 'string' || typeof deckDir !== 'string' || typeof outDir !== 'string' || typeof cacheDir !== 'string') {
    throw new Error('build-child: the request needs cwd, deckDir, outDir and cacheDir');
  }
  return { cwd, deckDir, outDir, cacheDir };
}

// Time since the process started: node boot plus loading the build modules (vite and the plugin).
const loadedMs = performance.now();
const request = parseRequest(process.argv[2]);
// The client bundle cache lives in the same folder: a cold build starts with neither, a warm one finds both.
await buildDeck({ cwd: request.cwd, deckDir: request.deckDir, outDir: request.outDir, base: './', overrides: { diagrams: { cacheDir: request.cacheDir }, clientCacheDir: path.join(request.cacheDir, 'client') } });
process.stdout.write(`${JSON.stringify({ loadedMs, buildMs: performance.now() - loadedMs })}\n`);
