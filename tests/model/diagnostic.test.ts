// Diagnostics reported once: a briefing re-renders the deck's slides and would repeat their warnings.

import { describe, expect, it } from 'vitest';
import { uniqueDiagnostics, type Diagnostic } from '../../src/model/diagnostic.js';

const dense: Diagnostic = { severity: 'warning', code: 'diagram-too-dense', file: 'slides/07.md', line: 10, column: 0, message: 'too dense', hint: 'split it' };

describe('uniqueDiagnostics', () => {
  it('keeps the first of identical problems and every distinct one, in order', () => {
    const other = { ...dense, line: 53 };
    const error = { ...dense, severity: 'error' as const };
    expect(uniqueDiagnostics([dense, other, { ...dense }, error, other])).toEqual([dense, other, error]);
  });
});
