// A deck's own attribute comment patterns (reveal.js's data-element-attributes / data-attributes): chosen, checked, applied.

import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../src/compile/compile-deck.js';
import { parseDeck, type ParseOptions } from '../../src/parse/parse-deck.js';
import { printDeck } from '../../src/parse/print-deck.js';
import { htmlDocument } from '../helpers/dom.js';

const CURLY = "'\\{_\\s*?([^}]+?)\\}'";

function errors(text: string, options: ParseOptions = {}): string[] {
  return parseDeck([{ file: 'deck.md', text }], options).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`);
}

async function rendered(text: string, options: ParseOptions = {}): Promise<Document> {
  const { deck } = await compileDeck([{ file: 'deck.md', text }], options);
  expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return htmlDocument(deck.html);
}

describe('attribute patterns', () => {
  it('reads element attributes with the deck\'s pattern and leaves the built-in comment alone', async () => {
    const doc = await rendered(`---\ntitle: T\nelementAttributes: ${CURLY}\n---\n# Title\n\nA point\n<!-- {_class="fragment grow"} -->\n\nOther\n<!-- .element: class="fragment" -->\n`);
    const paragraphs = [...doc.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.className)).toEqual(['fragment grow', '']);
  });

  it('keeps reveal.js\'s default for the pattern a deck leaves out, and notes comments as always', () => {
    const parsed = parseDeck([{ file: 'deck.md', text: `---\ntitle: T\nelementAttributes: ${CURLY}\n---\n# Title\n<!-- .slide: data-state="x" -->\n<!-- notes: say this -->\n` }]);
    expect(parsed.slides[0]!.settings.attributes).toEqual({ 'data-state': 'x' });
    expect(parsed.slides[0]!.notes).toBe('say this');
    expect(parsed.meta.attributePatterns).toEqual({ element: '\\{_\\s*?([^}]+?)\\}', slide: '\\.slide:\\s*?(\\S.+?)$' });
  });

  it('reads slide attributes with the deck\'s pattern, not the built-in one', () => {
    const parsed = parseDeck([{ file: 'deck.md', text: "---\ntitle: T\nslideAttributes: '^\\s*?--\\s(.*?)$'\n---\n# One\n<!-- -- data-state=\"one\" -->\n\n---\n\n# Two\n<!-- .slide: data-state=\"two\" -->\n" }]);
    expect(parsed.slides.map((s) => s.settings.attributes)).toEqual([{ 'data-state': 'one' }, {}]);
  });

  it('takes the patterns from the plugin options and from reveal-md.json, the headmatter winning', () => {
    const text = `---\ntitle: T\nelementAttributes: ${CURLY}\n---\n# A\n`;
    const plugin = { separators: { elementAttributes: '@@(.+)@@', slideAttributes: '^!!(.*)$' } };
    expect(parseDeck([{ file: 'deck.md', text }], plugin).meta.attributePatterns).toEqual({ element: '\\{_\\s*?([^}]+?)\\}', slide: '^!!(.*)$' });
    const json = { revealMdJson: { data: { slideAttributes: '^::(.*)$' }, file: 'reveal-md.json' } };
    expect(parseDeck([{ file: 'deck.md', text: '# A\n' }], json).meta.attributePatterns?.slide).toBe('^::(.*)$');
    expect(parseDeck([{ file: 'deck.md', text: '# A\n' }]).meta.attributePatterns).toBeUndefined();
  });

  it('refuses a pattern that does not compile, has no group, is no text or could backtrack, at its file and line', () => {
    expect(errors("---\ntitle: T\nelementAttributes: '{_([^}]+'\n---\n# A\n")).toEqual([
      expect.stringMatching(/^invalid-attribute-pattern deck\.md:3 the elementAttributes pattern \(headmatter\) is not a valid regular expression/),
    ]);
    expect(errors("---\ntitle: T\n\nslideAttributes: '^--\\s.*$'\n---\n# A\n")).toEqual(['invalid-attribute-pattern deck.md:4 the slideAttributes pattern (headmatter) has no group ( … ) around the attributes']);
    expect(errors('---\ntitle: T\nslideAttributes: 3\n---\n# A\n')).toEqual(['invalid-attribute-pattern deck.md:3 the slideAttributes pattern (headmatter) should be a regular expression written as text']);
    expect(errors("---\ntitle: T\nelementAttributes: '((a+)+)'\n---\n# A\n")).toEqual([expect.stringMatching(/deck\.md:3 .*exponential time/)]);
    expect(errors('# A\n', { separators: { elementAttributes: '(' } })).toEqual([expect.stringMatching(/^invalid-attribute-pattern vite\.config:0 the elementAttributes pattern \(plugin options\) is not a valid/)]);
  });

  it('is not an unknown deck setting, and a printed deck reads back with the same element pattern', () => {
    const text = `---\ntitle: T\nelementAttributes: ${CURLY}\n---\n# A\n\nPoint\n<!-- {_class="fragment"} -->\n`;
    const parsed = parseDeck([{ file: 'deck.md', text }]);
    expect(parsed.diagnostics).toEqual([]);
    expect(parseDeck([{ file: 'again.md', text: printDeck(parsed) }]).meta.attributePatterns).toEqual(parsed.meta.attributePatterns);
  });
});
