// Content words of a bullet and the Dice coefficient between two bullets: the home figure's "close counterpart".

import { tokensAsWritten } from './terms.js';

/**
 * Words that carry no content for the comparison: articles, pronouns, auxiliaries, prepositions,
 * conjunctions and a few discourse words. Fixed here, so the figure does not move when the generator's
 * own word lists change.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those it its they them their theirs he him his she her hers we us our you your
  i me my who whom whose which what and or but nor so yet for of in on at by to from with without into onto
  over under about above below after before between through during until since as than then if when while
  where whether because although though also too very more most less least much many some any each every
  all both either neither not no is are was were be been being am do does did done doing has have had having
  will would shall should can could may might must there here such own same other another just only even
  up down out off again further once said says say according`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Content words: word tokens (letters and digits, inner hyphens and apostrophes kept, possessive 's
 * removed), lower-cased, stop words and one-letter tokens dropped, as a set.
 */
export function contentWords(text: string): Set<string> {
  return new Set(
    tokensAsWritten(text)
      .map((t) => t.toLowerCase())
      .filter((t) => t.length > 1 && !STOP_WORDS.has(t)),
  );
}

/** 2·|A∩B| / (|A|+|B|) over content-word sets; 0 when both are empty. */
export function dice(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export const CLOSE_COUNTERPART = 0.6;

export interface Counterpart {
  reference: string;
  best?: string;
  score: number;
  close: boolean;
}

/** For each reference bullet, the generated bullet closest to it and whether it is a close counterpart. */
export function counterparts(reference: readonly string[], generated: readonly string[]): Counterpart[] {
  return reference.map((r) => {
    let best: { text: string; score: number } | undefined;
    for (const g of generated) {
      const score = dice(r, g);
      if (!best || score > best.score) best = { text: g, score };
    }
    return { reference: r, ...(best ? { best: best.text } : {}), score: best?.score ?? 0, close: (best?.score ?? 0) >= CLOSE_COUNTERPART };
  });
}
