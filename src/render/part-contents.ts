// A section divider (`layout: section`) lists the slides of its part with their numbers, so the divider says what
// is coming instead of only naming the part. Built at render time from the slides in reading order. Pure.

import type { SourceSlide } from '../model/deck.js';
import { escapeHtml } from './escape-html.js';

/**
 * `<ol class="bd-part-contents">` with one item per slide after the divider in the same section (until the section
 * changes or another divider starts); '' for other slides or an empty part. Numbers are reading-order positions,
 * as reveal.js's slide number shows them.
 */
export function partContentsHtml(slides: readonly SourceSlide[], index: number): string {
  const divider = slides[index];
  const section = divider?.settings.section;
  if (!divider || divider.settings.layout !== 'section' || section === undefined) return '';
  const items: string[] = [];
  for (let next = index + 1; next < slides.length; next++) {
    const slide = slides[next]!;
    if (slide.settings.section !== section || slide.settings.layout === 'section') break;
    if (slide.title) items.push(`<li><span class="bd-part-number">${next + 1}</span> ${escapeHtml(slide.title)}</li>`);
  }
  return items.length === 0 ? '' : `\n<ol class="bd-part-contents" aria-label="In this part">${items.join('')}</ol>\n`;
}
