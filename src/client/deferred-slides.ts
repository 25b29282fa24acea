// Adds the far slides a long deck's page leaves out (src/site/deferred-slides.ts), before reveal.js starts (main.ts calls it after the first paint).

import { DEFERRED_INDEX_ID } from '../model/deferred-slides.js';
import type { SlideIndexEntry } from '../model/deck.js';
import type { PageData } from './page-data.js';

export const DEFERRED_FAILURE_ID = 'deferred-slides-missing';

/** The file's slideIndex and sections (see src/site/deferred-slides.ts), parsed into a fragment; its script element never runs. */
function readDeferredSlides(text: string): { slideIndex: SlideIndexEntry[]; sections: DocumentFragment } {
  const template = document.createElement('template');
  template.innerHTML = text;
  const slideIndex = template.content.getElementById(DEFERRED_INDEX_ID);
  if (!slideIndex?.textContent) throw new Error('the file has no slide index');
  slideIndex.remove();
  return { slideIndex: JSON.parse(slideIndex.textContent) as SlideIndexEntry[], sections: template.content };
}

/**
 * The page data with the whole deck's slideIndex, once the far slides follow the page's own in `slidesElement`.
 * When they cannot be loaded the deck presents what it has, ending with a slide that says so.
 */
export async function insertDeferredSlides(slidesElement: HTMLElement, page: PageData): Promise<PageData> {
  if (page.deferred === undefined) return page;
  try {
    const response = await fetch(page.deferred);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { slideIndex, sections } = readDeferredSlides(await response.text());
    slidesElement.append(sections);
    return { ...page, slideIndex };
  } catch (error) {
    console.error(`briefdeck: the rest of the deck (${page.deferred}) did not load: ${error instanceof Error ? error.message : String(error)}`);
    slidesElement.append(failureSlide(slidesElement.ownerDocument));
    return page;
  }
}

function failureSlide(doc: Document): HTMLElement {
  const section = doc.createElement('section');
  section.id = DEFERRED_FAILURE_ID;
  const heading = doc.createElement('h2');
  heading.textContent = 'The rest of this deck did not load';
  const text = doc.createElement('p');
  text.textContent = 'Reload the page; if this stays, serve the whole build folder (its assets/ hold the remaining slides).';
  section.append(heading, text);
  return section;
}
