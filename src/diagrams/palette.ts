// Categorical colours for diagrams (pie slices, chart series, timeline and mindmap sections) that contrast with the slide. Pure.

import { contrastRatio, type Rgb } from '../theme/contrast.js';

/** Every scale colour stands out from the slide background and carries background-coloured text: 4.5:1 covers both. */
export const SCALE_MIN_CONTRAST = 4.5;
/** Aimed a little above the minimum, so rounding to hex never drops a colour below it. */
const SCALE_TARGET_CONTRAST = 4.9;

/** Hue steps from the accent, spread so neighbours in a pie or a legend differ clearly. */
const HUE_STEPS = [0, 150, 45, 210, 290, 100, 330, 250, 20, 175, 70, 310];

export function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const h = ((hue % 360) + 360) % 360;
  const c = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = lightness - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

export function rgbToHue([r, g, b]: Rgb): number {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const delta = max - Math.min(rn, gn, bn);
  if (delta === 0) return 0;
  const hue = max === rn ? ((gn - bn) / delta) % 6 : max === gn ? (bn - rn) / delta + 2 : (rn - gn) / delta + 4;
  return (hue * 60 + 360) % 360;
}

/**
 * The colour of `hue` and `saturation` closest in lightness to the background that still reaches
 * the target contrast with it: dark colours on a light slide, light ones on a dark slide.
 */
export function contrastingColour(hue: number, saturation: number, background: Rgb, target = SCALE_TARGET_CONTRAST): Rgb {
  const darkSlide = contrastRatio(background, [0, 0, 0]) < contrastRatio(background, [255, 255, 255]);
  // Search lightness towards the far end (white on dark slides, black on light ones) for the first that is enough.
  let near = darkSlide ? 0 : 1;
  let far = darkSlide ? 1 : 0;
  if (contrastRatio(hslToRgb(hue, saturation, far), background) < target) return hslToRgb(hue, saturation, far);
  for (let step = 0; step < 30; step++) {
    const middle = (near + far) / 2;
    if (contrastRatio(hslToRgb(hue, saturation, middle), background) >= target) far = middle;
    else near = middle;
  }
  return hslToRgb(hue, saturation, far);
}

/** `count` distinct colours starting at the accent's hue (the accent itself first when it contrasts enough). */
export function categoricalScale(accent: Rgb, background: Rgb, count = 12): Rgb[] {
  const baseHue = rgbToHue(accent);
  return Array.from({ length: count }, (_unused, index) => {
    if (index === 0 && contrastRatio(accent, background) >= SCALE_TARGET_CONTRAST) return accent;
    return contrastingColour(baseHue + HUE_STEPS[index % HUE_STEPS.length]!, 0.62, background);
  });
}
