// Which values reveal.js's own attributes may carry: frames stay on the deck's origin, no script URLs, `data-notes` is plain text. Pure.

import { escapeHtml } from './escape-html.js';

/**
 * Stand-ins for every kind of page a deck is opened from: served over http, over https, or from file://.
 * A URL is judged the way the browser parses it (the WHATWG parser Node shares with browsers), against
 * each: `https:host/x` is relative on an https page but names another host on an http one.
 */
const PAGE_BASES: readonly URL[] = ['http://deck.invalid/deck/', 'https://deck.invalid/deck/', 'file:///deck/'].map((base) => new URL(base));

/**
 * How a URL in an attribute is used: a frame (same origin only), an element's own media (same origin, or a
 * `data:` URL, what the page's `img-src` and `media-src` allow), or a reveal.js background or preview image or
 * video (same origin, or http(s) anywhere).
 */
type UrlUse = 'frame' | 'element-media' | 'media';

/** reveal.js data attributes that make the browser load the URL they hold. */
const REVEAL_URL_ATTRIBUTES: Readonly<Record<string, UrlUse>> = {
  'data-background-iframe': 'frame',
  'data-background': 'media',
  'data-background-image': 'media',
  'data-background-video': 'media',
  'data-preview-image': 'media',
  'data-preview-video': 'media',
};

/**
 * Elements whose `src` loads, and whose `data-src` reveal.js copies into `src` when the slide comes near
 * (img, video, audio, iframe and a media's source): one rule for both attributes. `data-src` on any other
 * element is held to the media rule too.
 */
const SOURCE_USE: Readonly<Record<string, UrlUse>> = { iframe: 'frame', img: 'element-media', video: 'element-media', audio: 'element-media', source: 'element-media', track: 'element-media' };

/** Names a slide's `<section>` may carry (from `<!-- .slide: … -->` and frontmatter). */
const SECTION_ATTRIBUTE = /^(id|class|style|title|lang|dir|role|hidden|tabindex|aria-[a-z-]+|data-[a-z0-9_.-]+)$/;

/** True when `value` may be loaded for `use` from any page the deck may be opened as; an empty value loads nothing. */
export function isAllowedUrl(value: string, use: UrlUse): boolean {
  if (value.trim() === '') return true;
  // As the sanitiser's HTML allowlist admits `data:` in an image or media element's `src`.
  if (use === 'element-media' && value.startsWith('data:')) return true;
  return PAGE_BASES.every((base) => {
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      return false;
    }
    if (url.protocol === base.protocol && url.host === base.host) return true;
    return use === 'media' && (url.protocol === 'https:' || url.protocol === 'http:');
  });
}

/**
 * The URL reveal.js's overlay frames when the element is clicked, or undefined when it previews nothing.
 * An element previews when it has a `data-preview-link` other than "false", or, with the deck's `previewLinks`
 * setting, when it is an `<a href>` not marked "false". It frames `data-preview-link` when that starts with
 * "http", else the element's `href` (reveal.js's overlay.js, onSlidesClicked).
 */
export function previewedUrl(tag: string, attribute: (name: string) => string | undefined, previewLinks: boolean): string | undefined {
  const preview = attribute('data-preview-link');
  const href = attribute('href');
  if (preview === 'false') return undefined;
  if (preview === undefined && !(previewLinks && tag.toLowerCase() === 'a' && href !== undefined)) return undefined;
  const url = preview?.startsWith('http') ? preview : href;
  return url === '' ? undefined : url;
}

/** The URL the element's link preview would frame when that is not on the deck's own origin (so the preview must be turned off), else undefined. */
export function refusedPreview(tag: string, attribute: (name: string) => string | undefined, previewLinks: boolean): string | undefined {
  const url = previewedUrl(tag, attribute, previewLinks);
  return url !== undefined && !isAllowedUrl(url, 'frame') ? url : undefined;
}

/** The value that turns an element's link preview off: reveal.js skips `[data-preview-link=false]`, whatever its `previewLinks` setting. */
export const PREVIEW_OFF = 'false';

/**
 * The value an attribute may keep, or undefined to drop it. Covers what a generic sanitiser cannot
 * know about reveal.js: its URL-bearing `data-*` attributes, the `src` and `data-src` of elements that
 * load them, and `data-notes`, which the speaker view inserts as HTML (so it is kept as escaped text).
 * Other attributes pass unchanged; link previews are judged on the whole element (`refusedPreview`).
 */
export function safeAttributeValue(tag: string, name: string, value: string): string | undefined {
  const lowerName = name.toLowerCase();
  if (lowerName === 'data-notes') return escapeHtml(value);
  const sourceUse = SOURCE_USE[tag.toLowerCase()];
  const use = lowerName === 'src' ? sourceUse : lowerName === 'data-src' ? (sourceUse ?? 'element-media') : REVEAL_URL_ATTRIBUTES[lowerName];
  if (use === undefined) return value;
  return isAllowedUrl(value, use) ? value : undefined;
}

/** A slide's `<section>` attributes with unknown names and unsafe values removed, and a link preview to another site turned off. */
export function safeSectionAttributes(attributes: Readonly<Record<string, string>>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!SECTION_ATTRIBUTE.test(name.toLowerCase())) continue;
    const kept = safeAttributeValue('section', name, value);
    if (kept !== undefined) safe[name] = kept;
  }
  const named = (wanted: string): string | undefined => Object.keys(safe).find((name) => name.toLowerCase() === wanted);
  if (refusedPreview('section', (wanted) => safe[named(wanted) ?? wanted], false) !== undefined) safe[named('data-preview-link')!] = PREVIEW_OFF;
  return safe;
}
