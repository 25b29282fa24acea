// The same Markdown through reveal.js's own markdown plugin and through briefdeck: same slides, stacks, notes, fragments, attributes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceAssetMarkers } from '../../src/assets/asset-url.js';
import { compileDeck } from '../../src/compile/compile-deck.js';
import type { ParseOptions } from '../../src/parse/parse-deck.js';
import { REVEAL_DEFAULTS, REVEAL_MD_DEFAULTS } from '../../src/parse/separators.js';
import { serveStatic, type StaticServer } from '../../src/serve/static-server.js';
import { startBrowser } from '../helpers/browser.js';

const REVEAL_DIST = path.resolve(import.meta.dirname, '../../node_modules/reveal.js/dist');
const DIALECTS = path.resolve(import.meta.dirname, '../fixtures/dialects');

interface Case {
  file: string;
  /** What reveal.js's plugin is given: the separators as `data-separator*` attributes (reveal-md passes its own the same way). */
  reveal: { separator: string; vertical?: string; notes?: string; elementAttributes?: string; slideAttributes?: string };
  /** Also run reveal.js's highlight plugin, which turns `data-line-numbers` into stepped copies. */
  highlight?: boolean;
  /** What briefdeck is given besides the file (nothing: the deck says it all). */
  options?: ParseOptions;
  /** Headmatter lines briefdeck does not see (the options give them instead). */
  withoutHeadmatterKeys?: string[];
  /** What the structure must hold, so a case cannot pass by both sides reading nothing. */
  shows?: string[];
}

const CASES: Case[] = [
  {
    file: 'blank-lines.md',
    reveal: { separator: '^\n\n\n', vertical: '^\n\n', notes: '^Note:' },
    options: { separators: { separator: '^\n\n\n', verticalSeparator: '^\n\n', notesSeparator: '^Note:' } },
  },
  { file: 'reveal-md-comments.md', reveal: { separator: '<!--s-->', vertical: '<!--v-->' } },
  {
    file: 'reveal-md-defaults.md',
    reveal: { separator: REVEAL_MD_DEFAULTS.separator, vertical: REVEAL_MD_DEFAULTS.verticalSeparator },
    options: { revealMdJson: { data: {}, file: 'reveal-md.json' } },
  },
  { file: 'stepped-code.md', reveal: { separator: REVEAL_DEFAULTS.separator }, highlight: true },
  {
    // A reveal.js theme by name and files beside the slides change the look and the URLs, never the structure.
    file: 'theme-and-images.md',
    reveal: { separator: '^\n---\n$', vertical: '^\n--\n$', notes: '^Note:' },
    options: { themes: ['briefing', 'dark', 'night'] },
    shows: ['"data-background-image":"images/map.png"', 'The observers arrive next week'],
  },
  {
    file: 'custom-attributes.md',
    reveal: { separator: '^\n---\n$', vertical: '^\n--\n$', elementAttributes: '\\{_\\s*?([^}]+?)\\}', slideAttributes: '^\\s*?--\\s(.*?)$' },
    shows: ['fade-out', 'highlight-red', 'roll-in', '"data-fragment-index":"2"', '"data-background-color":"#203040"', '"data-state":"closing"'],
  },
  {
    // The same patterns as plugin options (reveal.js's markdown config), the headmatter left without them.
    file: 'custom-attributes.md',
    reveal: { separator: '^\n---\n$', vertical: '^\n--\n$', elementAttributes: '\\{_\\s*?([^}]+?)\\}', slideAttributes: '^\\s*?--\\s(.*?)$' },
    withoutHeadmatterKeys: ['elementAttributes', 'slideAttributes'],
    options: { separators: { elementAttributes: '\\{_\\s*?([^}]+?)\\}', slideAttributes: '^\\s*?--\\s(.*?)$' } },
    shows: ['roll-in', '"data-background-color":"#203040"'],
  },
];

/** reveal-md strips the front matter before reveal.js sees the Markdown. */
function withoutFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** A pattern as a reveal.js page writes it in `data-separator`: line breaks as \\n and \\r (HTML would turn a raw CR into LF). */
function asAttribute(pattern: string): string {
  return escapeHtml(pattern.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The slide structure under `root`, read from the DOM the same way for both sides. */
async function structure(page: Page, root: string): Promise<unknown> {
  return page.evaluate((rootSelector) => {
    // highlight.js marks what it has highlighted (`data-highlighted`), and reveal.js's markdown also writes the bare language
    // as a class (`php` beside `language-php`): run-time artefacts, not structure.
    // reveal.js copies the page's pattern attributes onto each slide it makes, where the plugin reads them back: configuration, not structure.
    const IGNORED = new Set(['data-highlighted', 'data-markdown', 'data-markdown-parsed', 'data-source', 'data-separator', 'data-separator-vertical', 'data-separator-notes', 'data-element-attributes', 'data-attributes']);
    const container = document.querySelector(rootSelector)!;
    const top = [...container.children].filter((el) => el.tagName === 'SECTION');
    const isStack = (section: Element): boolean => [...section.children].some((child) => child.tagName === 'SECTION');
    const leaves = top.flatMap((section) => (isStack(section) ? [...section.children].filter((c) => c.tagName === 'SECTION') : [section]));
    const dataAttributes = (el: Element): Record<string, string> =>
      Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-') && !IGNORED.has(a.name)).map((a) => [a.name, a.value]));
    return {
      stacks: top.map((section) => (isStack(section) ? [...section.children].filter((c) => c.tagName === 'SECTION').length : 0)),
      slides: leaves.map((slide) => ({
        heading: slide.querySelector('h1, h2, h3')?.textContent?.trim() ?? '',
        notes: (slide.querySelector('aside.notes')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        attributes: dataAttributes(slide),
        code: [...slide.querySelectorAll('pre code')].map((code) => ({
          ...dataAttributes(code),
          fragment: code.classList.contains('fragment'),
          numbers: [...code.querySelectorAll('td.hljs-ln-numbers')].map((td) => td.getAttribute('data-line-number')).join(','),
          highlighted: [...code.querySelectorAll('tr.highlight-line td.hljs-ln-numbers')].map((td) => td.getAttribute('data-line-number')).join(','),
          text: (code.textContent ?? '').replace(/\s+/g, ' ').trim(),
        })),
        fragments: [...slide.querySelectorAll('.fragment')].map((el) => ({
          tag: el.tagName.toLowerCase(),
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          classes: [...el.classList].filter((name) => !el.classList.contains(`language-${name}`)).sort().join(' '),
          ...dataAttributes(el),
        })),
      })),
    };
  }, root);
}

describe('reveal.js and reveal-md decks build to the slides reveal.js\'s markdown plugin makes', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([startBrowser(), serveStatic(REVEAL_DIST)]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const testCase of CASES) {
    it(`${testCase.file}${testCase.withoutHeadmatterKeys ? ' (patterns as plugin options)' : ''}`, async () => {
      const text = readFileSync(path.join(DIALECTS, testCase.file), 'utf8');
      const hidden = new Set(testCase.withoutHeadmatterKeys ?? []);
      const briefdeckText = text.split('\n').filter((line) => !hidden.has(line.split(':')[0]!)).join('\n');
      const compiled = await compileDeck([{ file: testCase.file, text: briefdeckText }], testCase.options ?? {});
      expect(compiled.deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

      const { separator, vertical, notes, elementAttributes, slideAttributes } = testCase.reveal;
      const attributes = [
        `data-separator="${asAttribute(separator)}"`,
        vertical ? `data-separator-vertical="${asAttribute(vertical)}"` : '',
        notes ? `data-separator-notes="${asAttribute(notes)}"` : '',
        elementAttributes ? `data-element-attributes="${escapeHtml(elementAttributes)}"` : '',
        slideAttributes ? `data-attributes="${escapeHtml(slideAttributes)}"` : '',
      ].join(' ');
      // Files beside the slides are markers until an output gives them its URL; here each stands for the path as written.
      const briefdeckSlides = replaceAssetMarkers(compiled.deck.html, (file) => file);
      const html = `<!doctype html><meta charset="utf-8"><body>
<div id="reveal"><div class="slides"><section data-markdown ${attributes}><textarea data-template>${escapeHtml(withoutFrontMatter(text))}</textarea></section></div></div>
<div id="briefdeck"><div class="slides">${briefdeckSlides}</div></div>
<script type="module">
  import Markdown from '/plugin/markdown.mjs';
  const element = document.querySelector('#reveal');
  const deck = { getConfig: () => ({}), getRevealElement: () => element, on() {} };
  await Markdown().init(deck);
  ${testCase.highlight ? "const { default: Highlight } = await import('/plugin/highlight.mjs'); Highlight().init(deck);" : ''}
  window.converted = true;
</script>`;
      const page = await browser.newPage();
      await page.route('**/parity.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await page.goto(`${server.url}parity.html`);
      await page.waitForFunction(() => (window as unknown as { converted?: boolean }).converted === true);
      const fromReveal = await structure(page, '#reveal .slides');
      const fromBriefdeck = await structure(page, '#briefdeck .slides');
      await page.close();
      expect((fromReveal as { slides: unknown[] }).slides.length).toBeGreaterThan(2);
      expect(fromBriefdeck).toEqual(fromReveal);
      for (const shown of testCase.shows ?? []) expect(JSON.stringify(fromBriefdeck)).toContain(shown);
    });
  }
});
