// `?select=a,b,c` presents exactly those slides in that order: the remix view's shareable links, in the one selection language.

import { parseSelection, slidesPicked } from '../briefing/selection.js';

export interface UrlSelection {
  /** Ids presented, in order. */
  kept: string[];
  /** Parts of the link that select no slide of the deck (ids it does not have, misspelt selectors). */
  unknown: string[];
}

export const SELECTION_NOTICE_ID = 'selection-notice';

/**
 * Removes the other slides and reorders the rest, before reveal.js starts. A link that selects no slide of
 * this deck (empty, or only unknown ids) keeps the whole deck behind a first slide that says so, rather than
 * presenting nothing. Returns undefined without `?select=`.
 */
export function applyUrlSelection(slidesElement: HTMLElement, search: string): UrlSelection | undefined {
  const raw = new URLSearchParams(search).get('select');
  if (raw === null) return undefined;
  const wanted = parseSelection(raw, 'ids').filter((part) => part.text !== '');
  const leaves = [...slidesElement.querySelectorAll<HTMLElement>('section[id]')].filter((section) => !section.querySelector('section'));
  const byId = new Map(leaves.map((section) => [section.id, section]));
  const selectable = leaves.map((section) => ({ id: section.id, section: section.dataset.section ?? '', tags: (section.dataset.tags ?? '').split(' ').filter(Boolean) }));
  const kept: string[] = [];
  const unknown: string[] = [];
  for (const part of wanted) {
    const picked = 'selector' in part ? slidesPicked(part.selector, selectable) : part;
    if (!Array.isArray(picked)) unknown.push(part.text);
    else for (const index of picked) if (!kept.includes(leaves[index]!.id)) kept.push(leaves[index]!.id);
  }
  if (kept.length === 0) {
    slidesElement.prepend(selectionNotice(slidesElement.ownerDocument, wanted.length === 0 ? 'This link selects no slides' : `This link names no slide of this deck (${unknown.join(', ')})`));
    return { kept: [...byId.keys()], unknown };
  }
  slidesElement.replaceChildren(...kept.map((id) => byId.get(id)!));
  return { kept, unknown };
}

function selectionNotice(doc: Document, what: string): HTMLElement {
  const section = doc.createElement('section');
  section.id = SELECTION_NOTICE_ID;
  const heading = doc.createElement('h2');
  heading.textContent = what;
  const text = doc.createElement('p');
  text.textContent = 'The whole deck follows. Ask for a new link from the remix view, or check the ids after ?select=.';
  section.append(heading, text);
  return section;
}
