// Every slide needs a heading: it is the slide's name for screen readers, PDF bookmarks, search and briefing agendas. Pure.

import type { RenderedSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';

const HEADING = /<h[1-6][\s>]/i;
const NOTES = /<aside class="notes">[\s\S]*$/;

/** A warning for each slide with content but no heading (headings in speaker notes do not count). */
export function checkHeadings(slides: readonly RenderedSlide[]): Diagnostic[] {
  return slides
    .filter((slide) => slide.source.content.trim() !== '' && !HEADING.test(slide.html.replace(NOTES, '')))
    .map((slide) => ({
      severity: 'warning',
      code: 'no-heading',
      file: slide.source.range.file,
      line: slide.source.contentLine,
      column: 0,
      message: `slide "${slide.source.id}" has no heading, so screen readers, PDF bookmarks and agendas cannot name it`,
      hint: 'start the slide with a heading, e.g. "## What is on the table?" (a cover slide can use "# Title")',
    }));
}
