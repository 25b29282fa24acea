// Which colour pairs of a theme must meet WCAG AA, and whether they do: text 4.5:1, rules and controls 3:1. Pure.

import { contrastRatio, parseColor } from './contrast.js';

export interface ContrastPair {
  foreground: string;
  background: string;
  /** Minimum ratio: 4.5 for text, 3 for large text and non-text elements (WCAG 2.1 AA, 1.4.3 and 1.4.11). */
  min: number;
  /** Where the pair appears, for messages. */
  use: string;
}

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: '--r-main-color', background: '--r-background-color', min: 4.5, use: 'body text' },
  { foreground: '--r-heading-color', background: '--r-background-color', min: 4.5, use: 'headings' },
  { foreground: '--r-link-color', background: '--r-background-color', min: 4.5, use: 'links' },
  { foreground: '--bd-muted', background: '--r-background-color', min: 4.5, use: 'captions, citations, footer, slide number' },
  { foreground: '--bd-accent', background: '--r-background-color', min: 4.5, use: 'agenda numbers, timeline dates, list markers' },
  { foreground: '--bd-danger', background: '--r-background-color', min: 4.5, use: 'error messages' },
  { foreground: '--r-main-color', background: '--bd-surface', min: 4.5, use: 'quotations and code' },
  { foreground: '--bd-muted', background: '--bd-surface', min: 4.5, use: 'citations and attributions in quotations' },
  { foreground: '--r-link-color', background: '--bd-surface', min: 4.5, use: 'links in quotations' },
  { foreground: '--bd-accent', background: '--bd-surface', min: 3, use: 'quotation rule' },
  { foreground: '--bd-banner-color', background: '--bd-banner-background', min: 4.5, use: 'banner (classification line)' },
  { foreground: '--r-selection-color', background: '--r-selection-background-color', min: 4.5, use: 'selected text' },
];

export interface ContrastResult extends ContrastPair {
  /** Undefined when a colour is missing or not a colour this checker reads. */
  ratio?: number;
  ok: boolean;
  problem?: string;
}

export function checkContrastPairs(variables: ReadonlyMap<string, string>, pairs: readonly ContrastPair[] = CONTRAST_PAIRS): ContrastResult[] {
  return pairs.map((pair) => {
    const foreground = parseColor(variables.get(pair.foreground) ?? '');
    const background = parseColor(variables.get(pair.background) ?? '');
    if (!foreground || !background) {
      const name = foreground ? pair.background : pair.foreground;
      const value = variables.get(name);
      return { ...pair, ok: false, problem: value === undefined ? `${name} is not set` : `${name} is "${value}", not a colour the checker reads (use #rrggbb)` };
    }
    const ratio = contrastRatio(foreground, background);
    return { ...pair, ratio, ok: ratio >= pair.min };
  });
}

/** One line per failing pair, e.g. `--bd-muted on --bd-surface: 3.9:1, needs 4.5:1 (captions …)`. */
export function describeFailure(result: ContrastResult): string {
  if (result.problem) return `${result.foreground} on ${result.background}: ${result.problem}`;
  return `${result.foreground} on ${result.background}: ${result.ratio!.toFixed(2)}:1, needs ${result.min}:1 (${result.use})`;
}
