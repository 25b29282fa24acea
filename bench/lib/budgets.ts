// Budgets: reads bench/budgets.json and compares each budgeted figure's median with its maximum (pure comparison).

import { readFile } from 'node:fs/promises';
import { isMeasured, type FigureResult } from './figures.js';

export interface Budget {
  /** The key of the figure this budget applies to. */
  figure: string;
  /** The largest acceptable median, in the figure's own unit (ms, bytes, ratio…). */
  max: number;
  /** The budget as people say it, e.g. "≤ 60 KB gzip". */
  label: string;
}

export type BudgetStatus = 'within' | 'over' | 'not measured';

export interface BudgetCheck extends Budget {
  status: BudgetStatus;
  /** The figure's median, when it was measured. */
  value?: number;
}

/** Each budget against its figure's median; a budget whose figure is missing or unavailable is "not measured". */
export function compareBudgets(figures: readonly FigureResult[], budgets: readonly Budget[]): BudgetCheck[] {
  return budgets.map((budget) => {
    const result = figures.find((f) => f.key === budget.figure);
    if (!result || !isMeasured(result)) return { ...budget, status: 'not measured' };
    return { ...budget, value: result.median, status: result.median > budget.max ? 'over' : 'within' };
  });
}

export function overBudget(checks: readonly BudgetCheck[]): BudgetCheck[] {
  return checks.filter((check) => check.status === 'over');
}

function isBudget(value: unknown): value is Budget {
  if (typeof value !== 'object' || value === null) return false;
  const candidate: { figure?: unknown; max?: unknown; label?: unknown } = value;
  return typeof candidate.figure === 'string' && typeof candidate.max === 'number' && typeof candidate.label === 'string';
}

/** Parses budgets.json's `{ "budgets": [{ figure, max, label }] }`; throws naming the first bad entry. */
export function parseBudgets(text: string): Budget[] {
  const parsed: unknown = JSON.parse(text);
  const list = typeof parsed === 'object' && parsed !== null && 'budgets' in parsed ? parsed.budgets : undefined;
  if (!Array.isArray(list)) throw new Error('budgets.json must hold { "budgets": [ … ] }');
  return list.map((entry: unknown, index) => {
    if (!isBudget(entry)) throw new Error(`budgets.json: entry ${index} needs figure (string), max (number) and label (string)`);
    return { figure: entry.figure, max: entry.max, label: entry.label };
  });
}

export async function readBudgets(file: string): Promise<Budget[]> {
  return parseBudgets(await readFile(file, 'utf8'));
}
