// A deck's document metadata from its headmatter and slides: author, subject, keywords and the source's own facts. Pure.

import type { DeckMeta, DocumentFacts, SourceSlide } from '../model/deck.js';

/**
 * Author: the briefer, else the deck's author, else the source line. Subject: the subtitle and the source with
 * what it says of itself. Keywords: the slides' sections, in order. Source: its stated author, outlet, date and URL.
 */
export function documentFacts(meta: DeckMeta, slides: readonly Pick<SourceSlide, 'settings'>[]): DocumentFacts {
  const author = meta.briefer ?? meta.author ?? meta.source;
  const stated = [meta.sourceAuthor, meta.sourceOutlet, meta.sourcePublished].filter((part): part is string => Boolean(part));
  const sourceLine = meta.source && author !== meta.source ? `Source: ${[meta.source, ...stated].join(', ')}` : undefined;
  const subject = [meta.subtitle, sourceLine].filter((part): part is string => Boolean(part)).join(' — ');
  const sections = [...new Set(slides.map((slide) => slide.settings.section).filter((section): section is string => Boolean(section)))];
  const source = {
    ...(meta.sourceAuthor ? { author: meta.sourceAuthor } : {}),
    ...(meta.sourceOutlet ? { outlet: meta.sourceOutlet } : {}),
    ...(meta.sourcePublished ? { published: meta.sourcePublished } : {}),
    ...(meta.sourceUrl ? { url: meta.sourceUrl } : {}),
  };
  return {
    ...(author ? { author } : {}),
    ...(subject ? { subject } : {}),
    ...(sections.length > 0 ? { keywords: sections } : {}),
    ...(Object.keys(source).length > 0 ? { source } : {}),
  };
}
