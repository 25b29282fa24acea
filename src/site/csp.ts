// The Content-Security-Policy of built pages: the deck's own origin only, plus the inline scripts its bundle writes itself. Pure.

import { createHash } from 'node:crypto';

/**
 * Scripts, frames, media, fonts and connections from the page's own origin only. Styles may be inline:
 * reveal.js sets style attributes and diagram SVGs carry their own `<style>`. `data:` is allowed for
 * images, fonts and media only (the page's empty favicon, small inlined assets, the single file's video and audio). `scriptHashes` (base64 SHA-256)
 * admit inline scripts the bundle itself writes, such as reveal.js's speaker view. `assetOrigins`: where
 * the build's own files are hosted when that is not the page's origin (an absolute `--base`).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], assetOrigins: readonly string[] = []): string {
  const self = ["'self'", ...new Set(assetOrigins)].join(' ');
  const scripts = [self, ...[...new Set(scriptHashes)].sort().map((hash) => `'sha256-${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self} data:`,
    `media-src ${self} data:`,
    "frame-src 'self'",
    `connect-src ${self}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The origin of an absolute http(s) base (`https://cdn.example/deck/` → `https://cdn.example`), else none. */
export function baseOrigins(base: string): string[] {
  if (!/^https?:\/\//i.test(base)) return [];
  try {
    return [new URL(base).origin];
  } catch {
    return [];
  }
}

const WRITE_CALL = /\bdocument\.write(?:ln)?\(\s*/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * Hashes of the inline `<script>`s in HTML that bundled code passes to `document.write` as a string
 * literal: reveal.js's notes plugin writes its speaker view (with one inline script) into a popup,
 * which inherits the page's policy. Literals with substitutions are skipped (their text is not fixed).
 */
export function writtenScriptHashes(code: string): string[] {
  const hashes: string[] = [];
  for (const call of code.matchAll(WRITE_CALL)) {
    const html = readStringLiteral(code, call.index + call[0].length);
    if (html === undefined) continue;
    for (const script of html.matchAll(INLINE_SCRIPT)) {
      if (/\bsrc\s*=/i.test(script[1]!)) continue;
      const text = script[2]!.replace(/\r\n?/g, '\n');
      hashes.push(createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  }
  return hashes;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The value of the JS string or template literal starting at `start`, or undefined when there is none. */
export function readStringLiteral(code: string, start: number): string | undefined {
  const quote = code[start];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  for (let i = start + 1; i < code.length; i++) {
    const char = code[i]!;
    if (char === quote) return value;
    if (quote === '`' && char === '$' && code[i + 1] === '{') return undefined;
    if (quote !== '`' && (char === '\n' || char === '\r')) return undefined;
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = code[++i];
    if (next === undefined) return undefined;
    if (next === '\r' || next === '\n') {
      if (next === '\r' && code[i + 1] === '\n') i++;
      continue;
    }
    if (next in SIMPLE_ESCAPES && !(next === '0' && /[0-9]/.test(code[i + 1] ?? ''))) {
      value += SIMPLE_ESCAPES[next];
      continue;
    }
    if (next === 'x') {
      const hex = code.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
      value += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
      continue;
    }
    if (next === 'u') {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(code.slice(i + 1, i + 10));
      const plain = /^[0-9a-fA-F]{4}/.exec(code.slice(i + 1, i + 5));
      if (braced) {
        value += String.fromCodePoint(Number.parseInt(braced[1]!, 16));
        i += braced[0].length;
      } else if (plain) {
        value += String.fromCharCode(Number.parseInt(plain[0], 16));
        i += 4;
      } else {
        return undefined;
      }
      continue;
    }
    value += next;
  }
  return undefined;
}
