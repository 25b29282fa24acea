// Escapes article text for a Markdown slide line: quoted text stays text, never markup, HTML or a citation.

/** Escapes inline Markdown and HTML in text taken from the article (a title, a bullet, a quoted sentence). */
export function escapeInline(text: string): string {
  const out = text
    .replace(/&(?=#?[\p{L}\d]+;)/gu, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([\\`*_[\]])/g, '\\$1');
  // A line-start marker would make a heading, quote, list or rule of it.
  return out.replace(/^(\s*)([#>+=|~-]|\d{1,9}[.)](?=\s|$))/, (m, space: string, mark: string) => `${space}${mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+=|~-])$/, '\\$1')}`);
}
