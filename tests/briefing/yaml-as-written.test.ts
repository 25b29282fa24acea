// Names and titles survive YAML: written by the kit's one writer, read back as the text that was written.

import { describe, expect, it } from 'vitest';
import { manifestYaml } from '../../src/briefing/manifest-yaml.js';
import { readManifest } from '../../src/briefing/manifest.js';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { printDeck } from '../../src/parse/print-deck.js';

describe('ids and titles as text', () => {
  it('writes a manifest whose title and ids read back exactly, however number-like', () => {
    const yaml = manifestYaml({ title: '2e3', audience: 'true', budget: 5, ids: ['007', 'intro', '1e5'], pins: { '007': 'abc123' } });
    const { manifest, diagnostics } = readManifest(yaml, 'x.yaml', 'x');
    expect(diagnostics).toEqual([]);
    expect(manifest).toMatchObject({ title: '2e3', audience: 'true', minutes: 5, pins: { '007': 'abc123' } });
    expect(manifest!.entries.map((e) => e.selector)).toEqual([{ kind: 'id', id: '007' }, { kind: 'id', id: 'intro' }, { kind: 'id', id: '1e5' }]);
  });

  it('reads hand-written number-like titles and ids as written', () => {
    const { manifest } = readManifest('title: 2e3\nslides:\n  - 007\n  - { id: 010, title: 1.50 }\npins:\n  007: abc\n', 'x.yaml', 'x');
    expect(manifest?.title).toBe('2e3');
    expect(manifest!.entries.map((e) => e.selector)).toEqual([{ kind: 'id', id: '007' }, { kind: 'id', id: '010' }]);
    expect(manifest!.entries[1]!.overrides.title).toBe('1.50');
    expect(manifest!.pins).toEqual({ '007': 'abc' });
  });

  it('keeps a slide id 007 as #/007, a title 2e3 as written, and minutes as a number', () => {
    const parsed = parseDeck([{ file: 'deck.md', text: '---\ntitle: 2e3\nid: 007\nminutes: 1.5\ntags: [1, 02]\n---\n# A\n\n---\nid: 1e3\n---\n## B\n' }]);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.meta.title).toBe('2e3');
    expect(parsed.slides.map((s) => s.id)).toEqual(['007', '1e3']);
    expect(parsed.slides[0]!.settings).toMatchObject({ minutes: 1.5, tags: ['1', '02'] });
    const again = parseDeck([{ file: 'printed.md', text: printDeck(parsed) }]);
    expect(again.slides.map((s) => s.id)).toEqual(['007', '1e3']);
    expect(again.meta.title).toBe('2e3');
  });
});
