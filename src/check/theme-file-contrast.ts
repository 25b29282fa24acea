// The deck theme's file read from its themes folder and checked against WCAG AA, for `check` and `build` alike.

import path from 'node:path';
import { readThemeCss, themeFile } from '../io/list-themes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { themeContrastDiagnostics } from './theme-contrast.js';

/** The `themeVariables` of a deck's `diagrams.mermaid` settings, when they are an object. */
function themeVariablesOf(mermaid: Record<string, unknown>): Record<string, unknown> {
  const variables = mermaid['themeVariables'];
  return typeof variables === 'object' && variables !== null && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
}

/**
 * Warnings naming the theme file (relative to `cwd`) and each pair that falls short; none when the file is unreadable
 * (loading reports an unknown theme, or one whose file is not a regular file). `mermaid`: the deck's `diagrams.mermaid` settings, whose `themeVariables` are
 * laid over the palette derived from the theme, as diagrams are drawn.
 */
export async function themeFileContrast(themesDir: string, theme: string, cwd: string, mermaid: Record<string, unknown> = {}): Promise<Diagnostic[]> {
  const css = await readThemeCss(themesDir, theme);
  return css === undefined ? [] : themeContrastDiagnostics(css, path.relative(cwd, themeFile(themesDir, theme)), themeVariablesOf(mermaid));
}
