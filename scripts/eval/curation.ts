// The curation count: how the shipped deck differs from the generator's draft, bullet by bullet (kept, edited, added, removed).

import { CLOSE_COUNTERPART, dice } from './dice.js';
import { deckBullets } from './home.js';

export interface CurationPair {
  curated: string;
  generated: string;
  score: number;
}

export interface CurationCount {
  /** Curated bullets identical to a generated one. */
  kept: CurationPair[];
  /** Curated bullets with a close generated counterpart (Dice ≥ 0.6) that differ from it. */
  edited: CurationPair[];
  /** Curated bullets with no generated counterpart. */
  added: string[];
  /** Generated bullets that no curated bullet is the counterpart of. */
  removed: string[];
}

const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Pairs curated and generated bullets one to one, closest pairs first (identical before merely close), and counts
 * the rest: a generated bullet serves as the counterpart of one curated bullet at most.
 */
export function curationCount(curatedFiles: readonly { name: string; text: string }[], generatedFiles: readonly { name: string; text: string }[]): CurationCount {
  const curated = deckBullets(curatedFiles);
  const generated = deckBullets(generatedFiles);
  const candidates: { c: number; g: number; score: number; identical: boolean }[] = [];
  curated.forEach((c, ci) =>
    generated.forEach((g, gi) => {
      const score = dice(c, g);
      if (score >= CLOSE_COUNTERPART) candidates.push({ c: ci, g: gi, score, identical: same(c, g) });
    }),
  );
  candidates.sort((a, b) => Number(b.identical) - Number(a.identical) || b.score - a.score || a.c - b.c || a.g - b.g);
  const pairOfCurated = new Map<number, { g: number; score: number; identical: boolean }>();
  const usedGenerated = new Set<number>();
  for (const x of candidates) {
    if (pairOfCurated.has(x.c) || usedGenerated.has(x.g)) continue;
    pairOfCurated.set(x.c, x);
    usedGenerated.add(x.g);
  }
  const count: CurationCount = { kept: [], edited: [], added: [], removed: generated.filter((_, gi) => !usedGenerated.has(gi)) };
  curated.forEach((c, ci) => {
    const pair = pairOfCurated.get(ci);
    if (!pair) count.added.push(c);
    else (pair.identical ? count.kept : count.edited).push({ curated: c, generated: generated[pair.g]!, score: pair.score });
  });
  return count;
}

/** The four counts as terminal lines; with `verbose`, every bullet under its count. */
export function formatCuration(count: CurationCount, verbose = false): string[] {
  const lines = [
    `Curation of the shipped deck against the generated draft: kept ${count.kept.length}, edited ${count.edited.length}, added ${count.added.length}, removed ${count.removed.length}`,
  ];
  if (!verbose) return lines;
  for (const p of count.kept) lines.push(`  kept   ${p.curated}`);
  for (const p of count.edited) lines.push(`  edited ${p.score.toFixed(2)} ${p.curated}  ⇠  ${p.generated}`);
  for (const c of count.added) lines.push(`  added  ${c}`);
  for (const g of count.removed) lines.push(`  removed ${g}`);
  return lines;
}
