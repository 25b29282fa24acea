// In-page links to the embedded article, as the single file writes them: `#source-p3` (a paragraph), `#bd-source` (the article).

/** The paragraph an in-page source link names, `''` for the article as a whole, undefined for any other link. */
export function sourceTarget(href: string): string | undefined {
  if (href === '#bd-source') return '';
  return /^#source-(p\d+)$/.exec(href)?.[1];
}
