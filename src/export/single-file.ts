// Turns a built deck page into one self-contained HTML file: script, styles and fonts inlined. Pure.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { dataUrl } from '../assets/data-url.js';
import { PAGE_STYLE_ATTRIBUTE } from '../site/pages-style.js';

/** Reads a built asset by its path relative to the page (e.g. `./assets/index-x.js`); undefined when absent. */
export type AssetReader = (relativePath: string) => Buffer | undefined;

const MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g;
const STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g;
/** The stylesheet the build put into the page (src/site/pages-style.ts): its URLs are relative to the page. */
const PAGE_STYLE = new RegExp(`(<style ${PAGE_STYLE_ATTRIBUTE}>)([\\s\\S]*?)(</style>)`, 'g');
const PRELOADS = /\s*<link rel="(?:preload|modulepreload)"[^>]*>/g;
const CSS_URL = /url\((['"]?)([^'")]+)\1\)/g;
/** The page icon, images from public/ and the files slides name (`./…` paths): inlined, as a file:// page cannot fetch them. */
const LOCAL_IMAGE = /(<(?:link rel="icon"|img)\s[^>]*?(?:href|src)=")(\.\/[^"?#]+)"/g;
/** Media, posters, backgrounds and linked files the build emitted for the slides (an `<a href>` becomes a data: link that saves the file). */
const LOCAL_MEDIA = /(\s(?:src|poster|data-src|data-background|data-background-image|data-background-video|data-preview-image|data-preview-video|href)=")(\.\/assets\/[^"?#]+)([?#][^"]*)?"/g;

export function inlineSingleFile(html: string, read: AssetReader): string {
  const missing: string[] = [];
  const text = (file: string): string => {
    const bytes = read(file);
    if (!bytes) missing.push(file);
    return bytes?.toString('utf8') ?? '';
  };
  const scripts: string[] = [];
  let out = html
    .replace(PRELOADS, '')
    .replace(MODULE_SCRIPT, (_m, src: string) => {
      const code = text(src).replace(/<\/script/gi, '<\\/script');
      scripts.push(code);
      return `<script type="module">${code}</script>`;
    })
    .replace(STYLESHEET, (_m, href: string) => `<style>${inlineCssUrls(text(href), path.posix.dirname(href), read, missing).replace(/<\/style/gi, '<\\/style')}</style>`)
    .replace(PAGE_STYLE, (_m, open: string, css: string, close: string) => `${open}${inlineCssUrls(css, '.', read, missing)}${close}`)
    .replace(LOCAL_IMAGE, (whole, start: string, file: string) => {
      const bytes = read(file);
      return bytes ? `${start}${dataUrl(file, bytes)}"` : whole;
    })
    .replace(LOCAL_MEDIA, (_m, start: string, file: string, rest: string | undefined) => {
      const bytes = read(file);
      if (!bytes) missing.push(file);
      // A page may not open a data: URL as a document, so a linked file is offered for saving instead.
      const save = start.trimStart().startsWith('href=') ? ` download="${path.posix.basename(file)}"` : '';
      return `${save}${start}${bytes ? dataUrl(file, bytes) : file}${rest ?? ''}"`;
    });
  if (missing.length > 0) throw new Error(`the build has no ${missing.join(', ')}, which the page links`);
  // The policy admits the inlined script by its hash (a file:// page has no origin to call 'self').
  out = out.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )/, (m) => `${m}${scripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}' `).join('')}`);
  return out;
}

function inlineCssUrls(css: string, baseDir: string, read: AssetReader, missing: string[]): string {
  return css.replace(CSS_URL, (match, _quote: string, url: string) => {
    if (/^(data:|#|[a-z]+:)/i.test(url)) return match;
    const file = `./${path.posix.join(baseDir, url.split(/[?#]/)[0]!)}`.replace(/^\.\/\.\//, './');
    const bytes = read(file);
    if (!bytes) {
      missing.push(file);
      return match;
    }
    return `url(${dataUrl(file, bytes)})`;
  });
}
