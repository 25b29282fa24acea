// Browser entry: the page's styles and, once the first slide is on screen, reveal.js (deck-start.ts, a chunk of its own, so nothing before that paint runs it).

import 'reveal.js/reveal.css';
import 'virtual:briefdeck/theme.css';
import './first-paint.css';
import './code.css';
import 'virtual:briefdeck/highlight.css';
import './source/source.css';
import type RevealStatic from 'reveal.js';
import { readPageData, type PageData } from './page-data.js';
import { afterFirstPaint } from './first-paint.js';
import { applySlideUpdate } from './deck-patch.js';
import { SLIDE_UPDATE_EVENT, type SlideUpdate } from '../site/slide-update.js';
import { PAGE_COMPILE_META, PAGE_HELLO_EVENT, PAGE_READY_EVENT, type PageHello } from '../site/dev-page-messages.js';

declare global {
  interface Window {
    /** Set when the deck starts (deck-start.ts): reveal.js, for tests, export and the speaker view. */
    Reveal: typeof RevealStatic;
    /** What the build wrote into the page: the slide index (ids, titles, sections, sources), the page kind. */
    briefdeck: PageData & { selected?: string[] };
  }
}

const pageData = readPageData();

async function start(): Promise<void> {
  window.briefdeck = pageData;
  if (pageData.kind === 'remix') {
    const { startRemixView } = await import('./remix/remix-view.js');
    startRemixView(pageData);
    return;
  }
  const params = new URLSearchParams(location.search);
  // The first slide is on screen from the page's HTML and CSS before reveal.js (or the far slides' request) takes
  // the main thread; the print view shows nobody a first slide, so it starts at once.
  if (!params.has('print-pdf')) await afterFirstPaint();
  const { startDeck } = await import('./deck-start.js');
  await startDeck(pageData, params);
}

// The dev server holds back work of its own (watching the kit's folder) until the page has started.
void start().then(() => import.meta.hot?.send(PAGE_READY_EVENT));

if (import.meta.hot) {
  // As it connects, the page says which compile it shows: an update sent before it was connected would be lost.
  const hello: PageHello = { compile: document.querySelector<HTMLMetaElement>(`meta[name="${PAGE_COMPILE_META}"]`)?.content ?? null };
  import.meta.hot.send(PAGE_HELLO_EVENT, hello);
  import.meta.hot.on(SLIDE_UPDATE_EVENT, (update: SlideUpdate) => {
    // A good compile after a broken one: the error overlay goes (Vite clears it only for its own updates).
    document.querySelector('vite-error-overlay')?.remove();
    // Only the deck page is patched in place, once reveal.js runs; briefing and remix pages are rebuilt from the new deck.
    if (pageData.kind !== 'deck' || new URLSearchParams(location.search).has('select') || !window.Reveal?.isReady() || !applySlideUpdate(window.Reveal, update)) location.reload();
  });
}
