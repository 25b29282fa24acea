// The deck that ships in slides/: it passes `briefdeck check`, has the four sections, both diagrams and two briefings.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/cli/commands/check.js';
import { KIT_ROOT } from '../../src/vite/options.js';
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

  it('ships a principal briefing of at most 6 slides and 5 minutes, and a full staff briefing', async () => {
    const { site } = await loadSite({ deckDir, themes: ['briefing', 'dark'], displayRoot: KIT_ROOT });
    const principal = site.briefings.find((b) => b.manifest.name === 'principal')!;
    const staff = site.briefings.find((b) => b.manifest.name === 'staff')!;
    expect(principal.deck.slides.length).toBeLessThanOrEqual(6);
    expect(principal.minutes).toBeLessThanOrEqual(5);
    expect(principal.deck.slides.map((s) => s.source.settings.section).filter(Boolean)).toEqual(['firsts', 'skepticism', 'open-questions', 'recommendations']);
    expect(staff.deck.slides.length).toBe(site.deck.slides.length + 2);
  });
});
