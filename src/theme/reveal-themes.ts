// reveal.js's own themes as kit themes: their colours, fonts and heading style, the kit's layouts and chrome, fonts from fontsource. Pure.

import { deriveChromeColours } from './chrome-colours.js';
import { readCssVariables } from './css-variables.js';

/** The themes reveal.js ships (`reveal.js/dist/theme/<name>.css`), by the names reveal.js and reveal-md decks use. */
export const REVEAL_THEMES = ['beige', 'black', 'blood', 'dracula', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white'] as const;
export type RevealThemeName = (typeof REVEAL_THEMES)[number];

/**
 * The faces reveal.js takes from its inlined files or from Google Fonts, as fontsource packages (files bundled
 * with the deck: no network, no base64 in the CSS). Families not listed (Palatino, system stacks) are the viewer's own.
 * `width`: how wide a line of this face runs against Source Sans 3 at the same size and weight class, the face the
 * kit's layouts are measured with (one sentence of a slide at 34px in Chromium, 1976px regular and 2033px semibold).
 */
export const REVEAL_FONTS: Readonly<Record<string, { package: string; faces: readonly string[]; width: number }>> = {
  'League Gothic': { package: '@fontsource/league-gothic', faces: ['400'], width: 0.61 },
  Lato: { package: '@fontsource/lato', faces: ['400', '400-italic', '700', '700-italic'], width: 1.03 },
  Montserrat: { package: '@fontsource/montserrat', faces: ['700'], width: 1.23 },
  'News Cycle': { package: '@fontsource/news-cycle', faces: ['400', '700'], width: 0.92 },
  'Open Sans': { package: '@fontsource/open-sans', faces: ['400', '400-italic', '700', '700-italic'], width: 1.13 },
  Quicksand: { package: '@fontsource/quicksand', faces: ['400', '700'], width: 1.09 },
  'Source Sans Pro': { package: '@fontsource/source-sans-pro', faces: ['400', '400-italic', '600', '600-italic'], width: 1 },
  Ubuntu: { package: '@fontsource/ubuntu', faces: ['300', '300-italic', '700', '700-italic'], width: 1.07 },
};

/** The fontsource subsets a theme ships (latin-ext first, as fontsource orders them). */
const FONT_SUBSETS = ['latin-ext', 'latin'] as const;

/** A face the kit does not ship is taken as wide as Chromium's generic sans-serif on Linux (DejaVu Sans), the widest fallback measured. */
const UNSHIPPED_FONT_WIDTH = 1.07;
/** The body size (px) and heading sizes the layouts, footer and diagrams are measured for, in Source Sans 3. */
const KIT_BODY_PX = 34;

/**
 * Text sizes that keep a slide's lines as long as in Source Sans 3, so the layouts hold: a wider body face gets a
 * smaller size, a wider heading face a heading scale below 1. Narrower faces keep the kit's sizes (never larger).
 */
export function sizesForFonts(mainFamily: string, headingFamily: string): { bodyPx: number; headingScale: number } {
  const width = (family: string): number => REVEAL_FONTS[family]?.width ?? UNSHIPPED_FONT_WIDTH;
  const bodyPx = Math.min(KIT_BODY_PX, Math.round(KIT_BODY_PX / width(mainFamily)));
  // The body size already makes up for the body face's width; the heading makes up for what its face adds to that.
  const headingScale = Math.min(1, Math.round((Math.max(1, width(mainFamily)) / width(headingFamily)) * 100) / 100);
  return { bodyPx, headingScale };
}

/** What a reveal.js theme decides and the kit keeps: colours, font stacks, the heading's look. */
const CARRIED_VARIABLES = [
  '--r-background',
  '--r-background-color',
  '--r-main-font',
  '--r-main-color',
  '--r-heading-font',
  '--r-heading-color',
  '--r-heading-line-height',
  '--r-heading-letter-spacing',
  '--r-heading-text-transform',
  '--r-heading-text-shadow',
  '--r-heading1-text-shadow',
  '--r-heading-font-weight',
  '--r-code-font',
  '--r-link-color',
  '--r-link-color-dark',
  '--r-link-color-hover',
  '--r-selection-background-color',
  '--r-selection-color',
  '--r-overlay-element-bg-color',
  '--r-overlay-element-fg-color',
] as const;

export function isRevealTheme(name: string): name is RevealThemeName {
  return (REVEAL_THEMES as readonly string[]).includes(name);
}

/** The first family of a CSS font stack, unquoted (`"Open Sans", sans-serif` → `Open Sans`). */
export function firstFontFamily(stack: string): string {
  return (stack.split(',')[0] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The kit theme CSS for reveal.js theme `name`, from that theme's CSS: the shared kit rules and spacing
 * (themes/shared/base.css), the fontsource faces its main and heading fonts need, its variables, and the kit's
 * --bd-* colours derived from them.
 * Throws a RangeError when the reveal.js CSS lacks a variable the theme needs.
 */
export function revealThemeCss(name: RevealThemeName, revealCss: string): string {
  const variables = readCssVariables(revealCss);
  const get = (variable: string): string => {
    const value = variables.get(variable);
    if (value === undefined) throw new RangeError(`reveal.js theme "${name}" does not set ${variable}`);
    return value;
  };
  const listMarker = variables.get('--r-list-bullet-color');
  const chrome = deriveChromeColours({
    background: get('--r-background-color'),
    text: get('--r-main-color'),
    heading: get('--r-heading-color'),
    link: get('--r-link-color'),
    ...(listMarker ? { listMarker } : {}),
  });
  const [mainFamily, headingFamily] = [get('--r-main-font'), get('--r-heading-font')].map(firstFontFamily) as [string, string];
  const families = [...new Set([mainFamily, headingFamily])];
  const sizes = sizesForFonts(mainFamily, headingFamily);
  const imports = families.flatMap((family) => {
    const font = REVEAL_FONTS[family];
    // Latin and latin-ext, as the kit's own font: other scripts fall back to the viewer's fonts.
    return font ? font.faces.flatMap((face) => FONT_SUBSETS.map((subset) => `@import '${font.package}/${subset}-${face}.css';`)) : [];
  });
  const declarations = [
    ...CARRIED_VARIABLES.filter((variable) => variables.has(variable)).map((variable) => [variable, get(variable)] as const),
    ['--r-main-font-size', `${sizes.bodyPx}px`],
    ...(sizes.headingScale < 1 ? [['--bd-heading-scale', String(sizes.headingScale)] as const] : []),
    ...Object.entries(chrome),
  ];
  return [
    `/* ${name}: reveal.js's ${name} theme (colours, fonts, heading style) with the kit's layouts and chrome, whose colours derive from it.`,
    `   Generated by scripts/reveal-themes.ts from reveal.js/dist/theme/${name}.css: do not edit by hand. Fonts from fontsource, bundled. */`,
    `@import './shared/base.css';`,
    ...imports,
    '',
    ':root {',
    ...declarations.map(([variable, value]) => `  ${variable}: ${value};`),
    '}',
    '',
  ].join('\n');
}
