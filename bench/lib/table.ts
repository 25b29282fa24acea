// Printing: formats figures by unit and lays them out as one plain-text table, with each budget beside its figure.

import type { BudgetCheck } from './budgets.js';
import { isMeasured, type FigureResult, type Unit } from './figures.js';

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
      return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
    case 'bytes':
      if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
      return `${(value / 1024).toFixed(1)} KB`;
    case 'MB':
      return `${Math.round(value)} MB`;
    case 'ratio':
      return `×${value.toFixed(2)}`;
    case 'pages/s':
      return `${value.toFixed(1)} p/s`;
    case 'count':
      return String(Math.round(value));
  }
}

function range(result: FigureResult): string {
  if (!isMeasured(result) || (result.runs.length < 2 && result.unit !== 'ratio')) return '';
  return `${formatValue(result.min, result.unit)} – ${formatValue(result.max, result.unit)}`;
}

/** The key's group: the part before the first dot (build, page, dev…), for blank lines between groups. */
function group(key: string): string {
  return key.split('.')[0] ?? key;
}

export function renderTable(results: readonly FigureResult[], checks: readonly BudgetCheck[]): string {
  const header = ['figure', 'median', 'min – max', 'n', 'budget', ''];
  const rows: (string[] | 'gap')[] = [];
  results.forEach((result, index) => {
    const previous = results[index - 1];
    if (previous && group(previous.key) !== group(result.key)) rows.push('gap');
    const check = checks.find((c) => c.figure === result.key);
    const status = check ? (check.status === 'over' ? 'OVER' : check.status === 'within' ? 'ok' : '—') : '';
    if (!isMeasured(result)) {
      rows.push([result.label, 'n/a', `(${result.unavailable})`.slice(0, 48), '', check?.label ?? '', status]);
      return;
    }
    rows.push([result.label, formatValue(result.median, result.unit), range(result), result.unit === 'ratio' ? '' : String(result.runs.length), check?.label ?? '', status]);
  });
  const cells = rows.filter((row): row is string[] => row !== 'gap');
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 1 || column === 3 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((row) => (row === 'gap' ? '' : line(row)))].join('\n');
}

export function renderOverBudget(checks: readonly BudgetCheck[], results: readonly FigureResult[]): string {
  const over = checks.filter((c) => c.status === 'over');
  const unmeasured = checks.filter((c) => c.status === 'not measured');
  const lines: string[] = [];
  if (over.length === 0) lines.push('Every measured figure is within its budget.');
  else {
    lines.push(`Over budget (${over.length}):`);
    for (const check of over) {
      const result = results.find((r) => r.key === check.figure);
      const unit = result?.unit ?? 'ms';
      lines.push(`  ${result?.label.trim() ?? check.figure}: ${formatValue(check.value ?? 0, unit)} (budget ${check.label})`);
    }
  }
  if (unmeasured.length > 0) lines.push(`Not measured: ${unmeasured.map((c) => c.figure).join(', ')}`);
  return lines.join('\n');
}
