// The deck that ships in slides/: it passes `briefdeck check`, leads with its bottom line, keeps the author's hedges,
// has the four sections, both diagrams and two briefings (a five-minute one that carries the offer and its caveats).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/check/check-deck.js';
import { KIT_ROOT } from '../../src/io/kit-root.js';
import { loadSite } from '../../src/site/load-site.js';

const deckDir = path.join(KIT_ROOT, 'slides');

describe('the shipped summit deck', () => {
  it('passes briefdeck check: every citation resolves, every quotation is verbatim, no warnings', async () => {
    const report = await checkDeck(deckDir, KIT_ROOT);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
    expect(report.briefings).toBe(2);
  });

  it('is a 15–25 slide briefing with the four sections, a timeline and both diagrams', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    const slides = site.deck.slides.map((s) => s.source);
    expect(slides.length).toBeGreaterThanOrEqual(15);
    expect(slides.length).toBeLessThanOrEqual(25);
    const sections = new Set(slides.map((s) => s.settings.section));
    for (const section of ['firsts', 'skepticism', 'open-questions', 'recommendations']) expect(sections.has(section)).toBe(true);
    expect(site.diagrams.map((d) => d.code.split('\n')[0])).toEqual(['flowchart LR', 'sequenceDiagram']);
    expect(slides.some((s) => s.id === 'timeline')).toBe(true);
    expect(slides.every((s) => s.content.trim() !== '')).toBe(true);
  });

  it('leads with the bottom line, then the offer, and uses the three briefing layouts', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    const slides = site.deck.slides.map((s) => s.source);
    expect(slides.slice(0, 4).map((s) => s.id)).toEqual(['title', 'agenda', 'bottom-line', 'shift']);
    for (const layout of ['bottom-line', 'key-judgements', 'what-to-watch']) expect(slides.filter((s) => s.settings.layout === layout)).toHaveLength(1);
    expect(slides.find((s) => s.id === 'what-to-watch')!.settings.section).toBe('what-to-watch');
  });

  it('keeps the author’s hedges and sharp judgements, attributed, in bullets, the timeline and both diagrams', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    const content = (id: string): string => site.deck.slides.find((s) => s.source.id === id)!.source.content;
    expect(content('timeline')).toMatch(/reportedly, Trump accepted/);
    expect(content('firsts')).toContain('“If so, this will be the first meeting');
    expect(content('skepticism')).toContain('“could easily be seen as an example of a long-established pattern”');
    expect(content('key-judgements')).toContain('“Trump has demonstrated, time and again, he is incapable of this”');
    expect(content('key-judgements')).toContain('“a distinct possibility”');
    expect(content('actors')).toMatch(/trump -->\|reportedly accepted\| kim/);
    expect(content('sequence')).toMatch(/US-->>NK: reportedly accepted/);
  });

  it('keeps the talk track in the notes and the source sentences apart, with no generator reasoning', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    for (const { source, notes } of site.deck.slides) {
      expect(source.notes, source.id).not.toMatch(/generator|cue phrase/i);
      if (/^Source:$/m.test(source.notes)) expect(notes, source.id).toContain('data-note-source');
    }
    const withSourceBlocks = site.deck.slides.filter((s) => s.notes.includes('data-note-source')).map((s) => s.source.id);
    expect(withSourceBlocks).toEqual(expect.arrayContaining(['bottom-line', 'shift', 'key-judgements', 'firsts', 'what-to-watch', 'timeline']));
  });

  it('ships a five-minute principal briefing that carries the offer and its caveats, and a staff briefing with one cover and one agenda', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    const principal = site.briefings.find((b) => b.manifest.name === 'principal')!;
    const staff = site.briefings.find((b) => b.manifest.name === 'staff')!;
    expect(principal.deck.slides.length).toBeLessThanOrEqual(6);
    expect(principal.minutes).toBeLessThanOrEqual(5);
    expect(principal.deck.slides.map((s) => s.source.settings.section).filter(Boolean)).toEqual(['bottom-line', 'firsts', 'open-questions', 'what-to-watch', 'sources']);
    const said = principal.deck.slides.map((s) => s.source.content).join('\n');
    expect(said).toContain('Kim reportedly offered');
    expect(said).toContain('is not, in fact, new');
    expect(said).toContain('we do not yet have a breakthrough');
    expect(said).toMatch(/Questions to ask/);
    const staffIds = staff.deck.slides.map((s) => s.source.id);
    expect(staffIds.filter((id) => ['title', 'briefing-cover'].includes(id))).toEqual(['briefing-cover']);
    expect(staffIds.filter((id) => ['agenda', 'briefing-agenda'].includes(id))).toEqual(['briefing-agenda']);
    expect(staff.deck.slides.length).toBe(site.deck.slides.filter((s) => s.source.settings.tags.includes('staff')).length + 2);
  });

  it('numbers its own agenda by the slides each item starts on', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    const slides = site.deck.slides.map((s) => s.source);
    const agenda = slides.find((s) => s.id === 'agenda')!.content;
    const starts = [...agenda.matchAll(/^- \*\*(\d+)\*\* /gm)].map((m) => Number(m[1]));
    expect(starts.length).toBeGreaterThanOrEqual(5);
    // Each number is a slide that opens a new part: the first slide, or one whose section differs from the slide before.
    for (const n of starts) {
      const slide = slides[n - 1]!;
      expect(slide, `agenda item ${n}`).toBeDefined();
      expect(n === 1 || slides[n - 2]!.settings.section !== slide.settings.section || slide.settings.section === undefined, `slide ${n} (${slide.id})`).toBe(true);
    }
  });
});
