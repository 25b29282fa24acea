// Reads the facts the build wrote into the page (kind of page, the slide index, briefing budget).

import type { DocumentFacts, SlideIndexEntry } from '../model/deck.js';
import { PAGE_DATA_ID } from '../site/page-data-tag.js';

export type { SlideIndexEntry };

export interface PageData {
  kind: 'deck' | 'briefing' | 'remix';
  title: string;
  slideIndex: SlideIndexEntry[];
  briefing?: string;
  minutes?: number;
  budget?: number;
  briefings?: string[];
  /** The source article: its page (relative to this page) and the copy's path in the site. */
  source?: { page: string; file: string };
  /** A long deck's far slides and slideIndex: their URL, loaded right after the first paint (the slide index is empty until then). */
  deferred?: string;
  /** reveal.js settings the deck chose (`revealOptions`), checked at build time. */
  revealOptions?: Record<string, boolean | number | string>;
  /** Author, subject, keywords and the source's stated facts, for the metadata of exported documents. */
  facts?: DocumentFacts;
}

export function readPageData(doc: Document = document): PageData {
  const element = doc.getElementById(PAGE_DATA_ID);
  if (!element?.textContent) return { kind: 'deck', title: doc.title, slideIndex: [] };
  return JSON.parse(element.textContent) as PageData;
}
