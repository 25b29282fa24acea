// The deck theme's file read from its themes folder and checked against WCAG AA, for `check` and `build` alike.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { themeContrastDiagnostics } from './theme-contrast.js';

/** The `themeVariables` of a deck's `diagrams.mermaid` settings, when they are an object. */
function themeVariablesOf(mermaid: Record<string, unknown>): Record<string, unknown> {
  const variables = mermaid['themeVariables'];
  return typeof variables === 'object' && variables !== null && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
}

/**
 * Warnings naming the theme file (relative to `cwd`) and each pair that falls short; none when the file is unreadable
 * (loading reports an unknown theme). `mermaid`: the deck's `diagrams.mermaid` settings, whose `themeVariables` are
 * laid over the palette derived from the theme, as diagrams are drawn.
 */
export async function themeFileContrast(themesDir: string, theme: string, cwd: string, mermaid: Record<string, unknown> = {}): Promise<Diagnostic[]> {
  const file = path.join(themesDir, `${theme}.css`);
  const css = await readFile(file, 'utf8').catch(() => undefined);
  return css === undefined ? [] : themeContrastDiagnostics(css, path.relative(cwd, file), themeVariablesOf(mermaid));
}
