// Adjusts reveal.js's print view before printing: theme layout kept, pages selected and ordered, page size applied.

import type { Page } from 'playwright-core';
import type { PageGeometry } from './page-size.js';

/** What one PDF page shows: a slide (fragments hidden when printed per step), a later fragment step, notes, or the source appendix. */
export interface PrintPage {
  kind: 'slide' | 'fragment' | 'notes' | 'appendix';
  slideId: string;
}

/**
 * Print-only CSS: no transitions (a style read mid-transition gives in-between values, and print needs none);
 * mermaid's tooltip div would add a blank last page; notes pages get a page-sized box; the last page must
 * not force a break after it (another blank page).
 */
const PRINT_CSS = `
*, *::before, *::after { transition: none !important; animation: none !important; }
.mermaidTooltip { display: none !important; }
html.reveal-print .reveal .speaker-notes-pdf[data-layout='separate-page'] {
  box-sizing: border-box; overflow: hidden; padding: 56px 72px !important; font-family: var(--r-main-font, sans-serif); font-size: 28px; line-height: 1.4;
}
html.reveal-print .reveal .speaker-notes-pdf[data-layout='separate-page']::before {
  content: attr(data-briefdeck-for); display: block; margin-bottom: 24px; padding-bottom: 8px;
  font-size: 20px; font-weight: 600; opacity: 0.7; border-bottom: 2px solid currentColor;
}
html.reveal-print .reveal .slides .briefdeck-last-page { break-after: auto !important; page-break-after: auto !important; }
`;

/**
 * reveal.js's print CSS zeroes every slide's padding and forces `display: block` with `!important`, so a
 * theme's padding and flex layouts (e.g. a centred title slide) are lost in print. This reads what the
 * theme gives each slide on screen (print classes briefly removed) and re-applies it inline, and gives each
 * slide its fixed height, so print matches the presented deck. Idempotent.
 */
export async function keepThemeLayout(page: Page, slideHeight: number): Promise<void> {
  await page.evaluate(
    ({ css, height }) => {
      const root = document.documentElement;
      if (root.dataset.briefdeckPrintLayout === 'true') return;
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      const sections = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page > section'));
      const printClasses = ['reveal-print', 'print-pdf'].filter((name) => root.classList.contains(name));
      root.classList.remove(...printClasses);
      const onScreen = sections.map((section) => {
        const computed = getComputedStyle(section);
        return {
          padding: ['top', 'right', 'bottom', 'left'].map((side) => computed.getPropertyValue(`padding-${side}`)),
          display: computed.display,
        };
      });
      root.classList.add(...printClasses);
      sections.forEach((section, index) => {
        const screen = onScreen[index]!;
        section.style.setProperty('padding', screen.padding.join(' '), 'important');
        if (screen.display !== 'block' && screen.display !== 'none') section.style.setProperty('display', screen.display, 'important');
        section.style.setProperty('height', `${height}px`, 'important');
      });
      root.dataset.briefdeckPrintLayout = 'true';
    },
    { css: PRINT_CSS, height: slideHeight },
  );
}

/**
 * Deck chrome the build puts in `.reveal` next to `.slides` (e.g. a source footer) sits in the normal flow
 * in reveal.js's print view, after the last slide, where it would print as an extra page. It is hidden in
 * print; the result names what was hidden (e.g. `footer.bd-footer`) so the export can say so. reveal.js's
 * own controls are absolutely positioned or hidden and are left alone.
 */
export async function hideFlowChrome(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hidden: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('.reveal > :not(.slides)'))) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed' || element.offsetHeight === 0) continue;
      element.style.setProperty('display', 'none', 'important');
      hidden.push([element.tagName.toLowerCase(), ...Array.from(element.classList)].join('.'));
    }
    return hidden;
  });
}

export interface PageSelection {
  /** Slide ids to keep, in deck order; every other slide's pages are removed. */
  keep: string[];
  /** Label for each kept slide's notes page, e.g. `3 · Historic firsts`. */
  notesLabels: Record<string, string>;
}

/**
 * Keeps only the selected slides' pages and orders each slide's pages as: the slide, its fragment steps,
 * its notes (reveal.js puts the notes page before the fragment steps). Returns what each page shows.
 */
export async function selectPrintPages(page: Page, selection: PageSelection): Promise<PrintPage[]> {
  return page.evaluate(
    ({ keep, notesLabels }) => {
      const container = document.querySelector('.reveal .slides');
      if (!container) throw new Error('the page has no .reveal .slides element');
      const groups = new Map<string, { slide: Element; fragments: Element[]; notes: Element[] }>();
      const orphans: Element[] = [];
      let current: { slide: Element; fragments: Element[]; notes: Element[] } | undefined;
      for (const element of Array.from(container.children)) {
        if (element.classList.contains('pdf-page')) {
          const id = element.querySelector(':scope > section')?.id ?? '';
          const group = groups.get(id);
          if (group) group.fragments.push(element);
          else groups.set(id, { slide: element, fragments: [], notes: [] });
          current = groups.get(id);
        } else if (element.classList.contains('speaker-notes-pdf')) {
          if (current) current.notes.push(element);
          else orphans.push(element);
        }
      }
      const kept = new Set(keep);
      for (const [id, group] of groups) {
        if (!kept.has(id)) for (const element of [group.slide, ...group.fragments, ...group.notes]) element.remove();
      }
      for (const element of orphans) element.remove();
      const pages: { kind: 'slide' | 'fragment' | 'notes'; slideId: string }[] = [];
      let last: Element | undefined;
      for (const id of keep) {
        const group = groups.get(id);
        if (!group) continue;
        for (const notes of group.notes) {
          notes.setAttribute('data-briefdeck-for', `Notes · ${notesLabels[id] ?? id}`);
          notes.setAttribute('data-briefdeck-slide', id);
        }
        const ordered: [Element, 'slide' | 'fragment' | 'notes'][] = [
          [group.slide, 'slide'],
          ...group.fragments.map((element): [Element, 'fragment'] => [element, 'fragment']),
          ...group.notes.map((element): [Element, 'notes'] => [element, 'notes']),
        ];
        for (const [element, kind] of ordered) {
          element.classList.remove('briefdeck-last-page');
          container.append(element);
          pages.push({ kind, slideId: id });
          last = element;
        }
      }
      last?.classList.add('briefdeck-last-page');
      return pages;
    },
    selection,
  );
}

/**
 * The number of pages the selected slides should print to, counted from the DOM the way reveal.js counts:
 * one page per slide, plus one per fragment step (fragments sharing a `data-fragment-index` are one step,
 * a fragment without one is its own step), plus a notes page for each slide with notes.
 */
export async function expectedPageCount(page: Page, ids: readonly string[], options: { fragments: boolean; notes: boolean }): Promise<number> {
  return page.evaluate(
    ({ ids, fragments, notes }) => {
      let total = 0;
      for (const id of ids) {
        const section = document.querySelector(`.pdf-page > section[id="${CSS.escape(id)}"]`);
        if (!section) continue;
        total += 1;
        if (fragments) {
          const steps = new Set<string>();
          let unindexed = 0;
          for (const fragment of Array.from(section.querySelectorAll('.fragment'))) {
            const index = fragment.getAttribute('data-fragment-index');
            if (index === null) unindexed += 1;
            else steps.add(index);
          }
          total += steps.size + unindexed;
        }
        if (notes) {
          const text = section.getAttribute('data-notes') ?? Array.from(section.querySelectorAll('aside.notes')).map((aside) => aside.innerHTML).join('\n');
          if (text !== '') total += 1;
        }
      }
      return total;
    },
    { ids: [...ids], ...options },
  );
}

/**
 * Sizes every page for `geometry`: the `@page` size, each page element scaled (CSS `zoom`) so the
 * 1280 × 720 slide fits the page, and the slide centred on it (letterboxed).
 */
export async function applyPageGeometry(page: Page, geometry: PageGeometry): Promise<void> {
  await page.evaluate(
    (g) => {
      const style = document.createElement('style');
      style.textContent = `@page { size: ${g.cssSize}; margin: 0; }`;
      document.head.append(style);
      document.body.style.width = `${g.pageWidth}px`;
      document.body.style.height = `${g.pageHeight}px`;
      // Like reveal.js, one pixel less than the page, so rounding never pushes a page onto two.
      const height = `${Math.floor(g.layoutHeight) - 1}px`;
      for (const element of Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page, .reveal .slides > .speaker-notes-pdf'))) {
        element.style.zoom = String(g.scale);
        element.style.width = `${g.layoutWidth}px`;
        element.style.height = height;
        const section = element.querySelector<HTMLElement>(':scope > section');
        if (section) {
          section.style.left = `${g.slideLeft}px`;
          section.style.top = `${g.slideTop}px`;
        }
      }
    },
    geometry,
  );
}
