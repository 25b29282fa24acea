// The deck theme's colour pairs below WCAG AA contrast, slide and diagram palettes, as `briefdeck check` warnings naming the theme file. Pure.

import type { Diagnostic } from '../model/diagnostic.js';
import { mergeConfig } from '../diagrams/merge-config.js';
import { DIAGRAM_CONTRAST_PAIRS, flattenThemeVariables } from '../diagrams/palette-contrast.js';
import { diagramThemeVariables } from '../diagrams/theme.js';
import { diagramThemeFromCss } from '../diagrams/theme-from-css.js';
import { readCssVariables } from '../theme/css-variables.js';
import { isRevealTheme } from '../theme/reveal-themes.js';
import { checkContrastPairs, describeFailure, type ContrastResult } from '../theme/contrast-pairs.js';

/** The theme's name from its file, `themes/night.css` → `night`. */
function themeName(file: string): string {
  return /([^/\\]+?)(?:\.css)?$/.exec(file)?.[1] ?? file;
}

function warning(file: string, message: string, hint: string): Diagnostic {
  return { severity: 'warning', code: 'theme-contrast', file, line: 0, column: 0, message, hint };
}

/**
 * The slide pairs of the theme, then the diagram palette derived from it (with the deck's own
 * `themeVariables` laid over, as diagrams are drawn). A theme whose colours diagrams cannot read is
 * reported by the slide pairs already, so the diagram palette is then skipped.
 */
export function themeContrastDiagnostics(css: string, file: string, themeVariables: Record<string, unknown> = {}): Diagnostic[] {
  const slide = checkContrastPairs(readCssVariables(css))
    .filter((result) => !result.ok)
    .map((result) =>
      warning(
        file,
        `theme "${themeName(file)}": its colours fall short of WCAG AA contrast: ${describeFailure(result)}`,
        isRevealTheme(themeName(file))
          ? `the kit's ${themeName(file)} theme takes these colours from reveal.js's; for text that must meet AA choose another theme ` +
            `(briefing and dark do), or a theme of your own (briefdeck({ themes })) with ${result.foreground} or ${result.background} changed until the ratio reaches ${result.min}:1`
          : `darken or lighten ${result.foreground} or ${result.background} in the theme until the ratio reaches ${result.min}:1`,
      ),
    );
  return [...slide, ...diagramPaletteDiagnostics(css, file, themeVariables)];
}

function diagramPaletteDiagnostics(css: string, file: string, themeVariables: Record<string, unknown>): Diagnostic[] {
  let derived: Record<string, unknown>;
  try {
    derived = diagramThemeVariables(diagramThemeFromCss(css, file));
  } catch {
    return [];
  }
  const variables = flattenThemeVariables(mergeConfig(derived, themeVariables));
  return checkDiagramPalette(variables)
    .filter((result) => !result.ok)
    .map((result) =>
      warning(
        file,
        `theme "${themeName(file)}": a diagram colour falls short of WCAG AA contrast: ${describeFailure(result)}`,
        `diagram colours come from the theme's --r-background-color, --r-main-color, --bd-accent, --bd-muted and --bd-surface; ` +
          `change those, or the themeVariables set under diagrams.mermaid, until the ratio reaches ${result.min}:1`,
      ),
    );
}

/** The diagram pairs whose colours are set (a palette may leave an optional colour out). */
export function checkDiagramPalette(variables: ReadonlyMap<string, string>): ContrastResult[] {
  return checkContrastPairs(variables, DIAGRAM_CONTRAST_PAIRS.filter((pair) => variables.has(pair.foreground) && variables.has(pair.background)));
}
