// The generated deck: file layout, stable ids, cited bullets, notes, diagrams, and the project's own parser.
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseDeck } from '../../src/parse/parse-deck.js';
import { checkProvenance } from '../../src/check/provenance.js';
import { generateFixture, RIVER, STRAIT, SUMMIT } from './fixtures.js';

const summit = generateFixture(SUMMIT);
const byName = new Map(summit.files.map((f) => [f.name, f.text]));

function slidesOf(text: string): string[] {
  // Slides start with a `---` line that opens their frontmatter.
  return text.split(/\n(?=---\nid: )/);
}

describe('generated deck for the summit article', () => {
  it('writes one file per part, in deck order', () => {
    expect(summit.files.map((f) => f.name)).toEqual([
      '01-title.md', '02-firsts.md', '03-skepticism.md', '04-open-questions.md',
      '05-recommendations.md', '06-timeline.md', '07-actors.md', '08-sources.md',
    ]);
    expect(summit.diagnostics).toEqual([]);
  });

  it('starts with the headmatter of docs/authoring.md', () => {
    const first = byName.get('01-title.md')!;
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(first)![1]!;
    expect(parseYaml(yaml)).toEqual({
      title: 'A Trump-Kim Summit: How Did We Get Here, and What’s Next?',
      subtitle: 'Real questions remain about the next steps in the North Korean dialogue process.',
      source: '“A Trump-Kim Summit: How Did We Get Here, and What’s Next?”, The Koreas',
      article: 'source/trump-kim-summit.txt',
      theme: 'briefing',
      lang: 'en',
      id: 'title',
      section: 'title',
    });
    expect(first).toContain('# A Trump-Kim Summit: How Did We Get Here, and What’s Next?\n\nReal questions remain');
    expect(first).toContain('— Credit: AP Photo/Koji Sasahara*');
  });

  it('parses with the deck parser into slides with stable ids and sections, without diagnostics', () => {
    const deck = parseDeck(summit.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
    expect(deck.diagnostics).toEqual([]);
    expect(deck.slides.map((s) => s.id)).toEqual([
      'title', 'agenda', 'firsts-divider', 'firsts', 'firsts-2', 'skepticism-divider', 'skepticism', 'skepticism-2',
      'open-questions-divider', 'open-questions', 'open-questions-2', 'open-questions-3', 'recommendations-divider',
      'recommendations', 'timeline', 'actors', 'sequence', 'sources',
    ]);
    expect(deck.slides.find((s) => s.id === 'skepticism-2')!.settings.section).toBe('skepticism');
    expect(deck.meta.article).toBe('source/trump-kim-summit.txt');
  });

  it('passes its own provenance check: every citation resolves, every quotation is verbatim', () => {
    const deck = parseDeck(summit.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
    expect(checkProvenance(deck.slides, summit.article!, 'slides/source/trump-kim-summit.txt')).toEqual([]);
  });

  it('cites every bullet and keeps at most 5 bullets on a slide', () => {
    for (const file of summit.files) {
      for (const slide of slidesOf(file.text)) {
        const body = slide.split('\nNote:\n')[0]!.replace(/```[\s\S]*?```/g, '');
        const bullets = body.split('\n').filter((l) => /^- /.test(l));
        expect(bullets.length).toBeLessThanOrEqual(5);
        if (/^---\nid: (?:firsts|skepticism|open-questions|recommendations|timeline)(?:-\d+)?\n/.test(slide)) {
          for (const b of bullets) expect(b).toMatch(/ \[@p\d+(?:, p\d+)*\]$/);
        }
      }
    }
  });

  it('puts the exact source sentences in the speaker notes', () => {
    const firsts = byName.get('02-firsts.md')!;
    const notes = firsts.split('\nNote:\n').slice(1).join('\n');
    for (const s of summit.outline!.sections[0]!.bullets) expect(notes).toContain(`: ${s.sentence}`);
    expect(notes).toContain('- p1: firsts-cue — historic firsts');
  });

  it('attributes the author’s views', () => {
    const skepticism = byName.get('03-skepticism.md')!;
    expect(skepticism).toContain('- The author argues that North Korea has been explicit about its fundamental aims. [@p7]');
    const recommendations = byName.get('05-recommendations.md')!;
    expect(recommendations).toContain('- The author argues that policymakers and the public should be clear-eyed about the obstacles in front of us. [@p18]');
  });

  it('groups open questions by theme and dates the timeline', () => {
    const questions = byName.get('04-open-questions.md')!;
    expect(questions).toContain('- **Policy and denuclearization:** What is meant by denuclearization? [@p11]');
    expect(questions).toContain('“fire and fury,”');
    const timeline = byName.get('06-timeline.md')!;
    const dates = [...timeline.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(dates).toEqual(['February 10, 2018', 'March 5, 2018', 'Late April 2018', 'May 2018', 'End of May 2018']);
    expect(timeline).toContain('Years inferred: 2018 from the caption date (March 9, 2018).');
  });

  it('draws an actors flowchart and a negotiation sequence, both with accTitle and accDescr', () => {
    const actors = byName.get('07-actors.md')!;
    const fences = [...actors.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(fences).toHaveLength(2);
    expect(fences[0]!.startsWith('flowchart LR\n  accTitle: ')).toBe(true);
    expect(fences[1]!.startsWith('sequenceDiagram\n  accTitle: ')).toBe(true);
    for (const f of fences) expect(f).toMatch(/\n  accDescr: .{20,}\n/);
    expect(fences[0]).toContain('subgraph g1["North Korea"]');
    expect(fences[0]).toContain('-->|briefed|');
    expect(fences[1]).toContain('Note over p3,p4: March 5, 2018');
    expect(fences[1]).toContain('p5-->>p4: will meet (p3)');
    for (const f of fences) expect(f).not.toMatch(/;/);
  });

  it('lists the article and the cited paragraphs on the sources slide', () => {
    const sources = byName.get('08-sources.md')!;
    expect(sources).toContain('id: sources');
    expect(sources).toContain('[source/trump-kim-summit.txt](source/trump-kim-summit.txt)');
    expect(sources).toContain(`- Paragraphs cited: ${Array.from({ length: 19 }, (_, i) => `p${i + 1}`).join(', ')} (of 19)`);
  });

  it('reports a summary', () => {
    expect(summit.summary).toEqual({
      paragraphs: 19,
      sections: [
        { kind: 'firsts', paragraphs: 4, bullets: 6 },
        { kind: 'skepticism', paragraphs: 7, bullets: 7 },
        { kind: 'open-questions', paragraphs: 6, bullets: 12 },
        { kind: 'recommendations', paragraphs: 2, bullets: 2 },
      ],
      questions: 12,
      themes: 5,
      events: 5,
      actors: { person: 12, state: 8, institution: 9 },
      relations: 11,
      slides: 18,
      files: summit.files.map((f) => f.name),
      missing: summit.outline!.missing,
    });
  });
});

describe('generated decks for the other articles', () => {
  for (const name of [RIVER, STRAIT]) {
    it(`${name}: parses cleanly, passes the provenance check, has sections, questions and a timeline`, () => {
      const result = generateFixture(name);
      expect(result.diagnostics).toEqual([]);
      const deck = parseDeck(result.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
      expect(deck.diagnostics).toEqual([]);
      expect(checkProvenance(deck.slides, result.article!, `slides/source/${name}`)).toEqual([]);
      const ids = deck.slides.map((s) => s.id);
      for (const id of ['firsts', 'skepticism', 'open-questions', 'recommendations', 'timeline', 'actors', 'sequence', 'sources']) expect(ids).toContain(id);
    });
  }

  it('orders the deck by the article: recommendations first for the fisheries piece', () => {
    expect(generateFixture(STRAIT).files.map((f) => f.name)).toEqual([
      '01-title.md', '02-recommendations.md', '03-context.md', '04-firsts.md', '05-skepticism.md',
      '06-open-questions.md', '07-timeline.md', '08-actors.md', '09-sources.md',
    ]);
  });
});
