// PDF citations that resolve inside the PDF: links to the source become links to appended "Source paragraphs" pages.

import type { Page } from 'playwright-core';

/** Element id of the appendix's first page and of each paragraph on it (`bd-appendix-p3`). */
export const APPENDIX_ID = 'bd-appendix';

export interface SourceAppendix {
  /** Pages added after the last printed page (0 when nothing is cited or the deck has no source). */
  pages: number;
  /** Paragraph ids printed, in article order. */
  paragraphs: string[];
  /** Links that pointed at the export's own server and led nowhere in a PDF, removed (their text stays). */
  removedLinks: number;
}

/**
 * In a print view whose pages are selected (run before the page geometry is applied):
 * - citations and other links into the source page (`…/source/#p3`) or the article copy become
 *   in-document links (`#bd-appendix-p3`), which Chromium writes as PDF link annotations to named
 *   destinations; links to a slide (`#/id`) point at that slide's page;
 * - every paragraph cited on the printed pages is laid out on appended slide-sized pages titled
 *   "Source paragraphs", each with the slides that cite it (linked back);
 * - any other link to the export's temporary server is removed, so no PDF link points at it.
 */
export async function addSourceAppendix(page: Page, slideNumbers: Readonly<Record<string, number>>): Promise<SourceAppendix> {
  return page.evaluate(async ({ appendixId, numbers }) => {
    const container = document.querySelector('.reveal .slides');
    if (!container) throw new Error('the page has no .reveal .slides element');
    // The article: the copy a stand-alone page carries, else the source page the build wrote beside the deck.
    const data = window.briefdeck?.source;
    let source: ParentNode | undefined = document.getElementById('bd-source') ?? undefined;
    if (!source && data) {
      const response = await fetch(new URL(data.page, location.href));
      if (response.ok) source = new DOMParser().parseFromString(await response.text(), 'text/html');
    }
    const file = data?.file ?? document.getElementById('bd-source')?.getAttribute('data-file') ?? undefined;
    const paragraphOf = (id: string): Element | null => source?.querySelector(`.bd-paragraph[data-paragraph="${CSS.escape(id)}"]`) ?? null;
    const cited = new Map<string, string[]>();
    const slideIds = new Set(Array.from(container.querySelectorAll('.pdf-page > section[id]')).map((s) => s.id));
    let removedLinks = 0;

    /** The slide a link is printed on (its page, or the notes page of it). */
    const slideOf = (element: Element): string => {
      const pdfPage = element.closest('.pdf-page, .speaker-notes-pdf');
      return pdfPage?.querySelector(':scope > section[id]')?.id ?? pdfPage?.getAttribute('data-briefdeck-slide') ?? '';
    };

    for (const link of Array.from(container.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      const href = link.getAttribute('href') ?? '';
      const url = new URL(href, document.baseURI);
      if (url.origin !== location.origin) continue;
      const slideHash = /^#\/([^/]+)/.exec(url.hash);
      const path = url.pathname;
      const toSourcePage = /\/source\/(index\.html)?$/.test(path) || /\/source$/.test(path);
      const toCopy = file !== undefined && decodeURIComponent(path).endsWith(`/${file}`);
      if (source && (toSourcePage || toCopy)) {
        const paragraph = toSourcePage && /^#p\d+$/.test(url.hash) ? url.hash.slice(1) : '';
        if (paragraph && paragraphOf(paragraph)) {
          const slide = slideOf(link);
          const list = cited.get(paragraph) ?? [];
          if (slide && !list.includes(slide)) list.push(slide);
          cited.set(paragraph, list);
          link.setAttribute('href', `#${appendixId}-${paragraph}`);
        } else {
          link.setAttribute('href', `#${appendixId}`);
        }
      } else if (slideHash && slideIds.has(decodeURIComponent(slideHash[1]!))) {
        link.setAttribute('href', `#${decodeURIComponent(slideHash[1]!)}`);
      } else if (href.startsWith('#') && document.getElementById(href.slice(1))) {
        continue;
      } else {
        link.removeAttribute('href');
        removedLinks += 1;
      }
    }
    // Links to the whole article need an appendix to land on even when no paragraph is cited.
    const wantsAppendix = cited.size > 0 || container.querySelector(`a[href="#${appendixId}"]`) !== null;
    if (!source || !wantsAppendix) return { pages: 0, paragraphs: [], removedLinks };

    const order = Array.from(source.querySelectorAll('.bd-paragraph')).map((p) => p.getAttribute('data-paragraph') ?? '');
    const paragraphs = order.filter((id) => cited.has(id));
    const pageTemplate = container.querySelector<HTMLElement>('.pdf-page');
    const title = source.querySelector('h1')?.textContent ?? '';
    const styles: Record<string, string> = {
      box: 'position:absolute;left:0;top:0;width:1280px;height:720px;box-sizing:border-box;padding:52px 72px 64px;display:flex;flex-direction:column;overflow:hidden;text-align:left;font-family:var(--r-main-font,sans-serif);color:var(--r-main-color,#1b1f24);background:var(--r-background-color,#fff)',
      heading: 'margin:0 0 6px;font-size:36px;line-height:1.15;font-weight:600;color:var(--r-heading-color,inherit);text-transform:none;letter-spacing:normal',
      intro: 'margin:0 0 18px;padding-bottom:10px;border-bottom:2px solid var(--bd-accent,#1d4e89);font-size:18px;line-height:1.35;color:var(--bd-muted,#4a5562)',
      paragraph: 'margin:0 0 14px;font-size:20px;line-height:1.42',
      label: 'display:inline-block;min-width:2.6em;font-weight:600;color:var(--bd-accent,#1d4e89)',
      citedOn: 'display:block;font-size:15px;color:var(--bd-muted,#4a5562);margin-top:2px',
    };
    const pages: HTMLElement[] = [];
    let body: HTMLElement | undefined;
    const newPage = (): HTMLElement => {
      const pdfPage = document.createElement('div');
      pdfPage.className = 'pdf-page bd-appendix-page';
      pdfPage.style.height = pageTemplate?.style.height ?? '720px';
      const box = document.createElement('section');
      box.className = 'bd-appendix';
      box.style.cssText = styles.box!.split(';').map((rule) => (rule ? `${rule} !important` : '')).join(';');
      const heading = document.createElement('h2');
      heading.style.cssText = styles.heading!;
      heading.textContent = pages.length === 0 ? 'Source paragraphs' : 'Source paragraphs (continued)';
      if (pages.length === 0) heading.id = appendixId;
      box.append(heading);
      if (pages.length === 0) {
        const intro = document.createElement('p');
        intro.style.cssText = styles.intro!;
        intro.textContent = `The article's paragraphs cited on these slides, word for word${title ? `, from “${title}”` : ''}. Citations such as [p3] link here.`;
        box.append(intro);
      }
      pdfPage.append(box);
      container.append(pdfPage);
      pages.push(pdfPage);
      return box;
    };
    body = newPage();
    for (const id of paragraphs) {
      const original = paragraphOf(id)!.cloneNode(true) as Element;
      original.querySelector('.bd-paragraph-id')?.remove();
      const text = (original.textContent ?? '').trim();
      const paragraph = document.createElement('p');
      paragraph.id = `${appendixId}-${id}`;
      paragraph.style.cssText = styles.paragraph!;
      const label = document.createElement('span');
      label.style.cssText = styles.label!;
      label.textContent = id;
      paragraph.append(label, document.createTextNode(text));
      const slides = (cited.get(id) ?? []).filter((slide) => numbers[slide] !== undefined);
      if (slides.length > 0) {
        const citedOn = document.createElement('span');
        citedOn.style.cssText = styles.citedOn!;
        citedOn.append(document.createTextNode(slides.length === 1 ? 'Cited on slide ' : 'Cited on slides '));
        slides.forEach((slide, index) => {
          if (index > 0) citedOn.append(document.createTextNode(', '));
          const back = document.createElement('a');
          back.href = `#${slide}`;
          back.style.color = 'inherit';
          back.textContent = String(numbers[slide]);
          citedOn.append(back);
        });
        paragraph.append(citedOn);
      }
      body.append(paragraph);
      // A paragraph that does not fit moves to a new page (one that fits nowhere stays, clipped, on its own page).
      if (body.scrollHeight > body.clientHeight + 1 && body.querySelectorAll('p[id]').length > 1) {
        paragraph.remove();
        body = newPage();
        body.append(paragraph);
      }
    }
    for (const element of Array.from(container.querySelectorAll('.briefdeck-last-page'))) element.classList.remove('briefdeck-last-page');
    pages.at(-1)?.classList.add('briefdeck-last-page');
    return { pages: pages.length, paragraphs, removedLinks };
  }, { appendixId: APPENDIX_ID, numbers: { ...slideNumbers } });
}
