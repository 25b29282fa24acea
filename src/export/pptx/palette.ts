// A theme's colours and fonts for PowerPoint, read from the theme CSS variables the deck's HTML uses. Pure.

import { parseColor, type Rgb } from '../../theme/contrast.js';
import { readCssVariables } from '../../theme/css-variables.js';

/** Colours as PowerPoint writes them: `RRGGBB`, no `#`. */
export interface Palette {
  theme: string;
  background: string;
  text: string;
  heading: string;
  link: string;
  accent: string;
  muted: string;
  surface: string;
  bannerBackground: string;
  bannerText: string;
  /** First family of the theme's font stack (e.g. `Source Sans 3`); PowerPoint names one face. */
  font: string;
  codeFont: string;
}

const COLOURS = {
  background: '--r-background-color',
  text: '--r-main-color',
  heading: '--r-heading-color',
  link: '--r-link-color',
  accent: '--bd-accent',
  muted: '--bd-muted',
  surface: '--bd-surface',
  bannerBackground: '--bd-banner-background',
  bannerText: '--bd-banner-color',
} as const;

/** Throws a RangeError naming the variable when the theme lacks a colour or sets one PowerPoint cannot take. */
export function paletteFromCss(css: string, theme: string): Palette {
  const variables = readCssVariables(css);
  const colour = (name: string): string => {
    const value = variables.get(name);
    const rgb = value === undefined ? undefined : parseColor(value);
    if (!rgb) throw new RangeError(`theme "${theme}" ${value === undefined ? `does not set ${name}` : `sets ${name} to "${value}", not a #rrggbb colour`}, which the PowerPoint export takes its colours from`);
    return powerPointColour(rgb);
  };
  const entries = Object.entries(COLOURS).map(([key, name]) => [key, colour(name)] as const);
  return {
    theme,
    ...(Object.fromEntries(entries) as Record<keyof typeof COLOURS, string>),
    font: firstFamily(variables.get('--r-main-font')) ?? 'Source Sans 3',
    codeFont: firstUsableFamily(variables.get('--r-code-font')) ?? 'Courier New',
  };
}

/** `[11, 37, 69]` → `0B2545`. */
export function powerPointColour(rgb: Rgb): string {
  return rgb.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
}

function families(stack: string | undefined): string[] {
  return (stack ?? '').split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, '')).filter((f) => f !== '');
}

function firstFamily(stack: string | undefined): string | undefined {
  return families(stack)[0];
}

/** Generic CSS names (`ui-monospace`, `monospace`) mean nothing to PowerPoint. */
function firstUsableFamily(stack: string | undefined): string | undefined {
  return families(stack).find((f) => !/^(ui-)?(monospace|sans-serif|serif|system-ui)$/.test(f));
}
