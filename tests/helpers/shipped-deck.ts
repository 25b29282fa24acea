// Builds the deck that ships in slides/, or a fixture deck, in a chosen theme (from a copy) into a temporary folder.

import path from 'node:path';
import { buildDeck } from '../../src/cli/commands/build.js';
import { copyDeckWithTheme } from '../../src/io/themed-deck.js';
import { KIT_ROOT } from '../../src/vite/options.js';
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
