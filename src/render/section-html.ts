// Rendered slides as reveal.js `<section>` HTML (a slide with vertical children becomes a stack): apart from the Markdown renderer, which a dev server loads only with its first compile.

import type { RenderedSlide, SourceSlide } from '../model/deck.js';
import { formatAttributes, sectionAttributes } from './section-attributes.js';

/** Each slide's `<section>` as made once: the deck's HTML and a dev server's update of the same compile share it (a slide is never changed in place). */
const sections = new WeakMap<RenderedSlide, string>();

/** The slide's `<section>`: its body, then its notes (if any) in `<aside class="notes">`, where reveal.js reads them. */
export function sectionHtml(slide: RenderedSlide): string {
  const made = sections.get(slide);
  if (made !== undefined) return made;
  const notes = slide.notes === '' ? '' : `<aside class="notes">${slide.notes}</aside>`;
  const html = `<section${formatAttributes(sectionAttributes(slide))}>\n${slide.body}${notes}</section>`;
  sections.set(slide, html);
  return html;
}

/** Horizontal slides in order; a slide with vertical children becomes a stack `<section>`. */
export function deckHtml(slides: readonly RenderedSlide[]): string {
  const stacks = groupStacks(slides);
  return stacks
    .map((stack) => (stack.length === 1 ? sectionHtml(stack[0]!) : `<section class="stack">\n${stack.map((s) => sectionHtml(s)).join('\n')}\n</section>`))
    .join('\n');
}

export function groupStacks<T extends { source: Pick<SourceSlide, 'h'> }>(slides: readonly T[]): T[][] {
  const stacks: T[][] = [];
  for (const slide of slides) {
    const last = stacks.at(-1);
    if (last && last[0]!.source.h === slide.source.h) last.push(slide);
    else stacks.push([slide]);
  }
  return stacks;
}
