// Reads the facts the build wrote into the page (kind of page, outline of slides, briefing budget).

import type { DocumentFacts, OutlineEntry } from '../model/deck.js';

export type { OutlineEntry };

export interface PageData {
  kind: 'deck' | 'briefing' | 'remix';
  title: string;
  outline: OutlineEntry[];
  briefing?: string;
  minutes?: number;
  budget?: number;
  briefings?: string[];
  /** The source article: its page (relative to this page) and the copy's path in the site. */
  source?: { page: string; file: string };
  /** reveal.js settings the deck chose (`revealOptions`), checked at build time. */
  revealOptions?: Record<string, boolean | number | string>;
  /** Author, subject, keywords and the source's stated facts, for the metadata of exported documents. */
  facts?: DocumentFacts;
}

export function readPageData(doc: Document = document): PageData {
  const element = doc.getElementById('briefdeck-data');
  if (!element?.textContent) return { kind: 'deck', title: doc.title, outline: [] };
  return JSON.parse(element.textContent) as PageData;
}
