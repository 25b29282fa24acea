// The article embedded in the page, opened as a dialog for links to the source that have no page to go to (the single file).

import { EMBEDDED_SOURCE_ID } from '../../source/embedded-source.js';
import { embeddedParagraphId } from '../../model/source.js';
import { sourceTarget } from './source-links.js';

/**
 * In a page that carries its source (`#bd-source`) and whose links into it are in-page (`#source-p3`,
 * `#bd-source`, as the single file writes them), those links open the article as a modal dialog scrolled
 * to the paragraph, which is highlighted; Escape or "Back to the slides" closes it and focus returns.
 */
export function setupSourceDialog(): void {
  const dialog = document.getElementById(EMBEDDED_SOURCE_ID);
  if (!(dialog instanceof HTMLDialogElement)) return;

  // A modal dialog gives focus back to what had it when it closes.
  const open = (paragraph: string): void => {
    for (const marked of Array.from(dialog.querySelectorAll('.bd-current'))) marked.classList.remove('bd-current');
    const target = paragraph ? document.getElementById(embeddedParagraphId(paragraph)) : null;
    target?.classList.add('bd-current');
    if (!dialog.open) dialog.showModal();
    if (target) target.scrollIntoView({ block: 'center' });
    else dialog.scrollTop = 0;
  };

  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#source-"], a[href="#bd-source"]');
    // Citations open their popover first; its link comes here.
    if (!link || link.closest('sup.cite')) return;
    const paragraph = sourceTarget(link.getAttribute('href') ?? '');
    if (paragraph === undefined) return;
    event.preventDefault();
    open(paragraph);
  });
  dialog.querySelector('.bd-source-close')?.addEventListener('click', () => dialog.close());
  // Keys inside the dialog are its own; reveal.js would otherwise move slides behind it.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
}
