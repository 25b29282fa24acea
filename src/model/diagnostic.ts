// Diagnostics: problems found in input, carried as data from every pure step to the edges.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `duplicate-id`, `yaml`, `unclosed-fence`. */
  code: string;
  /** Path of the file the problem is in, as given to the step (usually relative to the project). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Each problem once, in first-seen order (a briefing re-renders the deck's slides, and would repeat their warnings). */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.severity, d.code, d.file, d.line, d.column, d.message].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `file:line:column`, the location form editors and terminals understand. */
export function formatLocation(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.line <= 0) return d.file;
  return d.column > 0 ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`;
}

/** One diagnostic as a terminal line plus its hint. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${formatLocation(d)} ${d.severity}: ${d.message}\n  → ${d.hint}`;
}
