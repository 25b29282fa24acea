// Sanitises rendered slide and notes HTML at build time (DOMPurify over jsdom), so raw HTML in Markdown cannot run script.

import { createRequire } from 'node:module';
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import type { Token } from 'markdown-it';
import { safeAttributeValue } from './attribute-policy.js';

/** Something the sanitiser changed that the author should hear about (a removed script needs no word; a flattened slide does). */
export type SanitizeNotice = 'section-flattened';

export interface HtmlSanitizer {
  /** The HTML fragment with everything outside the policy removed; `notice` hears of changes that alter the slide's shape. */
  sanitize(html: string, notice?: (what: SanitizeNotice) => void): string;
}

/**
 * The policy, on top of DOMPurify's HTML allowlist (which already drops `<script>`, `on*` handlers,
 * `javascript:` and other script URLs, `<object>`, `<embed>`, `<base>`, `<meta>`, `<link>`, SVG and MathML):
 * - kept: `class`, `id` (except names that would clobber `document`), `style`, `data-*`, `aria-*` — what
 *   reveal.js and themes use; `src` and `data-src` of images, media and `<iframe>` only on the deck's origin
 *   (media also as `data:`), the same rule for both (see attribute-policy.ts); link previews are judged on the
 *   whole slide after this (preview-links.ts);
 * - removed: forms and their controls (and `action`/`formaction`), `<style>` and `<template>` elements,
 *   `srcdoc`, and comments;
 * - flattened: `<section>` (its content stays): inside a slide it would turn the slide into a reveal.js stack.
 */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen'],
  FORBID_TAGS: ['form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'style', 'template', 'noscript', 'section'],
  FORBID_ATTR: ['action', 'formaction', 'srcdoc', 'ping'],
  ALLOW_DATA_ATTR: true,
  ALLOW_ARIA_ATTR: true,
};

/** One sanitiser with its own DOM; make one per compile and reuse it for every slide. */
export function createSanitizer(): HtmlSanitizer {
  // jsdom is loaded on first use: it takes most of a second, and commands that never render do not need it.
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  const window: WindowLike = new JSDOM('').window;
  const purify = createDOMPurify(window);
  if (!purify.isSupported) throw new Error('the HTML sanitiser found no usable DOM, so slides cannot be made safe');
  purify.setConfig(CONFIG);
  // The listener of the sanitize call under way (calls are synchronous, so one at a time).
  let listener: ((what: SanitizeNotice) => void) | undefined;
  purify.addHook('uponSanitizeElement', (node) => {
    if (node.nodeName === 'SECTION') listener?.('section-flattened');
  });
  purify.addHook('uponSanitizeAttribute', (node, event) => {
    const value = safeAttributeValue(node.nodeName, event.attrName, event.attrValue);
    if (value === undefined) event.keepAttr = false;
    else event.attrValue = value;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // An iframe whose source was refused would show an empty box: drop it.
    if (node.nodeName === 'IFRAME' && !node.hasAttribute('src') && !node.hasAttribute('data-src')) node.remove();
  });
  return {
    sanitize(html, notice) {
      if (html === '') return '';
      listener = notice;
      try {
        return purify.sanitize(html);
      } finally {
        listener = undefined;
      }
    },
  };
}

/**
 * Token types whose renderers escape all they write: markdown-it's own (its link check refuses script URLs)
 * and briefdeck's plugins. Add a plugin's type here only when its renderer escapes text and attributes.
 */
const ESCAPED_TOKENS: ReadonlySet<string> = new Set([
  'paragraph_open', 'paragraph_close', 'heading_open', 'heading_close', 'blockquote_open', 'blockquote_close',
  'bullet_list_open', 'bullet_list_close', 'ordered_list_open', 'ordered_list_close', 'list_item_open', 'list_item_close',
  'table_open', 'table_close', 'thead_open', 'thead_close', 'tbody_open', 'tbody_close', 'tr_open', 'tr_close',
  'th_open', 'th_close', 'td_open', 'td_close', 'hr', 'code_block', 'fence', 'inline', 'text', 'text_special',
  'softbreak', 'hardbreak', 'code_inline', 'em_open', 'em_close', 'strong_open', 'strong_close', 's_open', 's_close',
  'link_open', 'link_close', 'image',
  'citation', 'citation_malformed', 'column_break', 'columns_open', 'columns_close', 'column_open', 'column_close',
  'note_source_open', 'note_source_close',
]);

/**
 * True unless every token is one whose renderer escapes what it writes: raw HTML (`html_block`, `html_inline`,
 * reveal.js attribute comments included) and tokens of unknown plugins go through the sanitiser.
 */
export function needsSanitizing(tokens: readonly Token[]): boolean {
  return tokens.some((token) => !ESCAPED_TOKENS.has(token.type) || (token.children !== null && needsSanitizing(token.children)));
}

/** A sanitiser that builds its DOM on first use, so decks without raw HTML never load jsdom. */
export function lazySanitizer(): HtmlSanitizer {
  let sanitizer: HtmlSanitizer | undefined;
  return { sanitize: (html, notice) => (sanitizer ??= createSanitizer()).sanitize(html, notice) };
}
