// Finds the URLs outside the page's own origin that built files would make a browser load (not links a reader may follow).

import { parseHTML } from 'linkedom';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const CSS_LOADS = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)["']?\s*\)/gi;

/** `url(...)` and `@import` targets in CSS that point at another origin (`http:`, `https:`, or protocol-relative). */
export function remoteCssLoads(css: string): string[] {
  return [...css.matchAll(CSS_LOADS)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter((url) => REMOTE.test(url));
}

/** Elements and attributes through which HTML loads something; `<a href>` is a link, not a load. */
const LOADING_ATTRIBUTES: readonly [string, string][] = [
  ['script', 'src'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['iframe', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['image', 'href'],
  ['image', 'xlink:href'],
  ['use', 'href'],
  ['use', 'xlink:href'],
  ['section', 'data-background-image'],
  ['section', 'data-background-iframe'],
  ['section', 'data-background-video'],
];

export function remoteHtmlLoads(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const [tag, attribute] of LOADING_ATTRIBUTES) {
    for (const element of document.querySelectorAll(tag)) {
      const value = element.getAttribute(attribute);
      if (value && value.split(',').some((part: string) => REMOTE.test(part.trim()))) found.push(`<${tag} ${attribute}="${value}">`);
    }
  }
  for (const style of document.querySelectorAll('style')) found.push(...remoteCssLoads(style.textContent ?? ''));
  for (const element of document.querySelectorAll('[style]')) found.push(...remoteCssLoads(element.getAttribute('style') ?? ''));
  return found;
}
