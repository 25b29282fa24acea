// `highlightTheme` (reveal-md's key): the highlight.js style code blocks are coloured with, checked against the styles there are.

import type { Diagnostic } from '../model/diagnostic.js';

export const HIGHLIGHT_THEME_KEY = 'highlightTheme';

export interface HighlightThemeSource {
  data: Record<string, unknown>;
  file: string;
  line: number;
}

/**
 * The style the deck names: the front matter's over reveal-md.json's, as reveal-md reads them. With `styles`,
 * a name that is not one of them is an error at its line listing the choices; without, any name passes.
 */
export function readHighlightTheme(
  sources: readonly HighlightThemeSource[],
  styles: readonly string[] | undefined,
): { highlightTheme?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let chosen: string | undefined;
  for (const source of sources) {
    if (!Object.hasOwn(source.data, HIGHLIGHT_THEME_KEY)) continue;
    const value = source.data[HIGHLIGHT_THEME_KEY];
    const at = { file: source.file, line: source.line, column: 1 };
    if (typeof value !== 'string' || value.trim() === '') {
      diagnostics.push({ severity: 'error', code: 'invalid-setting', ...at, message: `${HIGHLIGHT_THEME_KEY} should name a highlight.js style`, hint: `write e.g. ${HIGHLIGHT_THEME_KEY}: monokai, or remove it for the theme's default` });
      continue;
    }
    const name = value.trim().replace(/\.css$/, '');
    const style = styles ? findStyle(name, styles) : name;
    if (style === undefined) {
      diagnostics.push({ severity: 'error', code: 'invalid-setting', ...at, message: `unknown ${HIGHLIGHT_THEME_KEY} "${name}"`, hint: `choose one of: ${describeChoices(styles!)}` });
      continue;
    }
    chosen = style;
  }
  return { ...(chosen !== undefined ? { highlightTheme: chosen } : {}), diagnostics };
}

/** The style by its name, or by its name in the base16 family (highlight.js moved some there, e.g. reveal-md's default `zenburn`). */
function findStyle(name: string, styles: readonly string[]): string | undefined {
  return [name, `base16/${name}`].find((candidate) => styles.includes(candidate));
}

/** The top-level styles by name; the base16 family, which is long, by its count. */
function describeChoices(styles: readonly string[]): string {
  const base16 = styles.filter((name) => name.startsWith('base16/'));
  const top = styles.filter((name) => !name.startsWith('base16/'));
  return `${top.join(', ')}${base16.length > 0 ? `, or one of ${base16.length} base16/NAME styles (e.g. ${base16[0]})` : ''}`;
}
