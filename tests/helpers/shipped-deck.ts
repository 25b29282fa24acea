// Builds the deck that ships in slides/ (once per test run, shared by the files that ask) or a fixture deck in a chosen theme, from a copy.

import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { startBrowser } from './browser.js';
import { buildDeck } from '../../src/site/build-deck.js';
import { copyDeckWithTheme } from '../../src/io/themed-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { tempDir } from './temp-dir.js';
import { sharedBuild } from './shared-build.js';

export const SHIPPED_DECK = path.join(KIT_ROOT, 'slides');

export type ThemeName = 'briefing' | 'dark';

export async function buildDeckInTheme(deckDir: string, theme: ThemeName): Promise<string> {
  return buildThemedIn(tempDir(`${path.basename(deckDir)}-${theme}`), deckDir, theme);
}

/** Copies `deckDir` into `work` in `theme` and builds it to `work`/dist. */
async function buildThemedIn(work: string, deckDir: string, theme: ThemeName): Promise<string> {
  const themed = await copyDeckWithTheme(deckDir, path.join(work, 'deck'), theme);
  const outDir = path.join(work, 'dist');
  await buildDeck({ cwd: KIT_ROOT, deckDir: themed, outDir, base: './' });
  return outDir;
}

/** The shipped deck's build, made once per test run and shared by every file that asks: read it, never write into it. */
export function buildShippedDeck(theme: ThemeName = 'briefing'): Promise<string> {
  return sharedBuild(`shipped-${theme}`, (work) => buildThemedIn(work, SHIPPED_DECK, theme));
}

export interface ServedDeck {
  outDir: string;
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** The shipped deck built (the run's shared build) and served on loopback, with a browser started alongside. */
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
