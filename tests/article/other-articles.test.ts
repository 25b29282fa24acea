// Two invented articles of the same genre: numbered questions in Markdown, recommendations first in HTML.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/article/outline.js';
import { readFixture, RIVER, STRAIT } from './fixtures.js';

describe('river accord (Markdown, numbered questions, dateline)', () => {
  const article = readFixture(RIVER, 'md');
  const outline = buildOutline(article);

  it('reads frontmatter, headline, dek, dateline, byline, caption and credit; drops the share link', () => {
    expect(article).toMatchObject({
      title: 'The Lisaro River Accord: A Breakthrough, or a Pause?',
      kicker: 'Water Security',
      dek: 'Both capitals are celebrating, but the hardest choices about the river are still ahead.',
      date: '2031-06-14',
      byline: 'Miriam Sol',
      caption: 'Farmers walk along a dry irrigation canal near the Lisaro dam (June 2, 2031).',
      credit: 'Field Photo/Oren Vasquez',
    });
    expect(article.chrome).toEqual(['Water Security', 'Share this article']);
    expect(article.paragraphs).toHaveLength(12);
  });

  it('reads a numbered list with its intro as one paragraph of questions', () => {
    const list = article.paragraphs[8]!;
    expect(list.sentences).toEqual([
      'Several questions will decide whether the accord holds:',
      '1. Who will verify the flow data when the two governments disagree?',
      '2. Will the Lisaro Basin Commission have the power to enforce its findings?',
      '3. How will the sharing formula treat a year of severe drought?',
      '4. Can either government survive a parliamentary vote on the final schedule?',
    ]);
  });

  it('yields firsts, skepticism (resumed by "Lastly" after the questions), open questions and recommendations', () => {
    expect(outline.classifications.map((c) => `${c.paragraphId}:${c.kind}:${c.rule}`)).toEqual([
      'p1:firsts:first-cue', 'p2:firsts:first-cue', 'p3:firsts:additive', 'p4:what-to-watch:additive',
      'p5:skepticism:skeptic-cue', 'p6:skepticism:skeptical-run', 'p7:skepticism:skeptical-run', 'p8:skepticism:skeptical-run',
      'p9:open-questions:question', 'p10:skepticism:skeptical-run',
      'p11:recommendations:normative', 'p12:recommendations:normative',
    ]);
    expect(outline.roles.find((r) => r.sentence.startsWith('Lastly'))).toMatchObject({ role: 'concern', evidence: 'Lastly resumes the reasons announced in p5' });
    const skepticism = outline.sections.find((s) => s.kind === 'skepticism')!;
    expect(skepticism.bullets.find((b) => b.text.startsWith('As Helena Brandt'))).toMatchObject({ voice: 'reported', speaker: { kind: 'person', name: 'Helena Brandt', cue: 'notes' } });
  });

  it('asks the four numbered questions, enumerators removed on the slide text', () => {
    expect(outline.questions.map((t) => [t.label, t.questions.length])).toEqual([['flow data', 4]]);
    const questions = outline.questions.flatMap((t) => t.questions);
    expect(questions.map((q) => q.text).sort()).toEqual([
      'Can either government survive a parliamentary vote on the final schedule?',
      'How will the sharing formula treat a year of severe drought?',
      'Who will verify the flow data when the two governments disagree?',
      'Will the Lisaro Basin Commission have the power to enforce its findings?',
    ]);
  });

  it('builds a timeline, resolving "yesterday" against the stated publication date', () => {
    expect(outline.events.map((e) => [e.date, e.precision, e.label, e.paragraphId])).toEqual([
      ['2031-06', 'month', 'June', 'p12'],
      ['2031-06-03', 'day', 'June 3', 'p1'],
      ['2031-06-03', 'day', 'June 3', 'p10'],
      ['2031-06-13', 'day', 'yesterday', 'p3'],
      ['2031-07', 'mid', 'mid-July', 'p4'],
      ['2031-09', 'end', 'by the end of September', 'p3'],
    ]);
    expect(outline.events.find((e) => e.label === 'yesterday')!.yearFrom).toBe('publication date (2031-06-14)');
  });

  it('finds the leaders, their states and what they did', () => {
    expect(outline.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.roles.join('; '), a.affiliation ?? ''])).toEqual([
      ['Ilse Danforth', 'Prime Minister', 'Talvara'],
      ['Marek Olund', 'President', ''],
      ['Adaeze Kovac', 'Foreign Minister', ''],
      ['Helena Brandt', 'water policy fellow', 'Lindqvist Institute'],
    ]);
    expect(outline.actors.filter((a) => a.kind === 'state').map((a) => a.name)).toEqual(['Talvara', 'Ostrenia', 'Koval', 'Miren']);
    expect(outline.relations.map((r) => `${r.from} ${r.verb} ${r.to}`)).toEqual([
      'Ilse Danforth met Marek Olund',
      'Adaeze Kovac briefed Ilse Danforth',
      'Marek Olund invited Ilse Danforth',
      'Ilse Danforth accepted Marek Olund',
    ]);
  });
});

describe('strait fisheries (HTML, recommendations first)', () => {
  const article = readFixture(STRAIT, 'html');
  const outline = buildOutline(article);

  it('reads the article out of the page: no script, style, navigation, aside or footer', () => {
    expect(article).toMatchObject({
      title: 'Saving the Corvin Strait Fisheries Pact',
      kicker: 'Oceans & Trade',
      dek: 'Before the next round, negotiators need a plan for enforcement, money and a bad season.',
      byline: 'Tomasz Lind',
      date: '2029-02-20',
      caption: 'Trawlers wait at the quay in Port Sallow (February 4, 2029).',
      credit: 'Harbour Wire/Inge Marr',
    });
    expect(article.paragraphs).toHaveLength(10);
    const all = article.paragraphs.map((p) => p.text).join(' ');
    expect(all).not.toMatch(/analytics|Home|Related|All rights reserved|font-family/);
    expect(article.paragraphs[3]!.text).toContain('each other’s waters');
    expect(article.paragraphs[6]!.text).toContain('the communiqué does not mention');
    expect(article.paragraphs[0]!.line).toBe(24);
  });

  it('finds the recommendations first, then the other sections', () => {
    expect(outline.sections.map((s) => [s.kind, s.paragraphs.map((p) => p.paragraphId).join(' ')])).toEqual([
      ['recommendations', 'p1 p2 p3'],
      ['what-to-watch', 'p1 p3'],
      ['context', 'p3 p4 p6 p10'],
      ['firsts', 'p5'],
      ['skepticism', 'p7 p8'],
      ['open-questions', 'p9 p10'],
    ]);
    expect(outline.classifications.find((c) => c.paragraphId === 'p8')).toMatchObject({ rule: 'additive', cue: 'Nor' });
    // An event dated after the publication date (2029-02-20) is something to watch.
    expect(outline.sections.find((s) => s.kind === 'what-to-watch')!.paragraphs.find((p) => p.paragraphId === 'p3')).toMatchObject({ rule: 'dated-ahead' });
  });

  it('attributes a named expert’s warning to her, not to the author', () => {
    const skepticism = outline.sections.find((s) => s.kind === 'skepticism')!;
    expect(skepticism.bullets.map((b) => [b.voice, b.text])).toEqual([
      ['author', 'There are obstacles that the communiqué does not mention.'],
      ['author', 'The harbour towns that depend on the deep-water fleet were never consulted.'],
      ['author', 'Nor is the science settled.'],
      ['reported', 'Dr. Amara Osei warned that the estimate rests on a single survey season.'],
    ]);
  });

  it('collects the five questions by paragraph and a dated timeline', () => {
    expect(outline.questions.map((t) => [t.label, t.questions.map((q) => q.paragraphId).join(' ')])).toEqual([
      ['Who pays the fishermen who lose their grounds?', 'p9 p9 p9'],
      ['How will Norvalia’s government sell the deal at home?', 'p10 p10'],
    ]);
    expect(outline.questions[0]!.questions[2]!.text).toBe('Will the harbour towns accept a pact they had no part in writing?');
    expect(outline.events.map((e) => [e.date, e.precision, e.label])).toEqual([
      ['2029-01', 'month', 'January'],
      ['2029-02-04', 'day', '4 February'],
      ['2029-03', 'late', 'late March'],
      ['2029-04', 'month', 'April 2029'],
      ['2029', 'end', 'by the end of 2029'],
    ]);
  });

  it('finds ministers with their states, and the expert who briefed them', () => {
    const people = outline.actors.filter((a) => a.kind === 'person');
    expect(people.map((a) => [a.name, a.roles.join('; '), a.affiliation ?? ''])).toEqual([
      ['Lucia Ferraz', 'Commissioner', ''],
      ['Tomas Ekdahl', 'Fisheries Minister', 'Norvalia'],
      ['Rosa Quint', 'Fisheries Minister', 'Estmark'],
      ['Amara Osei', 'marine economist', 'Halden Institute'],
    ]);
    expect(outline.relations.map((r) => `${r.from} ${r.verb} ${r.to} ${r.date ?? ''}`.trim())).toEqual([
      'Tomas Ekdahl met Rosa Quint 2029-02-04',
      'Amara Osei briefed Tomas Ekdahl',
      'Amara Osei briefed Rosa Quint',
    ]);
  });
});
