// The one HTML escape every page and slide module imports: markdown-it's own, so pages and slides escape alike.

import MarkdownIt from 'markdown-it';

/** Text made safe in HTML text and in double-quoted attributes (`&`, `<`, `>`, `"`). */
export const escapeHtml: (text: string) => string = new MarkdownIt().utils.escapeHtml;
