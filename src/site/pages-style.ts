// A built page carries its stylesheet in a <style> of its own, with the font faces it preloads as data: URLs, so its first slide is painted from the page's one response. Pure.

import path from 'node:path';
import { dataUrl } from '../assets/data-url.js';

/** Marks the stylesheet a build put into the page (the single-file build inlines the files it names, src/export/single-file.ts). */
export const PAGE_STYLE_ATTRIBUTE = 'data-page-style';

/** A file the build writes, by its name relative to the site root (`assets/index-x.css`). */
export type BuiltFiles = ReadonlyMap<string, string | Uint8Array>;

export interface InlinedStyles {
  html: string;
  /** The stylesheets now inside the page and the fonts now inside them, by file name. */
  inlined: string[];
}

const CSS_URL = /url\((['"]?)([^'")]+)\1\)/g;

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const textOf = (source: string | Uint8Array): string => (typeof source === 'string' ? source : Buffer.from(source).toString('utf8'));
const bytesOf = (source: string | Uint8Array): Uint8Array => (typeof source === 'string' ? Buffer.from(source, 'utf8') : source);

/**
 * Replaces each `<link rel="stylesheet">` of `html` that names a built stylesheet with that stylesheet's text. Its
 * relative `url()`s are rewritten for the page (`urlOf` gives a built file's URL from the page); a font the page
 * preloads becomes a data: URL and its preload goes: the first layout has the face at once, with no request to wait
 * for and no fallback text drawn first. Every other face stays a file, fetched when a page uses its characters.
 */
export function inlinePageStyles(html: string, files: BuiltFiles, urlOf: (fileName: string) => string): InlinedStyles {
  const fileAt = new Map([...files.keys()].map((fileName) => [urlOf(fileName), fileName]));
  const preloadedFonts = new Set(
    [...html.matchAll(/<link rel="preload"[^>]*>/g)]
      .filter((link) => /\sas="font"/.test(link[0]))
      .map((link) => /\shref="([^"]+)"/.exec(link[0])?.[1])
      .filter((href): href is string => href !== undefined && fileAt.has(href)),
  );
  const inlined = new Set<string>();
  const fontsInlined = new Set<string>();
  let out = html;
  for (const [fileName, source] of files) {
    if (!fileName.endsWith('.css')) continue;
    const link = new RegExp(`<link rel="stylesheet"[^>]*\\shref="${escapeForRegExp(urlOf(fileName))}"[^>]*>`);
    if (!link.test(out)) continue;
    const css = textOf(source).replace(CSS_URL, (whole, _quote: string, url: string) => {
      if (/^(data:|#|\/|[a-z][a-z0-9+.-]*:)/i.test(url) && !preloadedFonts.has(url)) return whole;
      const target = preloadedFonts.has(url) ? url : urlOf(path.posix.join(path.posix.dirname(fileName), url));
      const font = preloadedFonts.has(target) ? fileAt.get(target) : undefined;
      if (font === undefined) return `url(${target})`;
      fontsInlined.add(target);
      inlined.add(font);
      return `url(${dataUrl(font, bytesOf(files.get(font)!))})`;
    });
    out = out.replace(link, () => `<style ${PAGE_STYLE_ATTRIBUTE}>${css.replace(/<\/style/gi, '<\\/style')}</style>`);
    inlined.add(fileName);
  }
  out = out.replace(/\n?[ \t]*<link rel="preload"[^>]*>/g, (link) => {
    const href = /\shref="([^"]+)"/.exec(link)?.[1];
    return href !== undefined && fontsInlined.has(href) ? '' : link;
  });
  return { html: out, inlined: [...inlined] };
}

/**
 * Of `candidates` (files a page now carries inside it), those no other built file names any more, by their base name:
 * they would only be dead weight in the build. `texts` holds every built file's text (binary ones have none).
 */
export function filesNoLongerNamed(candidates: readonly string[], texts: ReadonlyMap<string, string | undefined>): string[] {
  const gone = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const candidate of candidates) {
      if (gone.has(candidate)) continue;
      const name = path.posix.basename(candidate);
      const named = [...texts].some(([fileName, text]) => fileName !== candidate && !gone.has(fileName) && text?.includes(name) === true);
      if (!named) {
        gone.add(candidate);
        changed = true;
      }
    }
  }
  return [...gone];
}
