// The hedge check: a bullet that drops the hedge or condition of its cited sentence is a warning, with file:line and a hint.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/check/check-deck.js';
import { checkHedges, hedgesIn } from '../../src/check/hedges.js';
import { generate } from '../../src/article/generate.js';
import type { Article } from '../../src/model/article.js';
import { parseDeck } from '../../src/parse/parse-deck.js';

const fixtures = fileURLToPath(new URL('./fixtures/hedges/', import.meta.url));

describe('hedgesIn', () => {
  it('finds each kind of hedge once, as written', () => {
    const read = (s: string) => hedgesIn(s).map((h) => `${h.family}:${h.written}:${h.governs ? 'governs' : h.clause}`);
    expect(read('Reportedly, the president accepted and will meet the leader by the end of May.')).toEqual(['report:Reportedly:governs']);
    expect(read('If the data arrive on time, the commission could start work.')).toEqual(['possibility:could:the commission could start work.', 'condition:If:governs']);
    expect(read('According to officials, the leader made a seemingly new offer.')).toEqual(['report:According to:governs', 'appearance:seemingly:the leader made a seemingly new offer.']);
    expect(read('And, if talks fall apart, will the alliance hold?')).toEqual(['condition:if:governs']);
    expect(read('The leader accepted the drills, according to two diplomats.')).toEqual(['report:according to:governs']);
    expect(read('Teravo put a list on the table, although it reportedly contains only 29 names, not 41.')).toEqual(['report:reportedly:although it reportedly contains only 29 names']);
  });

  it('does not read the month May, or words that merely contain a hedge, as hedges', () => {
    expect(hedgesIn('The summit is set for the end of May.')).toEqual([]);
    expect(hedgesIn('Officials gave a clear and direct answer; the diff was plain.')).toEqual([]);
  });
});

describe('briefdeck check on a deck that drops hedges', () => {
  it('warns at the bullet’s file:line, names the dropped words and the source sentence, and says what to do', async () => {
    const report = await checkDeck(`${fixtures}dropped`, fixtures);
    const hedges = report.diagnostics.filter((d) => d.code === 'hedge-dropped');
    expect(hedges.map((d) => `${d.file}:${d.line} ${d.severity}: ${d.message}`)).toEqual([
      'dropped/slides.md:13 warning: bullet drops “Reportedly” from its source sentence in p2: “Reportedly, the two ministers agreed to share flow data every week.”',
      'dropped/slides.md:14 warning: bullet drops “could” and “If” from its source sentence in p2: “If the data arrive on time, the joint commission could start work in July.”',
      'dropped/slides.md:15 warning: bullet drops “may” from its source sentence in p3: “The commission may also inspect the upstream dams.”',
      'dropped/slides.md:16 warning: bullet drops “apparently” from its source sentence in p3: “Officials apparently expect a final deal by May, although neither side has said so in public.”',
    ]);
    expect(hedges[0]!.hint).toBe('keep the hedge in the bullet (e.g. “reportedly …”) or in the line that introduces the list, or cite the paragraph that states it without one');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('briefdeck check on the same deck with the hedges kept', () => {
  it('has no warning at all, a hedge in the list’s lead-in line included', async () => {
    const report = await checkDeck(`${fixtures}kept`, fixtures);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
  });
});

describe('checkHedges', () => {
  const article: Article = {
    title: 'T', format: 'txt', chrome: [],
    paragraphs: [{
      id: 'p1', line: 1, text: '',
      sentences: ['Chung said Kim had extended an invitation to Trump for a summit.', 'Reportedly, Trump accepted and will meet Kim by the end of May.'],
    }],
  };
  const slides = (bullet: string) => parseDeck([{ file: 'deck.md', text: `## Timeline\n\n${bullet}\n` }]).slides;

  it('follows a bullet onto a second cited sentence when it supplies the bullet’s predicate', () => {
    expect(checkHedges(slides('- Kim’s invitation to Trump is accepted [@p1]'), article).map((d) => d.message)).toEqual([
      'bullet drops “Reportedly” from its source sentence in p1: “Reportedly, Trump accepted and will meet Kim by the end of May.”',
    ]);
  });

  it('leaves bullets without citations, with unknown citations, or matching no sentence alone', () => {
    expect(checkHedges(slides('- Trump accepted the invitation'), article)).toEqual([]);
    expect(checkHedges(slides('- Trump accepted the invitation [@p9]'), article)).toEqual([]);
    expect(checkHedges(slides('- Weather in Geneva was cold [@p1]'), article)).toEqual([]);
  });

  it('leaves a sources slide alone: it describes the article and its citations (“Citations such as [@p1] …”), it claims nothing', () => {
    const sources = (layout: string) => parseDeck([{ file: 'deck.md', text: `---\nlayout: ${layout}\n---\n## Sources\n\n- Kim’s invitation to Trump is accepted [@p1]\n` }]).slides;
    expect(checkHedges(sources('sources'), article)).toEqual([]);
    expect(checkHedges(sources('bullets'), article).map((d) => d.code)).toEqual(['hedge-dropped']);
    // The layout implies the setting; the slide's own `cite:` says otherwise.
    expect(checkHedges(sources('sources\ncite: required'), article).map((d) => d.code)).toEqual(['hedge-dropped']);
  });

  it('leaves any slide that says it makes no claims (cite: none) alone', () => {
    const slide = (settings: string) => parseDeck([{ file: 'deck.md', text: `---\n${settings}\n---\n## Aside\n\n- Kim’s invitation to Trump is accepted [@p1]\n` }]).slides;
    expect(checkHedges(slide('cite: none'), article)).toEqual([]);
    expect(checkHedges(slide('cite: optional'), article).map((d) => d.code)).toEqual(['hedge-dropped']);
  });

  it('takes cite: from the slide, then from its layout, then from the headmatter', () => {
    const deck = parseDeck([{ file: 'deck.md', text: [
      '---', 'title: T', 'cite: required', '---', '# T', '',
      '---', 'id: plain', '---', '## Plain', '',
      '---', 'id: sources', 'layout: sources', '---', '## Sources', '',
      '---', 'id: own', 'layout: sources', 'cite: optional', '---', '## Own', '',
    ].join('\n') }]);
    expect(deck.slides.map((s) => `${s.id} ${s.settings.cite}`)).toEqual(['t required', 'plain required', 'sources none', 'own optional']);
  });

  it('needs nothing from the generator: its sources slide says only its layout, which makes no claims', () => {
    const text = ['Orchards on the Move', '', 'Growers planted 412 orchards this spring, up from 388, the survey says.', '', 'Late frosts may cost a quarter of the harvest.', ''].join('\n');
    const { files } = generate(text, { fileName: 'orchards.txt' });
    const sourcesFile = files.find((f) => /\nlayout: sources\n/.test(f.text));
    expect(sourcesFile?.text).not.toMatch(/\ncite:/);
    const deck = parseDeck(files.map((f) => ({ file: f.name, text: f.text })));
    expect(deck.slides.find((s) => s.settings.layout === 'sources')?.settings.cite).toBe('none');
  });

  it('leaves a hedge in a later clause that the bullet leaves out', () => {
    const recommendation: Article = { ...article, paragraphs: [{ id: 'p1', line: 1, text: '', sentences: ['Finally, donors should tie the first tranche of reconstruction money to the prisoner exchange rather than to a final settlement, which could take years.'] }] };
    expect(checkHedges(slides('- Donors should tie the first reconstruction tranche to the prisoner exchange [@p1]'), recommendation)).toEqual([]);
    expect(checkHedges(slides('- A final settlement will take years [@p1]'), recommendation).map((d) => d.message)).toEqual([
      'bullet drops “could” from its source sentence in p1: “Finally, donors should tie the first tranche of reconstruction money to the prisoner exchange rather than to a final …”',
    ]);
  });

  it('does not take a modal for the condition it replaced', () => {
    const conditional: Article = { ...article, paragraphs: [{ id: 'p1', line: 1, text: '', sentences: ['If the data arrive on time, the joint commission could start work in July.'] }] };
    expect(checkHedges(slides('- The joint commission could start work in July [@p1]'), conditional).map((d) => d.message.split(' from ')[0])).toEqual(['bullet drops “If”']);
    expect(checkHedges(slides('- The joint commission could start work in July, once the data arrive [@p1]'), conditional)).toEqual([]);
  });

  it('leaves a modal of another clause that shares a single word with the bullet', () => {
    const waiting: Article = { ...article, paragraphs: [{ id: 'p1', line: 1, text: '', sentences: ['Some bondholders may prefer to wait for the election rather than lock in terms now, although waiting carries its own risk if the economy weakens further.'] }] };
    expect(checkHedges(slides('- Waiting carries its own risk if the economy weakens further [@p1]'), waiting)).toEqual([]);
    expect(checkHedges(slides('- Bondholders prefer to wait for the election [@p1]'), waiting).map((d) => d.message.split(' from ')[0])).toEqual(['bullet drops “may”']);
  });

  it('accepts a hedge kept in the slide title or a parent item', () => {
    expect(checkHedges(parseDeck([{ file: 'deck.md', text: '## What was reportedly agreed\n\n- Trump accepted and will meet Kim [@p1]\n' }]).slides, article)).toEqual([]);
    expect(checkHedges(slides('- Reportedly:\n  - Trump accepted and will meet Kim [@p1]'), article)).toEqual([]);
  });
});
