// Turns a built deck page into one self-contained HTML file: script, styles and fonts inlined. Pure.

import { createHash } from 'node:crypto';
import path from 'node:path';

/** Reads a built asset by its path relative to the page (e.g. `./assets/index-x.js`); undefined when absent. */
export type AssetReader = (relativePath: string) => Buffer | undefined;

const MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g;
const STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g;
const PRELOADS = /\s*<link rel="(?:preload|modulepreload)"[^>]*>/g;
const CSS_URL = /url\((['"]?)([^'")]+)\1\)/g;
/** The page icon and images the build copied from public/ (`./…` paths): inlined, as a file:// page cannot fetch them. */
const LOCAL_IMAGE = /(<(?:link rel="icon"|img)\s[^>]*?(?:href|src)=")(\.\/[^"?#]+)"/g;
const MIME: Record<string, string> = { '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp' };

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
    .replace(LOCAL_IMAGE, (whole, start: string, file: string) => {
      const bytes = read(file);
      return bytes ? `${start}${dataUrl(file, bytes)}"` : whole;
    });
  if (missing.length > 0) throw new Error(`the build has no ${missing.join(', ')}, which the page links`);
  // The policy admits the inlined script by its hash (a file:// page has no origin to call 'self').
  out = out.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )/, (m) => `${m}${scripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}' `).join('')}`);
  return out;
}

function dataUrl(file: string, bytes: Buffer): string {
  return `data:${MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;
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
