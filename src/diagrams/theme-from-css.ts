// Reads a deck theme's colours and font from its CSS variables, so diagrams follow the theme file. Pure.

import type { DiagramTheme } from './theme.js';

const VARIABLES = {
  background: '--r-background-color',
  text: '--r-main-color',
  accent: '--bd-accent',
  muted: '--bd-muted',
  surface: '--bd-surface',
  fontFamily: '--r-main-font',
} as const;
/** `--bd-diagram-text`: a theme whose body text is too faint for labels on tinted boxes gives diagrams a stronger one. */
const OPTIONAL = { bodyFontSize: '--r-main-font-size', danger: '--bd-danger', diagramText: '--bd-diagram-text' } as const;

/** Throws a RangeError naming the missing variable when the theme does not define it. */
export function diagramThemeFromCss(css: string, themeName: string): DiagramTheme {
  const read = (variable: string): string => {
    const match = new RegExp(`${variable}\\s*:\\s*([^;]+);`).exec(css);
    if (!match) throw new RangeError(`theme "${themeName}" does not set ${variable}, which diagrams take their colours from`);
    return match[1]!.trim();
  };
  const background = read(VARIABLES.background);
  const optional = (variable: string): string | undefined => new RegExp(`${variable}\\s*:\\s*([^;]+);`).exec(css)?.[1]?.trim();
  const bodyPx = Number.parseFloat(optional(OPTIONAL.bodyFontSize) ?? '');
  const danger = optional(OPTIONAL.danger);
  return {
    ...(Number.isFinite(bodyPx) && bodyPx > 0 && (optional(OPTIONAL.bodyFontSize) ?? '').endsWith('px') ? { bodyPx } : {}),
    ...(danger ? { danger } : {}),
    background,
    text: optional(OPTIONAL.diagramText) ?? read(VARIABLES.text),
    accent: read(VARIABLES.accent),
    muted: read(VARIABLES.muted),
    surface: read(VARIABLES.surface),
    fontFamily: read(VARIABLES.fontFamily),
    dark: relativeLuminance(background) < 0.4,
  };
}

function relativeLuminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits.slice(0, 6);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
