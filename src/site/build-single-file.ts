// Builds a deck as one self-contained HTML file: script, styles, fonts, diagrams and the source article inlined.

import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../export/atomic-write.js';
import { inlineSingleFile } from '../export/single-file.js';
import { resolveInside } from '../io/contained-path.js';
import { DECK_PAGE_FILE } from '../io/output-formats.js';
import { guardOutput } from '../io/output-guard.js';
import { protectedFolders } from '../io/protected-folders.js';
import { linkSourceInPage } from '../source/in-page-links.js';
import { buildDeck, type BuildRequest } from './build-deck.js';
import { loadProject } from './vite-config.js';

/** Builds the deck and writes its page as one HTML file that opens from file:// with no server; resolves to its path. */
export async function buildSingleFile(request: Omit<BuildRequest, 'outDir' | 'base'> & { outFile: string }): Promise<string> {
  const outFile = path.resolve(request.cwd, request.outFile);
  const deckDir = path.resolve(request.cwd, request.deckDir);
  const project = request.project ?? (await loadProject(request.cwd, 'build'));
  guardOutput({ target: outFile, kind: 'file', format: DECK_PAGE_FILE, flag: '--out', cwd: request.cwd, protect: await protectedFolders({ cwd: request.cwd, deckDir, project }), ...(request.force ? { force: true } : {}) });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-single-'));
  try {
    const dist = path.join(temp, 'dist');
    await buildDeck({ ...request, project, deckDir, outDir: dist, base: './', singleChunk: true });
    // The single file carries its source: links to the source page open the article embedded in it.
    const html = inlineSingleFile(linkSourceInPage(await readFile(path.join(dist, 'index.html'), 'utf8')), (file) => {
      const place = resolveInside(path.join(dist, file), dist);
      return place.kind === 'inside' ? readFileSync(place.real) : undefined;
    });
    await writeFileAtomic(outFile, Buffer.from(html, 'utf8'));
    return outFile;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
