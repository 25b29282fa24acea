// Citations open their paragraph in place: a popover quoting it, with a link to the source page; keyboard and screen-reader friendly.

import type { RevealApi } from 'reveal.js';
import type { ParagraphText } from './paragraphs.js';

const POPOVER_ID = 'bd-cite-popover';

export interface CitationPopover {
  open(link: HTMLAnchorElement): Promise<void>;
  close(returnFocus: boolean): void;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/**
 * Enhances every citation link (`sup.cite a[data-paragraph]`): activating one (click, Enter) shows the
 * paragraph in a non-modal dialog next to it and moves focus there; Escape, a click elsewhere, leaving it
 * with Tab or changing slide closes it, Escape returning focus to the citation. When the paragraph
 * cannot be read (or without script) the link simply opens the source page.
 */
export function setupCitationPopover(reveal: Pick<RevealApi, 'on'>, paragraphText: ParagraphText): CitationPopover {
  const popover = create('div', { id: POPOVER_ID, className: 'bd-cite-popover', tabIndex: -1 });
  popover.setAttribute('popover', 'manual');
  popover.setAttribute('role', 'dialog');
  popover.setAttribute('aria-labelledby', `${POPOVER_ID}-title`);
  popover.setAttribute('aria-describedby', `${POPOVER_ID}-text`);
  const title = create('p', { id: `${POPOVER_ID}-title`, className: 'bd-cite-popover-title' });
  const quote = create('blockquote', { id: `${POPOVER_ID}-text`, className: 'bd-cite-popover-text' });
  const more = create('a', { className: 'bd-cite-popover-link' });
  const close = create('button', { type: 'button', className: 'bd-cite-popover-close', textContent: '×' });
  close.setAttribute('aria-label', 'Close');
  popover.append(close, title, quote, more);
  document.body.append(popover);

  let opener: HTMLAnchorElement | undefined;

  const api: CitationPopover = {
    async open(link) {
      const id = link.dataset.paragraph ?? '';
      const text = await paragraphText(id);
      if (text === undefined) {
        location.assign(link.href);
        return;
      }
      if (opener && opener !== link) opener.setAttribute('aria-expanded', 'false');
      opener = link;
      title.textContent = `Source, paragraph ${id}`;
      quote.textContent = text;
      more.href = link.getAttribute('href') ?? '';
      more.textContent = `Read ${id} in the full article`;
      link.setAttribute('aria-expanded', 'true');
      if (!popover.matches(':popover-open')) popover.showPopover();
      place(popover, link.getBoundingClientRect());
      popover.focus();
    },
    close(returnFocus) {
      if (popover.matches(':popover-open')) popover.hidePopover();
      opener?.setAttribute('aria-expanded', 'false');
      if (returnFocus) opener?.focus();
      opener = undefined;
    },
  };

  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('.reveal sup.cite a[data-paragraph]'))) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', POPOVER_ID);
  }
  document.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const link = target?.closest<HTMLAnchorElement>('.reveal sup.cite a[data-paragraph]');
    if (link && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      if (opener === link) api.close(false);
      else void api.open(link);
    } else if (opener && target && !popover.contains(target)) {
      api.close(false);
    } else if (target?.closest('.bd-cite-popover-link')) {
      // On to the full article (a page, or the embedded dialog): focus comes back to the citation afterwards.
      api.close(true);
    }
  });
  close.addEventListener('click', () => api.close(true));
  // Inside the popover, keys are the popover's: Escape closes it and reveal.js never sees it (it would open the overview).
  popover.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      api.close(true);
    }
    event.stopPropagation();
  });
  popover.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !popover.contains(next) && next !== opener) api.close(false);
  });
  reveal.on('slidechanged', () => api.close(false));
  return api;
}

/** Below the citation (above it when there is no room), kept inside the window. */
function place(popover: HTMLElement, anchor: DOMRect): void {
  const margin = 8;
  const { width, height } = popover.getBoundingClientRect();
  const left = Math.min(Math.max(margin, anchor.left + anchor.width / 2 - width / 2), window.innerWidth - width - margin);
  const below = anchor.bottom + margin;
  const top = below + height <= window.innerHeight - margin ? below : Math.max(margin, anchor.top - margin - height);
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
}
