// The kit's own theme colours (--bd-*: accent, muted, surface, banner, danger) derived from a theme's slide colours. Pure.

import { parseColor, type Rgb } from './contrast.js';
import { BLACK, isDarkBackground, mixRgb, toHex, WHITE, withContrast } from './colour-mix.js';

export interface SlideColours {
  background: string;
  text: string;
  heading: string;
  link: string;
  /** A theme's own list-marker colour, when it has one (it then becomes the accent). */
  listMarker?: string;
}

export interface ChromeColours {
  '--bd-accent': string;
  '--bd-muted': string;
  '--bd-surface': string;
  '--bd-banner-background': string;
  '--bd-banner-color': string;
  '--bd-danger': string;
  /** Labels in diagrams, on boxes tinted from the background: the body text colour, strengthened where it is faint. */
  '--bd-diagram-text': string;
}

/** Text on the kit's components reaches WCAG AA (4.5:1) on the slide and on the surface tint. */
const TEXT_CONTRAST = 4.5;
/** Diagram labels sit on tints of the accent and muted colours, so they start from a margin over AA on the bare slide. */
const DIAGRAM_TEXT_CONTRAST = 8;

/**
 * Colours for the footer, citations, quotations, banner and error text that follow the slide's: the accent
 * from the marker or link colour, muted text and the surface tint from the text colour, each moved towards
 * white (dark slides) or black (light ones) only as far as it needs to stay legible.
 * Throws a RangeError naming the colour that is not a colour.
 */
export function deriveChromeColours(colours: SlideColours): ChromeColours {
  const read = (name: keyof SlideColours): Rgb => {
    const value = colours[name] ?? '';
    const rgb = parseColor(value);
    if (!rgb) throw new RangeError(`the theme's ${name} colour "${value}" is not a colour (use #rrggbb)`);
    return rgb;
  };
  const background = read('background');
  const text = read('text');
  const heading = read('heading');
  const dark = isDarkBackground(background);
  const far = dark ? WHITE : BLACK;
  const surface = mixRgb(text, background, dark ? 0.1 : 0.06);
  const onSlide = [background, surface];
  const accent = withContrast(colours.listMarker ? read('listMarker') : read('link'), onSlide, TEXT_CONTRAST, far);
  const muted = withContrast(mixRgb(text, background, 0.75), onSlide, TEXT_CONTRAST, far);
  const danger = withContrast(parseColor(dark ? '#ff8a80' : '#a4161a')!, onSlide, TEXT_CONTRAST, far);
  const bannerBackground = mixRgb(accent, background, dark ? 0.25 : 0.12);
  const bannerColor = withContrast(heading, [bannerBackground], TEXT_CONTRAST, far);
  return {
    '--bd-accent': toHex(accent),
    '--bd-muted': toHex(muted),
    '--bd-surface': toHex(surface),
    '--bd-banner-background': toHex(bannerBackground),
    '--bd-banner-color': toHex(bannerColor),
    '--bd-danger': toHex(danger),
    '--bd-diagram-text': toHex(withContrast(text, [background], DIAGRAM_TEXT_CONTRAST, far)),
  };
}
