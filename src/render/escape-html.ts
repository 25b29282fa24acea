// The one HTML escape every page and slide module imports: the characters markdown-it escapes, so pages and slides escape alike.
// Written out rather than taken from markdown-it, so the browser code that shares these modules never bundles a Markdown parser.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe in HTML text and in double-quoted attributes (`&`, `<`, `>`, `"`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}
