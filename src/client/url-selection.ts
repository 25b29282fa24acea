// `?select=a,b,c` presents exactly those slides in that order: the remix view's shareable links.

export interface UrlSelection {
  /** Ids presented, in order. */
  kept: string[];
  /** Ids the link names that the deck does not have. */
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
  const wanted = raw.split(',').map((id) => id.trim()).filter(Boolean);
  const byId = new Map<string, HTMLElement>();
  for (const section of slidesElement.querySelectorAll<HTMLElement>('section[id]')) {
    if (!section.querySelector('section')) byId.set(section.id, section);
  }
  const kept = wanted.filter((id) => byId.has(id));
  const unknown = wanted.filter((id) => !byId.has(id));
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
