// Golden test: sections, questions, events, actors and relations of the summit article.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/article/outline.js';
import { readFixture, SUMMIT } from './fixtures.js';

const article = readFixture(SUMMIT, 'txt');
const outline = buildOutline(article);

describe('summit outline: sections', () => {
  it('classifies every paragraph, with the rule and the cue that decided', () => {
    expect(outline.classifications.map((c) => [c.paragraphId, c.kind, c.rule, c.cue])).toEqual([
      ['p1', 'firsts', 'firsts-cue', 'historic firsts'],
      ['p2', 'firsts', 'firsts-cue', 'the first time'],
      ['p3', 'firsts', 'firsts-cue', 'first meeting'],
      ['p4', 'firsts', 'additive', 'Also'],
      ['p5', 'skepticism', 'skeptic-cue', 'reasons to be skeptical'],
      ['p6', 'skepticism', 'enumeration', 'First,'],
      ['p7', 'skepticism', 'enumeration', 'continues the enumeration opened in p6'],
      ['p8', 'skepticism', 'enumeration', 'continues the enumeration opened in p6'],
      ['p9', 'skepticism', 'enumeration', 'continues the enumeration opened in p6'],
      ['p10', 'skepticism', 'skeptic-cue', 'obstacles'],
      ['p11', 'open-questions', 'question-density', '2 of 3 sentences are questions'],
      ['p12', 'open-questions', 'question-density', '3 of 3 sentences are questions'],
      ['p13', 'open-questions', 'question-density', '2 of 3 sentences are questions'],
      ['p14', 'open-questions', 'leading-question', 'How will the talks proceed?'],
      ['p15', 'open-questions', 'leading-question', 'Pragmatically, who will lead the U.S. side in negotiations?'],
      ['p16', 'skepticism', 'enumeration', 'Add to this'],
      ['p17', 'open-questions', 'question-density', '3 of 6 sentences are questions'],
      ['p18', 'recommendations', 'normative', 'should'],
      ['p19', 'recommendations', 'normative', 'should'],
    ]);
  });

  it('orders sections by first appearance and records the absent one', () => {
    expect(outline.sections.map((s) => s.kind)).toEqual(['firsts', 'skepticism', 'open-questions', 'recommendations']);
    expect(outline.missing).toEqual([
      'section:context: no paragraph was classified as context',
      'publication-date: the article states none, so relative dates were skipped: yesterday (p3), yesterday (p16)',
    ]);
  });

  it('writes extractive, cited bullets and attributes the author’s argument', () => {
    const skepticism = outline.sections.find((s) => s.kind === 'skepticism')!;
    expect(skepticism.bullets.map((b) => [b.paragraphIds.join(), b.text])).toEqual([
      ['p5', 'The author argues that despite these historic firsts and apparent shifts on the part of Pyongyang, there are reasons to be skeptical.'],
      ['p6', 'The author argues that North Korea’s latest overture could easily be seen as an example of a long-established pattern.'],
      ['p7', 'The author argues that North Korea has been explicit about its fundamental aims.'],
      ['p8', 'The author argues that in pursuit of these fundamental aims, Pyongyang seeks numerous near-term objectives.'],
      ['p9', 'The author argues that Pyongyang’s tendency to shift suddenly from provocative, even aggressive behavior toward engagement and talks is a demonstration of this flexibility.'],
      ['p10', 'The author argues that even if one were to assume Pyongyang is serious, there remain several significant pragmatic, definitional, and political obstacles.'],
      ['p16', 'The author points to Trump’s repeated tendency to publically undercut his own secretary of state on North Korea.'],
    ]);
    const recommendations = outline.sections.find((s) => s.kind === 'recommendations')!;
    expect(recommendations.bullets.map((b) => b.text)).toEqual([
      'The author argues that policymakers and the public should be clear-eyed about the obstacles in front of us.',
      'The author argues that if talks turn out to fail, that does not mean the pendulum should swing back to bellicose rhetoric and threats of war.',
    ]);
    const firsts = outline.sections.find((s) => s.kind === 'firsts')!;
    expect(firsts.bullets[1]).toEqual({
      text: 'The February 10 Blue House visit by Kim Yo-jong marked the first time a member of the Kim family had traveled to South Korea since the Korean War.',
      paragraphIds: ['p1'],
      sentence: article.paragraphs[0]!.sentences[1],
      voice: 'reported',
    });
  });

  it('keeps every bullet’s words from its source sentence (apart from the attribution)', () => {
    for (const section of outline.sections) {
      for (const b of section.bullets) {
        const own = b.text.replace(/^The author (?:argues|notes) that |^The author points to /, '');
        const source = b.sentence.toLowerCase();
        for (const w of own.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []) expect(source).toContain(w);
      }
    }
  });
});

describe('summit outline: questions', () => {
  const all = outline.questions.flatMap((t) => t.questions);

  it('finds all 12 questions, each once, as written', () => {
    const expected = article.paragraphs.flatMap((p) => p.sentences.filter((s) => s.endsWith('?')).map((s) => [p.id, s]));
    expect(expected).toHaveLength(12);
    expect(all.map((q) => [q.paragraphId, q.sentence]).sort()).toEqual(expected.sort());
    expect(all.map((q) => q.paragraphId)).toEqual(['p11', 'p11', 'p13', 'p13', 'p12', 'p12', 'p12', 'p14', 'p17', 'p15', 'p17', 'p17']);
  });

  it('groups them into themes labelled with words from their questions', () => {
    expect(outline.questions.map((t) => [t.label, t.questions.length])).toEqual([
      ['policy and denuclearization', 4],
      ['security', 3],
      ['talks', 2],
      ['negotiations', 1],
      ['alliance', 2],
    ]);
    for (const theme of outline.questions) {
      for (const word of theme.label.split(' and ')) {
        expect(theme.questions.some((q) => q.sentence.toLowerCase().includes(word.toLowerCase()))).toBe(true);
      }
    }
  });

  it('trims questions for slides without changing their words', () => {
    expect(all[0]!.text).toBe('What is meant by denuclearization?');
    expect(all.find((q) => q.sentence.startsWith('Or is Trump'))!.text).toBe(
      'Is Trump willing to step away from CVID, and, if so, will the overwhelming majority of the U.S. foreign policy establishment follow him?',
    );
  });
});

describe('summit outline: events', () => {
  it('normalises dated events in date order with the year taken from the caption', () => {
    expect(outline.events.map((e) => [e.date, e.precision, e.label, e.paragraphId, e.yearSource])).toEqual([
      ['2018-02-10', 'day', 'February 10', 'p1', 'inferred'],
      ['2018-03-05', 'day', 'March 5', 'p2', 'inferred'],
      ['2018-04', 'late', 'late April', 'p2', 'inferred'],
      ['2018-05', 'month', 'May', 'p16', 'inferred'],
      ['2018-05', 'end', 'by the end of May', 'p3', 'inferred'],
    ]);
    expect(new Set(outline.events.map((e) => e.yearFrom))).toEqual(new Set(['caption date (March 9, 2018)']));
  });

  it('keeps the date expression in the event text', () => {
    for (const e of outline.events) expect(e.text.toLowerCase()).toContain(e.label.toLowerCase());
  });
});

describe('summit outline: actors and relations', () => {
  const person = (name: string) => outline.actors.find((a) => a.kind === 'person' && a.name === name);

  it('finds the people with their titles, roles and affiliations', () => {
    expect(outline.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([
      'Kim Jong-un', 'Kim Yo-jong', 'Moon Jae-in', 'Chung Eui-yong', 'Donald Trump', 'Mike Pence',
      'H.R. McMaster', 'Ankit Panda', 'Victor Cha', 'Joseph Yun', 'Douglas H. Paal', 'Rex Tillerson',
    ]);
    expect(person('Kim Jong-un')).toMatchObject({ roles: ['leader'], affiliation: 'North Korea', aliases: ['Kim'] });
    expect(person('Kim Yo-jong')).toMatchObject({
      roles: [
        'younger sister of North Korean leader Kim Jong-un',
        'director of the Propaganda and Agitation Department of the Worker’s Party of Korea',
      ],
      affiliation: 'Propaganda and Agitation Department of the Worker’s Party of Korea',
      paragraphIds: ['p1'],
    });
    expect(person('Moon Jae-in')).toMatchObject({ roles: ['President'], affiliation: 'South Korea', paragraphIds: ['p2', 'p17'] });
    expect(person('Chung Eui-yong')).toMatchObject({ roles: ['National Security Advisor'], paragraphIds: ['p2', 'p3', 'p17'] });
    expect(person('Donald Trump')).toMatchObject({ roles: ['President'], affiliation: 'United States' });
    expect(person('Mike Pence')!.roles).toEqual(['Vice President']);
    expect(person('H.R. McMaster')!.roles).toEqual(['National Security Advisor']);
    expect(person('Ankit Panda')!.affiliation).toBe('The Diplomat');
    expect(person('Joseph Yun')).toMatchObject({ roles: ['top diplomat in charge of North Korea policy'], affiliation: 'State Department' });
    expect(person('Douglas H. Paal')).toMatchObject({ roles: ['Asia scholar'], affiliation: 'Carnegie Endowment' });
    expect(person('Rex Tillerson')).toMatchObject({ roles: ['Secretary'], paragraphIds: ['p16'] });
  });

  it('finds states and institutions', () => {
    const names = (kind: string) => outline.actors.filter((a) => a.kind === kind).map((a) => a.name);
    expect(names('state')).toEqual(['North Korea', 'South Korea', 'United States', 'Pyongyang', 'Washington', 'ROK', 'Seoul', 'Japan']);
    expect(outline.actors.find((a) => a.name === 'United States')!.aliases).toEqual(['U.S.']);
    expect(names('institution')).toEqual([
      'Blue House', 'Propaganda and Agitation Department of the Worker’s Party of Korea', 'Korean Worker’s Party', 'White House',
      'Washington Post', 'The Diplomat', 'U.S. Congress', 'State Department', 'Carnegie Endowment',
    ]);
  });

  it('finds the relations the text states, dated where the sentence dates them', () => {
    expect(outline.relations.map((r) => [r.paragraphId, r.from, r.verb, r.to, r.date ?? ''])).toEqual([
      ['p1', 'Kim Yo-jong', 'visited', 'Blue House', '2018-02-10'],
      ['p2', 'Chung Eui-yong', 'led', 'Moon Jae-in', '2018-03-05'],
      ['p2', 'Chung Eui-yong', 'met', 'Kim Jong-un', '2018-03-05'],
      ['p3', 'Chung Eui-yong', 'briefed', 'Donald Trump', ''],
      ['p3', 'Chung Eui-yong', 'briefed', 'Mike Pence', ''],
      ['p3', 'Chung Eui-yong', 'briefed', 'H.R. McMaster', ''],
      ['p3', 'Kim Jong-un', 'invited', 'Donald Trump', ''],
      ['p3', 'Donald Trump', 'accepted', 'Kim Jong-un', ''],
      ['p3', 'Donald Trump', 'will-meet', 'Kim Jong-un', '2018-05'],
      ['p16', 'Donald Trump', 'criticized', 'Rex Tillerson', ''],
      ['p16', 'Donald Trump', 'will-meet', 'Kim Jong-un', '2018-05'],
    ]);
    expect(outline.relations[1]!.detail).toBe('delegation');
  });
});
