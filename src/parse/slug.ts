// Turns a heading into a stable, URL-safe slide id, and a section id back into words for bookmarks and agendas.

const MAX_LENGTH = 60;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_LENGTH).replace(/-+$/, '');
}

/** Valid explicit ids: a letter or digit first, then letters, digits, `-` and `_`. */
export const SLIDE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** `open-questions` → `Open questions`: a section id as a heading, for bookmarks and agendas. */
export function sectionTitle(section: string): string {
  const words = section.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
