// Mermaid colours and fonts derived from a deck theme, so diagrams match the light and dark themes.

import type { MermaidConfig } from 'mermaid';

/** The few theme values diagrams need. Colours are hex (`#rgb` or `#rrggbb`): mermaid's theming only reads hex. */
export interface DiagramTheme {
  background: string;
  text: string;
  accent: string;
  muted: string;
  /** Fill of boxes (nodes, actors) — a tint slightly off the background. */
  surface: string;
  /** CSS font-family list, e.g. `"Source Sans 3", sans-serif`. */
  fontFamily: string;
  dark: boolean;
}

type Rgb = readonly [number, number, number];

function parseHex(color: string, role: string): Rgb {
  const hex = color.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((digit) => digit + digit).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) {
    throw new RangeError(`Diagram theme: ${role} must be a hex colour like #1a2b3c (mermaid reads only hex), got "${color}"`);
  }
  const channel = (start: number): number => Number.parseInt(full.slice(start, start + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `foreground` over `background` (0 → background, 1 → foreground). */
function mix(foreground: Rgb, background: Rgb, amount: number): string {
  const blend = (i: 0 | 1 | 2): number => foreground[i] * amount + background[i] * (1 - amount);
  return toHex([blend(0), blend(1), blend(2)]);
}

/** Mermaid `themeVariables` for the `base` theme (the only theme mermaid lets you recolour). */
export function diagramThemeVariables(theme: DiagramTheme): Record<string, string | boolean> {
  const background = parseHex(theme.background, 'background');
  const text = parseHex(theme.text, 'text');
  const accent = parseHex(theme.accent, 'accent');
  const muted = parseHex(theme.muted, 'muted');
  const surface = parseHex(theme.surface, 'surface');
  const hex = { background: toHex(background), text: toHex(text), accent: toHex(accent), muted: toHex(muted), surface: toHex(surface) };
  const line = mix(text, background, 0.7);
  const accentTint = mix(accent, background, theme.dark ? 0.28 : 0.14);
  const mutedTint = mix(muted, background, theme.dark ? 0.22 : 0.1);

  return {
    darkMode: theme.dark,
    background: hex.background,
    fontFamily: theme.fontFamily,
    fontSize: '16px',
    textColor: hex.text,
    titleColor: hex.text,
    lineColor: line,
    // flowchart and most diagrams: primary = nodes, secondary/tertiary = alternates and clusters
    primaryColor: hex.surface,
    primaryTextColor: hex.text,
    primaryBorderColor: hex.accent,
    secondaryColor: accentTint,
    secondaryTextColor: hex.text,
    secondaryBorderColor: hex.accent,
    tertiaryColor: mutedTint,
    tertiaryTextColor: hex.text,
    tertiaryBorderColor: hex.muted,
    mainBkg: hex.surface,
    nodeBorder: hex.accent,
    nodeTextColor: hex.text,
    clusterBkg: mutedTint,
    clusterBorder: hex.muted,
    edgeLabelBackground: hex.background,
    // sequence diagrams
    actorBkg: hex.surface,
    actorBorder: hex.accent,
    actorTextColor: hex.text,
    actorLineColor: hex.muted,
    signalColor: line,
    signalTextColor: hex.text,
    labelBoxBkgColor: hex.surface,
    labelBoxBorderColor: hex.accent,
    labelTextColor: hex.text,
    loopTextColor: hex.text,
    noteBkgColor: accentTint,
    noteBorderColor: hex.accent,
    noteTextColor: hex.text,
    activationBkgColor: accentTint,
    activationBorderColor: hex.accent,
    sequenceNumberColor: hex.background,
    // errors, should one slip through
    errorBkgColor: mix(parseHex('#d93025', 'error'), background, 0.15),
    errorTextColor: hex.text,
  };
}

/** A full mermaid config for a deck theme: `base` theme, derived colours, the deck font, slide-friendly layout. */
export function mermaidConfigForTheme(theme: DiagramTheme): MermaidConfig {
  return {
    theme: 'base',
    darkMode: theme.dark,
    fontFamily: theme.fontFamily,
    themeVariables: diagramThemeVariables(theme),
    securityLevel: 'strict',
    startOnLoad: false,
    flowchart: { useMaxWidth: true, htmlLabels: true, curve: 'basis', padding: 12, nodeSpacing: 40, rankSpacing: 48 },
    sequence: {
      useMaxWidth: true,
      mirrorActors: false,
      showSequenceNumbers: false,
      actorFontFamily: theme.fontFamily,
      messageFontFamily: theme.fontFamily,
      noteFontFamily: theme.fontFamily,
    },
  };
}
