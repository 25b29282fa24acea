// The project's public/ folder in the page: its favicon linked, and `/name` URLs of its files made relative in built pages.

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Favicon names looked for in public/, in order of preference. */
export const FAVICON_NAMES = ['favicon.svg', 'favicon.ico', 'favicon.png'] as const;

/** Every file under `dir` as a `/`-separated path relative to it; none when there is no folder. */
export async function listPublicFiles(dir: string | false): Promise<Set<string>> {
  const files = new Set<string>();
  if (!dir) return files;
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isDirectory()) await walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.add(`${prefix}${entry.name}`);
    }
  };
  await walk(dir, '');
  return files;
}

/** The page's icon link points at public/'s favicon when there is one (the template's placeholder is `href="data:,"`). */
export function linkFavicon(html: string, files: ReadonlySet<string>): string {
  const icon = FAVICON_NAMES.find((name) => files.has(name));
  if (!icon) return html;
  const type = icon.endsWith('.svg') ? 'image/svg+xml' : icon.endsWith('.png') ? 'image/png' : 'image/x-icon';
  return html.replace(/<link rel="icon" href="data:," \/>/, () => `<link rel="icon" href="/${icon}" type="${type}" />`);
}

const URL_ATTRIBUTE = /(\s(?:src|href|poster|data-src|data-background|data-background-image|data-background-video)=")\/([^"/?#][^"?#]*)([?#][^"]*)?"/g;

/**
 * In a built page `depth` folders below the site root, `/map.png` (a file of public/) becomes `./map.png` or
 * `../../map.png`: the deck then works under any base path and from a plain folder, as dev serves it at `/`.
 */
export function relativePublicUrls(html: string, files: ReadonlySet<string>, pageDir: string): string {
  if (files.size === 0) return html;
  const depth = pageDir.split('/').filter(Boolean).length;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return html.replace(URL_ATTRIBUTE, (whole, attribute: string, file: string, rest: string | undefined) =>
    files.has(safeDecode(file)) ? `${attribute}${up}${file}${rest ?? ''}"` : whole);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
