// The home-article figure: how many bullets of the fixed curated reference deck the generator produces on its own.

import { parseDeck } from '../../src/parse/parse-deck.js';
import { counterparts, type Counterpart } from './dice.js';

export interface HomeFigure {
  reference: number;
  close: number;
  share: number;
  pairs: Counterpart[];
}

/** List items of every slide of a deck (notes excluded), read with the project's parser. */
export function deckBullets(files: readonly { name: string; text: string }[]): string[] {
  const parsed = parseDeck(files.map((f) => ({ file: f.name, text: f.text })));
  return parsed.slides.flatMap((s) => s.text.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text));
}

export function homeFigure(referenceFiles: readonly { name: string; text: string }[], generatedFiles: readonly { name: string; text: string }[]): HomeFigure {
  const pairs = counterparts(deckBullets(referenceFiles), deckBullets(generatedFiles));
  const close = pairs.filter((p) => p.close).length;
  return { reference: pairs.length, close, share: pairs.length === 0 ? 0 : close / pairs.length, pairs };
}
