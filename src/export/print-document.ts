// The HTML document every printed leave-behind page shares: the paper size, the deck's fonts, exact colours. Pure.

import { escapeHtml } from '../render/escape-html.js';

export interface PrintDocument {
  title: string;
  lang: string;
  /** Paper size in millimetres. */
  width: number;
  height: number;
  /** `@font-face` rules of the deck (absolute URLs) and its main font stack. */
  fontFaces: string;
  fontFamily: string;
  /** The document's own rules. */
  css: string;
  body: string;
}

export const mm = (value: number): string => `${Math.round(value * 1000) / 1000}mm`;

/** One page-sized `.sheet` per printed page, each breaking to the next. */
export function sheetRules(width: number, height: number): string {
  return `.sheet { position: relative; width: ${mm(width)}; height: ${mm(height)}; overflow: hidden; break-after: page; }
.sheet:last-child { break-after: auto; }`;
}

export function printDocumentHtml(doc: PrintDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
${doc.fontFaces}
@page { size: ${mm(doc.width)} ${mm(doc.height)}; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: ${doc.fontFamily}; color: #1b1f24; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${doc.css}
</style>
</head>
<body>
${doc.body}
</body>
</html>`;
}
