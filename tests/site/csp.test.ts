// The built pages' Content-Security-Policy, and the hashes of inline scripts the bundle writes itself.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, readStringLiteral, writtenScriptHashes } from '../../src/site/csp.js';
import { renderPage } from '../../src/site/pages.js';

const sha = (text: string): string => createHash('sha256').update(text).digest('base64');

describe('contentSecurityPolicy', () => {
  it('allows the page its own origin only, with inline styles but no inline script', () => {
    const policy = contentSecurityPolicy(['b', 'a', 'a']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('is written before anything loads, and only when asked for (built pages)', () => {
    const template = '<html><head><meta charset="utf-8" /><title>t</title><script type="module" src="/a.js"></script></head><body><!--briefdeck:slides--></body></html>';
    const page = { kind: 'deck' as const, deck: { meta: { title: 'T', theme: 'briefing', lang: 'en' }, slides: [], html: '', diagnostics: [] }, data: {} };
    const built = renderPage(template, page, { csp: "default-src 'self'" });
    expect(built.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(built.indexOf('<meta charset'));
    expect(built.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(built.indexOf('<script'));
    expect(renderPage(template, page)).not.toContain('Content-Security-Policy');
  });
});

describe('writtenScriptHashes', () => {
  it('hashes the inline scripts of HTML written with document.write, from any string literal', () => {
    const html = '<html><script>\n\tvar a = "`x`";\n</script><script src="x.js"></script></html>';
    const expected = [sha('\n\tvar a = "`x`";\n')];
    expect(writtenScriptHashes(`w.document.write(${JSON.stringify(html)})`)).toEqual(expected);
    expect(writtenScriptHashes(`w.document.write(\`${html.replace(/`/g, '\\`')}\`)`)).toEqual(expected);
    expect(writtenScriptHashes("document.write('<script>a\\x3d1<\\/script>')")).toEqual([sha('a=1')]);
    expect(writtenScriptHashes('document.write(`<script>${code}</script>`)')).toEqual([]);
  });

  it('finds the speaker view script of reveal.js’s notes plugin', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('reveal.js/plugin/notes'), 'utf8');
    expect(writtenScriptHashes(source)).toHaveLength(1);
  });

  it('reads string literal escapes as JavaScript does', () => {
    const literal = String.raw`'a\n\t\'b\u0041\u{1F600}\x41\
c'`;
    expect(readStringLiteral(literal, 0)).toBe("a\n\t'bA😀Ac");
    expect(readStringLiteral('"unterminated', 0)).toBeUndefined();
  });
});
