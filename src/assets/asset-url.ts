// Which URLs in slides name local files, and the marker that stands for such a file in compiled HTML until an output places it. Pure.

import path from 'node:path';
import type { AssetKind } from '../model/asset.js';

/**
 * Compiled slides carry every local file as `@asset/<path, URI-component encoded>` (any `?query#fragment`
 * kept after it): a relative URL the sanitiser and attribute policy accept, replaced by each output (dev server
 * URL, hashed build file, data: URL) through `replaceAssetMarkers`.
 */
export const ASSET_MARKER_PREFIX = '@asset/';

/** Attributes on any element that make reveal.js load a file. */
const ANY_ELEMENT: Readonly<Record<string, AssetKind>> = {
  'data-background-image': 'background',
  'data-background-video': 'background',
  'data-background': 'background',
  'data-preview-image': 'image',
  'data-preview-video': 'video',
};

/** Per element, the attributes that load (or link to) a file. */
const BY_ELEMENT: Readonly<Record<string, Readonly<Record<string, AssetKind>>>> = {
  img: { src: 'image', 'data-src': 'image' },
  video: { src: 'video', 'data-src': 'video', poster: 'image' },
  audio: { src: 'audio', 'data-src': 'audio' },
  source: { src: 'video', 'data-src': 'video' },
  track: { src: 'file' },
  a: { href: 'file' },
};

/** The kind of file `attribute` of `element` names, or undefined when it names none. */
export function assetAttributeKind(element: string, attribute: string): AssetKind | undefined {
  const name = attribute.toLowerCase();
  return BY_ELEMENT[element.toLowerCase()]?.[name] ?? ANY_ELEMENT[name];
}

/** True for attribute names that may name a file on some element (a cheap test before parsing raw HTML). */
export const ASSET_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set([...Object.keys(ANY_ELEMENT), ...Object.values(BY_ELEMENT).flatMap((a) => Object.keys(a))]);

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXTENSION = /\.[a-z0-9]+$/i;
/** Pages are not published from the deck folder (a page from elsewhere on the deck's origin could run its scripts there). */
const PAGE_EXTENSION = /\.(html?|xhtml|md)$/i;

export interface LocalUrl {
  /** The file's path joined onto the slide file's folder, `/`-separated and normalised. */
  path: string;
  /** `?query` and `#fragment` as written (media fragments such as `#t=10` matter). */
  suffix: string;
}

/**
 * The local file `written` names from the slide file `slideFile`, or undefined when it names none: empty values,
 * fragments (`#x`), URLs with a scheme (`https:`, `data:`, `mailto:`), paths from the site root (`/logo.svg`,
 * the public/ folder) and protocol-relative URLs are left alone. A link (`kind` 'file') names a file only when
 * its last segment has an extension other than a page's, so `briefings/staff/` or `other.html` stay links.
 * For `data-background`, which may hold a colour, only a value with an extension is a file.
 */
export function localAssetUrl(written: string, slideFile: string, kind: AssetKind, attribute = ''): LocalUrl | undefined {
  const value = written.trim();
  if (value === '' || value.startsWith('#') || value.startsWith('/') || value.startsWith('\\') || SCHEME.test(value) || value.startsWith(ASSET_MARKER_PREFIX)) return undefined;
  const cut = value.search(/[?#]/);
  const rawPath = cut < 0 ? value : value.slice(0, cut);
  const suffix = cut < 0 ? '' : value.slice(cut);
  if (rawPath === '' || rawPath.endsWith('/')) return undefined;
  const decoded = safeDecode(rawPath);
  const needsExtension = kind === 'file' || attribute.toLowerCase() === 'data-background';
  if (needsExtension && (!EXTENSION.test(decoded) || PAGE_EXTENSION.test(decoded))) return undefined;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(slideFile.split(path.sep).join('/')), decoded));
  return { path: joined, suffix };
}

/** The marker compiled HTML carries for a local file. */
export function assetMarker(url: LocalUrl): string {
  return `${ASSET_MARKER_PREFIX}${encodeURIComponent(url.path)}${url.suffix}`;
}

/** The path an asset marker stands for, or undefined when `url` is not one. */
export function markedAssetPath(url: string): string | undefined {
  if (!url.startsWith(ASSET_MARKER_PREFIX)) return undefined;
  return safeDecode(url.slice(ASSET_MARKER_PREFIX.length).split(/[?#]/)[0]!);
}

const MARKER_IN_ATTRIBUTE = /(=")@asset\/([^"?#]*)/g;

/** Every asset marker in attribute values replaced by `urlOf(path)`; a path `urlOf` does not know keeps its marker. */
export function replaceAssetMarkers(html: string, urlOf: (path: string) => string | undefined): string {
  if (!html.includes(ASSET_MARKER_PREFIX)) return html;
  return html.replace(MARKER_IN_ATTRIBUTE, (whole, start: string, encoded: string) => {
    const url = urlOf(safeDecode(encoded));
    return url === undefined ? whole : `${start}${url}`;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
