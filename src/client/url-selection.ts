// `?select=a,b,c` presents exactly those slides in that order: the remix view's shareable links.

/** Removes the other slides and reorders the rest, before reveal.js starts. Returns the ids kept. */
export function applyUrlSelection(slidesElement: HTMLElement, search: string): string[] | undefined {
  const raw = new URLSearchParams(search).get('select');
  if (raw === null) return undefined;
  const wanted = raw.split(',').map((id) => id.trim()).filter(Boolean);
  const byId = new Map<string, HTMLElement>();
  for (const section of slidesElement.querySelectorAll<HTMLElement>('section[id]')) {
    if (!section.querySelector('section')) byId.set(section.id, section);
  }
  const kept = wanted.filter((id) => byId.has(id));
  const chosen = kept.map((id) => byId.get(id)!);
  slidesElement.replaceChildren(...chosen);
  return kept;
}
