// Builds the deck that ships in slides/, or a fixture deck, in a chosen theme (from a copy) into a temporary folder.

import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { startBrowser } from './browser.js';
import { buildDeck } from '../../src/site/build-deck.js';
import { copyDeckWithTheme } from '../../src/io/themed-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { tempDir } from './build.js';

export const SHIPPED_DECK = path.join(KIT_ROOT, 'slides');

export type ThemeName = 'briefing' | 'dark';

export async function buildDeckInTheme(deckDir: string, theme: ThemeName): Promise<string> {
  const work = tempDir(`${path.basename(deckDir)}-${theme}`);
  const themed = await copyDeckWithTheme(deckDir, path.join(work, 'deck'), theme);
  const outDir = path.join(work, 'dist');
  await buildDeck({ cwd: KIT_ROOT, deckDir: themed, outDir, base: './' });
  return outDir;
}

export function buildShippedDeck(theme: ThemeName = 'briefing'): Promise<string> {
  return buildDeckInTheme(SHIPPED_DECK, theme);
}

export interface ServedDeck {
  outDir: string;
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** The shipped deck built and served on loopback, with a browser started alongside the build. */
export async function serveShippedDeck(theme: ThemeName = 'briefing'): Promise<ServedDeck> {
  const [outDir, browser] = await Promise.all([buildShippedDeck(theme), startBrowser()]);
  const server = await serveStatic(outDir);
  return {
    outDir,
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
