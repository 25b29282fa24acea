// Remembers markdown-it's normalising of link URLs (percent-encoding, punycode hosts), which is most of what a link
// costs to parse: a URL written many times on a slide is normalised once per markdown-it instance.

import type { MarkdownIt } from 'markdown-it';

/** How many URLs an instance remembers before it starts over; a URL longer than MAX_URL_LENGTH is never kept. */
const MAX_URLS = 512;
const MAX_URL_LENGTH = 2048;

export function rememberedLinks(md: MarkdownIt): void {
  md.normalizeLink = remembered(md.normalizeLink.bind(md));
  md.normalizeLinkText = remembered(md.normalizeLinkText.bind(md));
}

/** `normalise` (a pure function of the URL) with its recent results kept. */
function remembered(normalise: (url: string) => string): (url: string) => string {
  const known = new Map<string, string>();
  return (url) => {
    const kept = known.get(url);
    if (kept !== undefined) return kept;
    const result = normalise(url);
    if (url.length <= MAX_URL_LENGTH) {
      if (known.size >= MAX_URLS) known.clear();
      known.set(url, result);
    }
    return result;
  };
}
