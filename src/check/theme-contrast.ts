// The deck theme's colour pairs below WCAG AA contrast, as `briefdeck check` warnings naming the theme file. Pure.

import type { Diagnostic } from '../model/diagnostic.js';
import { readCssVariables } from '../theme/css-variables.js';
import { checkThemeContrast, describeFailure } from '../theme/theme-contrast.js';

export function themeContrastDiagnostics(css: string, file: string): Diagnostic[] {
  return checkThemeContrast(readCssVariables(css))
    .filter((result) => !result.ok)
    .map((result) => ({
      severity: 'warning',
      code: 'theme-contrast',
      file,
      line: 0,
      column: 0,
      message: `the theme's colours fall short of WCAG AA contrast: ${describeFailure(result)}`,
      hint: `darken or lighten ${result.foreground} or ${result.background} in the theme until the ratio reaches ${result.min}:1`,
    }));
}
