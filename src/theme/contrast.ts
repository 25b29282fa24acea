// WCAG 2 colour contrast: parse a CSS colour, relative luminance, contrast ratio. Pure.

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb` (alpha digits ignored), `rgb(r, g, b)` / `rgb(r g b)`, or a bare `r g b` triplet as reveal.js's overlay variables use. */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((d) => d + d).join('') : hex.slice(0, 6);
    return triplet([0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)));
  }
  const channels = /^(?:rgba?\()?\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/][^)]*)?\)?$/.exec(text);
  if (!channels) return undefined;
  return triplet(channels.slice(1, 4).map(Number));
}

function triplet([r, g, b]: number[]): Rgb | undefined {
  if (r === undefined || g === undefined || b === undefined) return undefined;
  return [r, g, b].every((c) => Number.isInteger(c) && c >= 0 && c <= 255) ? [r, g, b] : undefined;
}

/** WCAG 2.x relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (no contrast) to 21 (black on white); order of the two colours does not matter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
