// The source page (`source/index.html`): the article with an anchor per paragraph (`#p3`), the linked one highlighted. Pure.

import type { DeckMeta } from '../model/deck.js';
import type { SourceDocument } from '../model/source.js';
import { articleHeadHtml, paragraphsHtml } from './source-html.js';
import { escapeHtml } from '../render/escape-html.js';

export interface SourcePageOptions {
  /** The deck page, relative to the source page (`../`). */
  deckHref: string;
  /** Whether the article file itself is published beside the deck (then the page links it). */
  linkCopy: boolean;
  /** Content-Security-Policy for a built page. */
  csp?: string;
  /** URLs (relative to the source page) of the deck's font, regular and semibold, when the build has them. */
  fonts?: { regular: string; semibold: string };
}

const PAGE_CSS = `
:root { color-scheme: light; --bg: #ffffff; --fg: #1b1f24; --muted: #4f5864; --accent: #1d4e89; --mark: #fff1b8; --mark-edge: #b08800; }
html[data-theme='dark'] { color-scheme: dark; --bg: #111820; --fg: #e8edf2; --muted: #a9b4c0; --accent: #8cc2ff; --mark: #3a3210; --mark-edge: #e0b400; }
html { background: var(--bg); color: var(--fg); font: 19px/1.55 'Source Sans 3', 'Source Sans Pro', system-ui, sans-serif; }
body { margin: 0; }
main { max-width: 42em; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
nav { display: flex; gap: 1.5rem; flex-wrap: wrap; font-size: 0.9rem; margin-bottom: 1.5rem; }
a { color: var(--accent); }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
.bd-source-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; color: var(--muted); margin: 0; }
.bd-source-dek { font-size: 1.15rem; margin: 0 0 0.5rem; }
.bd-source-facts, .bd-source-line, .bd-source-how { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0; }
.bd-source-how { margin-bottom: 1.5rem; }
.bd-paragraph { margin: 0 0 1rem; padding: 0.35rem 0.6rem; border-left: 4px solid transparent; scroll-margin-top: 30vh; }
.bd-paragraph-id { display: inline-block; min-width: 2.4em; font-weight: 600; font-size: 0.85em; text-decoration: none; color: var(--muted); }
.bd-paragraph:target { background: var(--mark); border-left-color: var(--mark-edge); }
.bd-paragraph:target .bd-paragraph-id { color: var(--fg); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`;

function fontFaces(fonts: SourcePageOptions['fonts']): string {
  if (!fonts) return '';
  const face = (url: string, weight: number): string => `@font-face { font-family: 'Source Sans 3'; font-style: normal; font-weight: ${weight}; font-display: swap; src: url('${escapeHtml(url)}') format('woff2'); }`;
  return `\n${face(fonts.regular, 400)}\n${face(fonts.semibold, 600)}`;
}

export function sourcePageHtml(source: SourceDocument, meta: Pick<DeckMeta, 'title' | 'source' | 'lang' | 'theme'>, options: SourcePageOptions): string {
  const csp = options.csp === undefined ? '' : `\n<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}">`;
  const copy = source.file.split('/').map(encodeURIComponent).join('/');
  return `<!doctype html>
<html lang="${escapeHtml(meta.lang)}" data-theme="${escapeHtml(meta.theme)}">
<head>
<meta charset="utf-8">${csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="briefdeck">
<link rel="icon" href="data:,">
<title>Source · ${escapeHtml(meta.title)}</title>
<style>${fontFaces(options.fonts)}${PAGE_CSS}</style>
</head>
<body>
<main>
<nav aria-label="Source page"><a href="${escapeHtml(options.deckHref)}">← Back to the deck “${escapeHtml(meta.title)}”</a>${options.linkCopy ? `<a href="${escapeHtml(options.deckHref)}${escapeHtml(copy)}">The article as a file (${escapeHtml(source.file.split('/').pop() ?? source.file)})</a>` : ''}</nav>
<article aria-labelledby="source-title">
${articleHeadHtml(source.article, meta, 'source-title')}
${paragraphsHtml(source.article, (id) => id)}
</article>
</main>
</body>
</html>
`;
}
