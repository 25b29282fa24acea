// The bench's figure records: a named measurement with its runs, median and min–max, or the reason it is not available.

export type Unit = 'ms' | 'bytes' | 'MB' | 'ratio' | 'pages/s' | 'count';

export interface Figure {
  key: string;
  label: string;
  unit: Unit;
  runs: number[];
  median: number;
  min: number;
  max: number;
  note?: string;
}

export interface UnavailableFigure {
  key: string;
  label: string;
  unit: Unit;
  unavailable: string;
}

export type FigureResult = Figure | UnavailableFigure;

export function isMeasured(result: FigureResult): result is Figure {
  return 'median' in result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure from its runs; with no runs it is unavailable (`reason`). */
export function figure(key: string, label: string, unit: Unit, runs: readonly number[], note?: string): FigureResult {
  if (runs.length === 0) return unavailable(key, label, unit, note ?? 'no successful run');
  return {
    key,
    label,
    unit,
    runs: [...runs],
    median: median(runs),
    min: Math.min(...runs),
    max: Math.max(...runs),
    ...(note !== undefined ? { note } : {}),
  };
}

export function unavailable(key: string, label: string, unit: Unit, reason: string): UnavailableFigure {
  return { key, label, unit, unavailable: reason };
}

/**
 * `numerator / denominator` as a ratio figure: the median is the ratio of the medians, and min–max is
 * the widest ratio the runs allow (numerator min over denominator max, and the reverse).
 */
export function ratio(key: string, label: string, numerator: FigureResult | undefined, denominator: FigureResult | undefined): FigureResult {
  if (!numerator || !denominator || !isMeasured(numerator) || !isMeasured(denominator)) {
    return unavailable(key, label, 'ratio', 'a figure it divides is not available');
  }
  if (denominator.median === 0 || denominator.min === 0) return unavailable(key, label, 'ratio', 'division by zero');
  const value = numerator.median / denominator.median;
  return {
    key,
    label,
    unit: 'ratio',
    runs: [value],
    median: value,
    min: numerator.min / denominator.max,
    max: numerator.max / denominator.min,
    note: `${numerator.key} / ${denominator.key}`,
  };
}

export function findFigure(results: readonly FigureResult[], key: string): FigureResult | undefined {
  return results.find((result) => result.key === key);
}
