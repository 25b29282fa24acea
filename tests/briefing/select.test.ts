// Selector semantics, table-driven: ids, sections, tags, ranges, all, order, duplicates, other briefings.

import { describe, expect, it } from 'vitest';
import { readManifest, type BriefingManifest } from '../../src/briefing/manifest.js';
import { resolveManifest, type ExternalSlides } from '../../src/briefing/select.js';
import { slidePin } from '../../src/briefing/pin.js';
import { parseDeck } from '../../src/parse/parse-deck.js';

const DECK = parseDeck([
  {
    file: 'deck.md',
    text: [
      '---\ntitle: T\nid: cover\n---\n# Cover',
      '---\nid: firsts\nsection: firsts\ntags: [principal]\n---\n## Firsts',
      '---\nid: firsts-2\nsection: firsts\n---\n## More firsts',
      '---\nid: doubts\nsection: skepticism\ntags: [principal, staff]\n---\n## Doubts\n\nNote: say this',
      '---\nid: questions\nsection: open-questions\ntags: [staff]\n---\n## Questions',
      '---\nid: advice\nsection: recommendations\ntags: [principal]\n---\n## Advice',
    ].join('\n\n'),
  },
]).slides;

const NO_EXTERNAL: ExternalSlides = { extra: new Map(), decks: new Map() };

function manifest(yaml: string, name = 'b'): BriefingManifest {
  const read = readManifest(`title: B\n${yaml}`, `briefings/${name}.yaml`, name);
  if (!read.manifest) throw new Error(read.diagnostics.map((d) => d.message).join('; '));
  return read.manifest;
}

function pick(yaml: string, briefings = new Map<string, BriefingManifest>()) {
  const m = manifest(yaml);
  const result = resolveManifest(m, { deck: DECK, briefings: new Map([...briefings, ['b', m]]), external: NO_EXTERNAL });
  return { ids: result.slides.map((s) => s.slide.id), diagnostics: result.diagnostics };
}

describe('resolveManifest', () => {
  const cases: { name: string; slides: string; ids: string[] }[] = [
    { name: 'ids, in the order written', slides: '[advice, cover, firsts]', ids: ['advice', 'cover', 'firsts'] },
    { name: 'a section, in deck order', slides: ['["section:firsts"]'].join(''), ids: ['firsts', 'firsts-2'] },
    { name: 'a tag', slides: '["tag:principal"]', ids: ['firsts', 'doubts', 'advice'] },
    { name: 'a range of ids, inclusive', slides: '["firsts-2..questions"]', ids: ['firsts-2', 'doubts', 'questions'] },
    { name: 'everything', slides: '["*"]', ids: ['cover', 'firsts', 'firsts-2', 'doubts', 'questions', 'advice'] },
    { name: 'an id then a section: the id keeps its place, the section fills in the rest', slides: '[firsts-2, "section:firsts"]', ids: ['firsts-2', 'firsts'] },
    { name: 'overlapping tag and section: each slide once', slides: '["tag:principal", "section:skepticism", advice]', ids: ['firsts', 'doubts', 'advice'] },
    { name: 'map forms', slides: '[{ id: advice }, { section: skepticism }, { range: "cover..firsts" }]', ids: ['advice', 'doubts', 'cover', 'firsts'] },
    { name: 'slide numbers, alone and as a range', slides: '["number:6", "number:2-3"]', ids: ['advice', 'firsts', 'firsts-2'] },
    { name: 'numbers mixed with ids, tags and the map form', slides: '["number:1", advice, { number: 4-5 }, "tag:principal", "id:questions"]', ids: ['cover', 'advice', 'doubts', 'questions', 'firsts'] },
  ];
  for (const { name, slides, ids } of cases) {
    it(name, () => {
      const result = pick(`slides: ${slides}`);
      expect(result.ids).toEqual(ids);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }

  it('warns when an id is picked twice, and keeps the first place', () => {
    const result = pick('slides: [doubts, advice, doubts]');
    expect(result.ids).toEqual(['doubts', 'advice']);
    expect(result.diagnostics).toMatchObject([{ severity: 'warning', line: 2, message: 'slide "doubts" is picked twice; it stays where it was first picked' }]);
  });

  const errors: { name: string; slides: string; message: string; hint: RegExp }[] = [
    { name: 'an unknown id, with a did-you-mean', slides: '[advise]', message: 'no slide with id "advise"', hint: /did you mean "advice"/ },
    { name: 'an unknown section', slides: '["section:conclusions"]', message: 'no slide is in section "conclusions"', hint: /known sections: firsts, skepticism, open-questions, recommendations/ },
    { name: 'an unknown tag, close to a known one', slides: '["tag:principle"]', message: 'no slide has tag "principle"', hint: /did you mean "principal"/ },
    { name: 'a backwards range', slides: '["advice..firsts"]', message: 'the range advice..firsts runs backwards: "firsts" comes before "advice" in the deck', hint: /firsts\.\.advice/ },
    { name: 'an unknown briefing', slides: '["briefing:staf"]', message: 'no briefing named "staf"', hint: /did you mean "staff"/ },
    { name: 'a slide number past the end', slides: '["number:5-9"]', message: '"5-9" is beyond the last slide: the deck has 6 slides', hint: /from 1 to 6/ },
  ];
  for (const { name, slides, message, hint } of errors) {
    it(`reports ${name} at the manifest's line`, () => {
      const staff = manifest('slides: [questions]', 'staff');
      const result = pick(`slides:\n  - cover\n  - ${slides.slice(1, -1)}`, new Map([['staff', staff]]));
      const error = result.diagnostics.find((d) => d.severity === 'error');
      expect(error).toMatchObject({ file: 'briefings/b.yaml', line: 4, message });
      expect(error!.hint).toMatch(hint);
    });
  }

  it('includes another briefing and detects cycles', () => {
    const a = manifest('slides: [cover, "briefing:c"]', 'a');
    const c = manifest('slides: [advice, "briefing:a"]', 'c');
    const briefings = new Map([['a', a], ['c', c]]);
    const result = resolveManifest(a, { deck: DECK, briefings, external: NO_EXTERNAL });
    expect(result.slides.map((s) => s.slide.id)).toEqual(['cover', 'advice']);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['briefings include each other in a cycle: a → c → a']);
  });

  it('applies overrides: another title, hidden notes, an extra class', () => {
    const m = manifest('slides:\n  - id: doubts\n    title: Why be careful\n    notes: false\n    class: small');
    const [picked] = resolveManifest(m, { deck: DECK, briefings: new Map(), external: NO_EXTERNAL }).slides;
    expect(picked!.slide.title).toBe('Why be careful');
    expect(picked!.slide.content).toContain('## Why be careful');
    expect(picked!.slide.notes).toBe('');
    expect(picked!.slide.settings.class).toBe('small');
    expect(DECK.find((s) => s.id === 'doubts')!.notes).toBe('say this');
  });

  it('warns that a pinned slide changed since the briefing picked it', () => {
    const current = slidePin(DECK.find((s) => s.id === 'advice')!);
    const fresh = pick(`slides: [advice]\npins:\n  advice: "${current}"`);
    expect(fresh.diagnostics).toEqual([]);
    const stale = pick('slides: [advice]\npins:\n  advice: "000000000000"');
    expect(stale.diagnostics).toMatchObject([{ severity: 'warning', code: 'briefing-pin', line: 4 }]);
    expect(stale.diagnostics[0]!.message).toMatch(/^slide advice changed since this briefing picked it/);
  });
});

describe('readManifest', () => {
  it('reports bad YAML with its line', () => {
    const read = readManifest('title: B\nslides: [a, b\nminutes: 5\n', 'briefings/x.yaml', 'x');
    expect(read.manifest).toBeUndefined();
    expect(read.diagnostics[0]).toMatchObject({ severity: 'error', file: 'briefings/x.yaml' });
    expect(read.diagnostics[0]!.message).toMatch(/^invalid YAML/);
  });

  it('needs a title and at least one slide', () => {
    const read = readManifest('minutes: 5\n', 'briefings/x.yaml', 'x');
    expect(read.diagnostics.map((d) => d.message)).toEqual(['the briefing has no title', 'the briefing picks no slides']);
  });

  it('refuses a YAML tag that would run code, reading it as plain data', () => {
    const read = readManifest('title: !!js/function "function () { return 1 }"\nslides: [a]\n', 'b.yaml', 'b');
    expect(read.manifest?.title).toBe('function () { return 1 }');
  });

  it('reads a bare number as an id, and refuses a backwards or zero slide number', () => {
    expect(readManifest('title: B\nslides: [7, "3-5"]\n', 'b.yaml', 'b').manifest!.entries.map((e) => e.selector)).toEqual([{ kind: 'id', id: '7' }, { kind: 'id', id: '3-5' }]);
    const read = readManifest('title: B\nslides:\n  - number:5-3\n  - { number: 0 }\n', 'b.yaml', 'b');
    expect(read.diagnostics.map((d) => [d.line, d.message])).toEqual([[3, '"5-3" runs backwards; write 3-5'], [4, '"0": slides are numbered from 1']]);
  });

  it('warns about unknown keys and rejects a non-selector', () => {
    const read = readManifest('title: B\ncolour: red\nslides:\n  - "not a selector!"\n', 'b.yaml', 'b');
    expect(read.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 2, 'unknown manifest key "colour"'],
      ['error', 4, '"not a selector!" is not a selector'],
    ]);
  });
});
