// Properties of the deck parser over generated input: it never throws, slides follow the separators, and printing round-trips.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedDeck } from '../../src/model/deck.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { printDeck } from '../../src/parse/print-deck.js';

const RUNS = { numRuns: 300 };

/** A line of anything, biased towards what the parser cares about. */
const anyLine = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('---', '--', '--- ', '```', '```js', '~~~', '````', '<!--', '-->', '<!-- notes: n -->', '<!-- .slide: data-x="1" -->',
    'Note: said', 'notes:', 'id: x', 'id: [', 'title: "t"', '# Heading', '## Heading', '- item [@p1]', '', '   ', '\t', '\r', '<!-- a --> <!--', '{+}'),
);

const anyText = fc.tuple(fc.array(anyLine, { maxLength: 40 }), fc.boolean()).map(([lines, crlf]) => lines.join(crlf ? '\r\n' : '\n'));

/** Plain words: never a separator, fence, comment, note or `key:` line. */
const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'summit', 'talks', '*bold*', '`code`', '[@p2]', '"quoted"', 'a:b', '{+}');
const prose = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `Text ${words.join(' ')}`);

/** Inert lines that look like separators, headings or settings, but inside a fence or comment. */
const hidden = fc.constantFrom('---', '--', 'id: hidden', 'Note: hidden', '# not a title', '<!-- x', 'text');

const block = fc.oneof(
  prose,
  fc.constantFrom('## Title', '# Big title', '- one\n- two', '1. first', '> quote', '<div class="x">html</div>'),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.array(hidden.filter((l) => l !== '<!-- x'), { maxLength: 4 })).map(([fence, lines]) => [fence, ...lines, fence].join('\n')),
  fc.array(hidden.filter((l) => !l.includes('<!--')), { maxLength: 4 }).map((lines) => ['<!--', ...lines, '-->'].join('\n')),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => `<!-- notes: ${words.join(' ')} -->`),
  fc.constantFrom('<!-- .slide: data-background="#123" -->', '<!-- .slide: class="wide" data-state=\'s\' -->'),
);

interface GeneratedSlide {
  vertical: boolean;
  settings?: { section: string; tags: string[] };
  blocks: string[];
  note?: string;
}

const slide = fc.record(
  {
    vertical: fc.boolean(),
    settings: fc.record({ section: fc.constantFrom('intro', 'firsts', '12'), tags: fc.array(fc.constantFrom('a', 'b', 'staff'), { maxLength: 2 }) }),
    blocks: fc.array(block, { maxLength: 4 }),
    note: prose,
  },
  { requiredKeys: ['vertical', 'blocks'] },
);

/** A deck written from slides, so the expected structure is known without parsing. */
function writeDeck(slides: readonly GeneratedSlide[], headmatter: boolean): string {
  const parts: string[] = [];
  if (headmatter) parts.push('---\ntitle: Generated\ntheme: dark\n---');
  slides.forEach((s, index) => {
    if (index > 0) parts.push(s.vertical ? '--' : '---');
    if (s.settings && index > 0) parts.push(`id: s${index}\nsection: ${s.settings.section}\ntags: [${s.settings.tags.join(', ')}]\n---`);
    parts.push(s.blocks.join('\n\n'));
    if (s.note) parts.push(`\nNote: ${s.note}`);
  });
  return parts.join('\n');
}

const deck = fc.tuple(fc.array(slide, { minLength: 1, maxLength: 8 }), fc.boolean());

function errors(parsed: ParsedDeck): string[] {
  return parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`);
}

/** What must survive printing: everything but line numbers (and `settings.id`, which printing makes explicit). */
function essence(parsed: ParsedDeck): unknown {
  return {
    meta: parsed.meta,
    slides: parsed.slides.map(({ id, h, v, content, notes, title, citations, settings: { id: _explicit, ...settings } }) => ({ id, h, v, content, notes, title, citations, settings })),
  };
}

function expectRoundTrip(text: string): void {
  const first = parseDeck([{ file: 'deck.md', text }]);
  if (errors(first).length > 0) return;
  const printed = printDeck(first);
  const second = parseDeck([{ file: 'deck.md', text: printed }]);
  expect(errors(second)).toEqual([]);
  expect(essence(second)).toEqual(essence(first));
  expect(printDeck(second)).toBe(printed);
}

describe('parseDeck properties', () => {
  it('never throws, whatever the text, and always returns slides or a diagnostic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), anyText), fc.boolean(), (text, split) => {
        const files = split ? [{ file: 'a.md', text }, { file: 'b.md', text: text.slice(text.length / 2) }] : [{ file: 'a.md', text }];
        const parsed = parseDeck(files);
        expect(parsed.slides.length > 0 || parsed.diagnostics.length > 0).toBe(true);
        for (const d of parsed.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('makes one slide per separator outside fences, comments and frontmatter, plus one', () => {
    fc.assert(
      fc.property(deck, ([slides, headmatter]) => {
        const parsed = parseDeck([{ file: 'deck.md', text: writeDeck(slides, headmatter) }]);
        expect(errors(parsed).filter((e) => !e.includes('no slides with content'))).toEqual([]);
        expect(parsed.slides).toHaveLength(slides.length);
        expect(parsed.slides.map((s) => s.v > 0)).toEqual(slides.map((s, i) => i > 0 && s.vertical));
        slides.forEach((s, i) => {
          if (s.settings && i > 0) expect(parsed.slides[i]!.settings).toMatchObject({ id: `s${i}`, section: s.settings.section, tags: s.settings.tags });
          if (s.note) expect(parsed.slides[i]!.notes).toContain(s.note);
        });
      }),
      RUNS,
    );
  });

  it('parses what printDeck prints to the same deck, and prints that the same way (generated decks)', () => {
    fc.assert(fc.property(deck, ([slides, headmatter]) => expectRoundTrip(writeDeck(slides, headmatter))), RUNS);
  });

  it('round-trips any text that parses without errors', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), anyText), (text) => expectRoundTrip(text)), { numRuns: 500 });
  });
});
