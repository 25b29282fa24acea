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
  /** Body text size on the 1280×720 slide, in px (`--r-main-font-size`); diagram labels are sized from it. Default 34. */
  bodyPx?: number;
  /** Error and critical-path colour (`--bd-danger`); default a red that suits light themes. */
  danger?: string;
}

/** Diagrams are drawn with labels at this share of body text, at the size they will have on the slide. */
export const LABEL_SHARE = 0.7;

export function labelPxFor(theme: Pick<DiagramTheme, 'bodyPx'>): number {
  return Math.round((theme.bodyPx ?? 34) * LABEL_SHARE);
}

import { categoricalScale } from './palette.js';
import type { Rgb } from '../theme/contrast.js';
import { mixRgb, toHex } from '../theme/colour-mix.js';

function parseHex(color: string, role: string): Rgb {
  const hex = color.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((digit) => digit + digit).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) {
    throw new RangeError(`Diagram theme: ${role} must be a hex colour like #1a2b3c (mermaid reads only hex), got "${color}"`);
  }
  const channel = (start: number): number => Number.parseInt(full.slice(start, start + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

/** `amount` of `foreground` over `background` (0 → background, 1 → foreground), as hex. */
function mix(foreground: Rgb, background: Rgb, amount: number): string {
  return toHex(mixRgb(foreground, background, amount));
}

/** The theme's categorical scale as hex (what pie slices, chart series and sections are filled with). */
export function diagramScale(theme: DiagramTheme): string[] {
  return categoricalScale(parseHex(theme.accent, 'accent'), parseHex(theme.background, 'background')).map(toHex);
}

/** Mermaid `themeVariables` for the `base` theme (the only theme mermaid lets you recolour), for every diagram kind. */
export function diagramThemeVariables(theme: DiagramTheme): Record<string, unknown> {
  const background = parseHex(theme.background, 'background');
  const text = parseHex(theme.text, 'text');
  const accent = parseHex(theme.accent, 'accent');
  const muted = parseHex(theme.muted, 'muted');
  const surface = parseHex(theme.surface, 'surface');
  const danger = parseHex(theme.danger ?? (theme.dark ? '#ff8a80' : '#a4161a'), 'danger');
  const hex = { background: toHex(background), text: toHex(text), accent: toHex(accent), muted: toHex(muted), surface: toHex(surface), danger: toHex(danger) };
  const line = mix(text, background, 0.7);
  const accentTint = mix(accent, background, theme.dark ? 0.28 : 0.14);
  const mutedTint = mix(muted, background, theme.dark ? 0.22 : 0.1);
  const dangerTint = mix(danger, background, theme.dark ? 0.22 : 0.12);
  const grid = mix(muted, background, theme.dark ? 0.45 : 0.35);
  const labelPx = labelPxFor(theme);
  // Every colour mermaid would derive is given, so nothing is left to its own darkening or lightening
  // (dark mode darkens cScale by 75 points of lightness and lightens git colours).
  const scale = diagramScale(theme);
  const scaleTint = categoricalScale(accent, background).map((colour) => mix(colour, background, theme.dark ? 0.3 : 0.16));
  const indexed = (prefix: string, values: readonly string[], count = values.length): Record<string, string> =>
    Object.fromEntries(Array.from({ length: count }, (_unused, i) => [`${prefix}${i}`, values[i % values.length]!]));
  const onScale = hex.background;

  return {
    darkMode: theme.dark,
    background: hex.background,
    fontFamily: theme.fontFamily,
    fontSize: `${labelPx}px`,
    textColor: hex.text,
    titleColor: hex.text,
    lineColor: line,
    arrowheadColor: line,
    defaultLinkColor: line,
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
    nodeBkg: hex.surface,
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
    // state and class diagrams
    stateBkg: hex.surface,
    stateLabelColor: hex.text,
    stateBorder: hex.accent,
    transitionColor: line,
    transitionLabelColor: hex.text,
    labelBackgroundColor: hex.background,
    compositeBackground: hex.background,
    compositeTitleBackground: hex.surface,
    compositeBorder: hex.accent,
    altBackground: mutedTint,
    specialStateColor: hex.text,
    innerEndBackground: hex.text,
    classText: hex.text,
    rowOdd: hex.background,
    rowEven: hex.surface,
    attributeBackgroundColorOdd: hex.background,
    attributeBackgroundColorEven: hex.surface,
    // the categorical scale: timeline and kanban sections, mindmap branches; labels in the slide's background colour
    ...indexed('cScale', scale),
    ...indexed('cScalePeer', scale),
    // cScaleInv draws timeline and mindmap connector lines, on the slide background
    ...indexed('cScaleInv', scale),
    ...indexed('cScaleLabel', [onScale], 12),
    scaleLabelColor: onScale,
    // git colours (mindmap and timeline roots use git0)
    ...indexed('git', scale, 8),
    ...indexed('gitInv', [onScale], 8),
    ...indexed('gitBranchLabel', [onScale], 8),
    // journey task types: pale tints with body-coloured text
    ...indexed('fillType', scaleTint, 8),
    ...indexed('actor', scale, 6),
    faceColor: hex.surface,
    // pie: solid slices split by background-coloured strokes
    ...Object.fromEntries(scale.map((colour, i) => [`pie${i + 1}`, colour])),
    pieStrokeColor: hex.background,
    pieStrokeWidth: '3px',
    pieOuterStrokeColor: line,
    pieOuterStrokeWidth: '2px',
    pieOpacity: '1',
    pieTitleTextColor: hex.text,
    pieTitleTextSize: `${Math.round(labelPx * 1.2)}px`,
    pieSectionTextColor: onScale,
    pieSectionTextSize: `${labelPx}px`,
    pieLegendTextColor: hex.text,
    pieLegendTextSize: `${labelPx}px`,
    // quadrant chart: pale quadrants, accent points, body-coloured text
    quadrant1Fill: accentTint,
    quadrant2Fill: mutedTint,
    quadrant3Fill: accentTint,
    quadrant4Fill: mutedTint,
    quadrant1TextFill: hex.text,
    quadrant2TextFill: hex.text,
    quadrant3TextFill: hex.text,
    quadrant4TextFill: hex.text,
    quadrantPointFill: hex.accent,
    quadrantPointTextFill: hex.text,
    quadrantXAxisTextFill: hex.text,
    quadrantYAxisTextFill: hex.text,
    quadrantTitleFill: hex.text,
    quadrantInternalBorderStrokeFill: hex.muted,
    quadrantExternalBorderStrokeFill: hex.muted,
    // xy chart
    xyChart: {
      backgroundColor: hex.background,
      titleColor: hex.text,
      dataLabelColor: hex.text,
      legendTextColor: hex.text,
      xAxisTitleColor: hex.text,
      xAxisLabelColor: hex.text,
      xAxisTickColor: hex.muted,
      xAxisLineColor: hex.muted,
      yAxisTitleColor: hex.text,
      yAxisLabelColor: hex.text,
      yAxisTickColor: hex.muted,
      yAxisLineColor: hex.muted,
      plotColorPalette: scale.join(','),
    },
    // gantt: plain and critical tasks solid (accent, danger) with background-coloured text; active and done tasks
    // pale with body-coloured text, told apart by their borders
    sectionBkgColor: mutedTint,
    altSectionBkgColor: hex.background,
    sectionBkgColor2: mutedTint,
    excludeBkgColor: mutedTint,
    gridColor: grid,
    todayLineColor: hex.danger,
    vertLineColor: hex.muted,
    taskBkgColor: hex.accent,
    taskBorderColor: hex.accent,
    taskTextColor: onScale,
    taskTextOutsideColor: hex.text,
    taskTextLightColor: onScale,
    taskTextDarkColor: hex.text,
    taskTextClickableColor: hex.accent,
    activeTaskBkgColor: accentTint,
    activeTaskBorderColor: hex.accent,
    doneTaskBkgColor: mutedTint,
    doneTaskBorderColor: hex.muted,
    critBkgColor: hex.danger,
    critBorderColor: hex.danger,
    // errors, should one slip through
    errorBkgColor: dangerTint,
    errorTextColor: hex.text,
  };
}

/** A full mermaid config for a deck theme: `base` theme, derived colours, the deck font, slide-friendly layout. */
export function mermaidConfigForTheme(theme: DiagramTheme): MermaidConfig {
  const labelPx = labelPxFor(theme);
  const grow = labelPx / 16;
  return {
    theme: 'base',
    darkMode: theme.dark,
    fontFamily: theme.fontFamily,
    // Sequence diagrams take their message, note and actor sizes from this one, over their own settings.
    fontSize: labelPx,
    themeVariables: diagramThemeVariables(theme),
    securityLevel: 'strict',
    startOnLoad: false,
    // Spacing follows the label size, so a flowchart keeps its proportions at slide scale; labels wrap at ~8 words' width.
    flowchart: {
      useMaxWidth: true,
      htmlLabels: true,
      curve: 'basis',
      padding: Math.round(labelPx / 3),
      nodeSpacing: labelPx,
      rankSpacing: Math.round(labelPx * 1.35),
      wrappingWidth: Math.round(labelPx * 8.5),
    },
    sequence: {
      useMaxWidth: true,
      mirrorActors: false,
      showSequenceNumbers: false,
      actorFontFamily: theme.fontFamily,
      messageFontFamily: theme.fontFamily,
      noteFontFamily: theme.fontFamily,
      actorFontSize: labelPx,
      messageFontSize: labelPx,
      noteFontSize: labelPx,
      // Room sized from the label, not grown with it: a slide has little height to spare.
      width: Math.round(labelPx * 6),
      height: Math.round(labelPx * 2),
      actorMargin: Math.round(labelPx * 2),
      boxMargin: 8,
      noteMargin: 8,
      messageMargin: Math.round(labelPx * 0.9),
      diagramMarginX: 16,
      diagramMarginY: 8,
    },
    journey: {
      taskFontFamily: theme.fontFamily,
      taskFontSize: labelPx,
      titleFontFamily: theme.fontFamily,
      titleFontSize: `${Math.round(labelPx * 1.2)}px`,
      titleColor: toHex(parseHex(theme.text, 'text')),
      sectionFills: diagramScale(theme).slice(0, 8),
      sectionColours: [toHex(parseHex(theme.background, 'background'))],
    },
    timeline: { padding: Math.round(5 * grow) },
    mindmap: { padding: Math.round(10 * grow), maxNodeWidth: Math.round(200 * grow) },
    kanban: { padding: Math.round(8 * grow), sectionWidth: Math.round(200 * grow) },
    block: { padding: Math.round(8 * grow) },
    pie: { textPosition: 0.7 },
    class: { htmlLabels: true },
  };
}
