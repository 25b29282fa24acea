// Slide drafts as Markdown: each slide's frontmatter is the YAML the yaml library writes for its settings.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { serializeFile, type SlideDraft } from '../../src/article/slides.js';

const slide = (id: string, extra: Partial<SlideDraft> = {}): SlideDraft => ({ id, body: [`## ${id}`], notes: [], ...extra });

describe('serializeFile', () => {
  it('writes each frontmatter as the whole mapping would be written, for repeated and awkward values alike', () => {
    const slides = [
      slide('q-1', { layout: 'bullets', section: 'Open questions: who pays?', cite: 'required' }),
      slide('q-2', { layout: 'bullets', section: 'Open questions: who pays?', cite: 'required', class: '' }),
      slide('q-3', { layout: 'bullets', section: '"Quoted" # not a comment', class: 'wide' }),
      slide('yes', { section: '- dash first' }),
    ];
    const headmatter = { title: 'Talks: the record', date: '2031-06-03', article: undefined };
    const fronts = serializeFile({ name: 'x.md', slides, headmatter })
      .split(/^---\n/m)
      .filter((_, i) => i % 2 === 1)
      .map((block) => block.trimEnd());
    const settings = (s: SlideDraft) => ({ id: s.id, layout: s.layout, section: s.section, class: s.class, cite: s.cite });
    const expected = slides.map((s, i) => {
      const all: Record<string, string | undefined> = i === 0 ? { ...headmatter, ...settings(s) } : settings(s);
      const clean = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined && v !== ''));
      return stringify(clean, { lineWidth: 0 }).trimEnd();
    });
    expect(fronts).toEqual(expected);
    expect(fronts[1]).toBe('id: q-2\nlayout: bullets\nsection: "Open questions: who pays?"\ncite: required');
  });
});
