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

/** Deck-setting keys of the source credibility contract, parsed on the briefing-craft side. */
const sourceKeyWarnings = (messages: readonly string[]): string[] => messages.filter((m) => !/^unknown deck setting "source-(?:author|outlet|published|url)"$/.test(m));

describe('generated deck for the summit article', () => {
  it('writes one file per part, in briefing order', () => {
    expect(summit.files.map((f) => f.name)).toEqual([
      '01-title.md', '02-firsts.md', '03-skepticism.md', '04-open-questions.md',
      '05-recommendations.md', '06-what-to-watch.md', '07-timeline.md', '08-actors.md', '09-sources.md',
    ]);
    expect(summit.diagnostics).toEqual([]);
  });

  it('starts with the headmatter of docs/authoring.md, source keys only when the article gives them', () => {
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
      layout: 'title',
      section: 'title',
    });
    expect(first).toContain('# A Trump-Kim Summit: How Did We Get Here, and What’s Next?\n\nReal questions remain');
    expect(first).toContain('— Credit: AP Photo/Koji Sasahara*');
  });

  it('parses with the deck parser into slides with stable ids, sections and layouts, without diagnostics', () => {
    const deck = parseDeck(summit.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
    expect(deck.diagnostics).toEqual([]);
    const ids = deck.slides.map((s) => s.id);
    expect(ids.slice(0, 4)).toEqual(['title', 'bottom-line', 'agenda', 'firsts']);
    expect(ids.slice(-8)).toEqual(['what-to-watch', 'what-to-watch-2', 'timeline', 'timeline-2', 'actors', 'named', 'sequence', 'sources']);
    expect(ids.filter((id) => id.startsWith('open-questions'))).toHaveLength(7);
    expect(deck.slides.find((s) => s.id === 'bottom-line')!.settings).toMatchObject({ section: 'bottom-line', layout: 'bottom-line' });
    expect(deck.slides.find((s) => s.id === 'what-to-watch')!.settings).toMatchObject({ section: 'what-to-watch', layout: 'what-to-watch' });
    expect(deck.slides.find((s) => s.id === 'skepticism-2')!.settings.section).toBe('skepticism');
    expect(deck.meta.article).toBe('source/trump-kim-summit.txt');
  });

  it('says cite: required on the slides whose bullets must cite (bottom line, sections, questions, what to watch), and only there', () => {
    const deck = parseDeck(summit.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
    const required = deck.slides.filter((s) => s.settings.cite === 'required').map((s) => s.settings.section);
    expect([...new Set(required)]).toEqual(['bottom-line', 'firsts', 'skepticism', 'open-questions', 'recommendations', 'what-to-watch']);
    const others = deck.slides.filter((s) => s.settings.cite === undefined).map((s) => s.settings.section);
    expect([...new Set(others)]).toEqual(['title', 'agenda', 'timeline', 'actors']);
    // The sources slide claims nothing: its layout says so (cite: none), the generator writes no setting for it.
    const sources = deck.slides.filter((s) => s.settings.layout === 'sources');
    expect(sources.map((s) => s.settings.cite)).toEqual(['none']);
    expect(summit.files.map((f) => f.text).join('\n')).not.toMatch(/^cite: none$/m);
  });

  it('passes its own provenance check: every citation resolves, every quotation is verbatim', () => {
    const deck = parseDeck(summit.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
    expect(checkProvenance(deck.slides, summit.article!, 'slides/source/trump-kim-summit.txt')).toEqual([]);
  });

  it('cites every bullet, keeps at most 4 bullets on a slide and at most 40 words in a bullet', () => {
    for (const file of summit.files) {
      for (const slide of slidesOf(file.text)) {
        const body = slide.split('\nNote:\n')[0]!.replace(/```[\s\S]*?```/g, '');
        const bullets = body.split('\n').filter((l) => /^- /.test(l));
        expect(bullets.length).toBeLessThanOrEqual(4);
        if (/^---\nid: (?:bottom-line|firsts|skepticism|open-questions|recommendations|what-to-watch)(?:-\d+)?\n/.test(slide)) {
          for (const b of bullets) {
            expect(b).toMatch(/ \[@p\d+(?:, p\d+)*\]$/);
            expect(b.replace(/ \[@[^\]]*\]$/, '').split(/\s+/).length - 1).toBeLessThanOrEqual(40);
          }
        }
      }
    }
  });

  it('puts a talk track and the exact source sentences, as a Source: blockquote, in the speaker notes — never the rules', () => {
    const firsts = byName.get('02-firsts.md')!;
    const notes = firsts.split('\nNote:\n').slice(1).join('\n');
    for (const s of summit.outline!.sections[0]!.bullets) expect(notes).toContain(`: ${s.sentence}`);
    expect(notes).toContain('\nSource:\n\n> p1: ');
    expect(notes.split('\n')[0]).toBe('What the article presents as new, in its own order.');
    for (const file of summit.files) expect(file.text).not.toMatch(/first-cue|skeptic-cue|skeptical-run|rule:|matched cue/);
  });

  it('states the points in slide titles and attributes the author’s views', () => {
    const skepticism = byName.get('03-skepticism.md')!;
    expect(skepticism).toContain('## Kim Jong-un will never give away North Korea’s nuclear weapons');
    expect(skepticism).toContain('The author argues:\n\n- ');
    expect(skepticism).toContain('- North Korea’s latest overture could easily be seen as an example of a long-established pattern. [@p6]');
    const recommendations = byName.get('05-recommendations.md')!;
    expect(recommendations).toContain('The author recommends:\n\n- They should have happened even sooner. [@p18]');
    const bottom = byName.get('01-title.md')!;
    expect(bottom).toContain('## Bottom line\n\nThe author’s main points:\n\n- Despite these historic firsts');
    expect(byName.get('02-firsts.md')!).not.toContain('(1/');
  });

  it('titles each open-question slide by its theme and dates the timeline', () => {
    const questions = byName.get('04-open-questions.md')!;
    expect(questions).toContain('## What is meant by denuclearization?\n\n- What is meant by denuclearization? [@p11]');
    expect(questions).toContain('## Open questions: Pyongyang’s demands');
    expect(questions).toContain('“fire and fury,”');
    const timeline = byName.get('07-timeline.md')!;
    const dates = [...timeline.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(dates).toEqual(['February 10, 2018', 'March 5, 2018', 'Late April 2018', 'May 2018', 'End of May 2018']);
  });

  it('draws an actors flowchart and a negotiation sequence, both with accTitle and accDescr', () => {
    const actors = byName.get('08-actors.md')!;
    const fences = [...actors.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(fences).toHaveLength(2);
    expect(fences[0]!.startsWith('flowchart LR\n  accTitle: ')).toBe(true);
    expect(fences[1]!.startsWith('sequenceDiagram\n  accTitle: ')).toBe(true);
    for (const f of fences) expect(f).toMatch(/\n {2}accDescr: .{20,}\n/);
    // A state's lone member is drawn loose, the state in the label; boxes hold two people or more.
    expect(fences[0]).toContain('["Kim Jong-un<br/>leader, North Korea"]');
    expect(fences[0]).toContain('-->|briefed|');
    // A date of one step rides on its arrow; a note is kept for a date several steps share.
    expect(fences[1]).toContain('p3->>p4: met, March 5, 2018 (p2)');
    // The sequence draws attested exchanges only: the reported meeting of p3 gives way to the one Trump announced in p16.
    expect(fences[1]).toContain('p5-->>p4: will meet, May 2018 (p16)');
    expect(fences[1]).not.toMatch(/accepted|reportedly/);
    for (const f of fences) expect(f).not.toMatch(/;/);
  });

  it('lists the article on the sources slide', () => {
    const sources = byName.get('09-sources.md')!;
    expect(sources).toContain('id: sources');
    expect(sources).toContain('[source/trump-kim-summit.txt](source/trump-kim-summit.txt)');
    expect(sources).toContain('number the article’s 19 body paragraphs');
  });

  it('reports a summary', () => {
    expect(summit.summary).toMatchObject({
      paragraphs: 19,
      questions: 13,
      themes: 6,
      events: 5,
      actors: { person: 12, state: 8, institution: 9 },
      relations: 11,
      files: summit.files.map((f) => f.name),
      missing: summit.outline!.missing,
    });
    expect(summit.summary!.sections.map((s) => s.kind)).toEqual(['firsts', 'context', 'what-to-watch', 'skepticism', 'open-questions', 'recommendations']);
  });
});

describe('generated decks for the other articles', () => {
  for (const name of [RIVER, STRAIT]) {
    it(`${name}: parses cleanly, passes the provenance check, has every briefing section, a timeline and actors`, () => {
      const result = generateFixture(name);
      expect(result.diagnostics).toEqual([]);
      const deck = parseDeck(result.files.map((f) => ({ file: `slides/${f.name}`, text: f.text })));
      expect(sourceKeyWarnings(deck.diagnostics.map((d) => d.message))).toEqual([]);
      expect(checkProvenance(deck.slides, result.article!, `slides/source/${name}`)).toEqual([]);
      const ids = deck.slides.map((s) => s.id);
      for (const id of ['bottom-line', 'firsts', 'skepticism', 'open-questions', 'recommendations', 'what-to-watch', 'timeline', 'actors', 'sequence', 'sources']) expect(ids).toContain(id);
      expect(deck.meta).toMatchObject({ article: `source/${name}` });
    });
  }

  it('keeps the briefing order whatever the article’s order (recommendations first in the fisheries piece)', () => {
    const strait = generateFixture(STRAIT);
    expect(strait.files.map((f) => f.name)).toEqual([
      '01-title.md', '02-firsts.md', '03-skepticism.md', '04-open-questions.md', '05-recommendations.md',
      '06-what-to-watch.md', '07-timeline.md', '08-actors.md', '09-sources.md',
    ]);
    expect(strait.files[0]!.text).toMatch(/\nsource-author: .+\n/);
    expect(strait.files[0]!.text).toMatch(/\nsource-published: \d{4}-\d{2}-\d{2}\n/);
  });
});

describe('slide titles state the point', () => {
  const titles = [...byName.values()].flatMap((text) => text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3)));

  it('never pairs a section heading with a bare subject, nor titles a slide with a line that only announces or points back', () => {
    expect(titles.filter((t) => /^(?:Firsts|Reasons for skepticism|What to watch|Recommendations): /.test(t))).toEqual([]);
    expect(titles.filter((t) => /^(?:A series of|This|These|It|They)\b/.test(t))).toEqual([]);
    expect(titles).toContain('Kim’s apparently new offer is not new');
  });
});
