// Generated Markdown quotes the article as text: a comment opener, decoded tags or Markdown marks never become markup.
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../src/article/escape.js';
import { generate } from '../../src/article/generate.js';
import { checkProvenance } from '../../src/check/provenance.js';
import { createMarkdown } from '../../src/markdown/create-markdown.js';
import { parseDeck } from '../../src/parse/parse-deck.js';

const page = [
  '<html><head><title>Talks resume &lt;!-- behind closed doors</title></head><body>',
  '<h1>Talks resume &lt;!-- behind closed doors</h1>',
  '<p>For the first time, the negotiators published a text that reads &lt;script&gt;alert(1)&lt;/script&gt; in its annex, and both delegations signed it.</p>',
  '<p>However, there are reasons to be skeptical: the annex is unclear about *who* pays, and # the funds are not yet agreed.</p>',
  '<p>Who will verify the annex &lt;b&gt;before&lt;/b&gt; the vote?</p>',
  '<p>The ministers should publish the full annex before the next round in June.</p>',
  '</body></html>',
].join('\n');

describe('escaping what the deck quotes', () => {
  it('escapes HTML, comment openers, emphasis, citations and line-start markers', () => {
    expect(escapeInline('<!-- hidden')).toBe('&lt;!-- hidden');
    expect(escapeInline('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(escapeInline('# not a heading')).toBe('\\# not a heading');
    expect(escapeInline('1. not a list')).toBe('1\\. not a list');
    expect(escapeInline('a *b* [@p3] `x` &amp;')).toBe('a \\*b\\* \\[@p3\\] \\`x\\` &amp;amp;');
    expect(escapeInline('U.S.-ROK drills, 3 - 2')).toBe('U.S.-ROK drills, 3 - 2');
  });

  it('yields a deck that parses, passes the provenance check and renders no article text as markup', () => {
    const result = generate(page, { fileName: 'annex.html' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const deck = parseDeck(result.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
    expect(deck.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checkProvenance(deck.slides, result.article!, 'slides/source/annex.html')).toEqual([]);
    const md = createMarkdown();
    const html = result.files.map((f) => md.render(f.text.replace(/^---\n[\s\S]*?\n---\n/gm, ''))).join('\n');
    expect(html).not.toMatch(/<script|<!--|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;!-- behind closed doors');
    expect(deck.slides.find((s) => s.id === 'title')).toBeDefined();
  });
});
