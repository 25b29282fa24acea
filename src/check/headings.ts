// Every slide needs a heading: it is the slide's name for screen readers, PDF bookmarks, search and briefing agendas. Pure.

import type { SourceSlide } from '../model/deck.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** A warning for each slide with content but no heading, Markdown or raw HTML (speaker notes are not read). */
export function checkHeadings(slides: readonly SourceSlide[]): Diagnostic[] {
  return slides
    .filter((slide) => slide.content.trim() !== '' && !slide.text.blocks.some((b) => b.kind === 'heading') && slide.text.htmlHeadings.length === 0)
    .map((slide) => ({
      severity: 'warning',
      code: 'no-heading',
      file: slide.range.file,
      line: slide.contentLine,
      column: 0,
      message: `slide "${slide.id}" has no heading, so screen readers, PDF bookmarks and agendas cannot name it`,
      hint: 'start the slide with a heading, e.g. "## What is on the table?" (a cover slide can use "# Title")',
    }));
}
