// Golden test: sections, questions, events, actors and relations of the summit article.
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/article/outline.js';
import { readFixture, SUMMIT } from './fixtures.js';

const article = readFixture(SUMMIT, 'txt');
const outline = buildOutline(article);

describe('summit outline: roles and sections', () => {
  const role = (start: string) => outline.roles.find((r) => r.sentence.startsWith(start))!;

  it('gives every sentence a role, with the rule and the evidence that decided', () => {
    const sentences = article.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    expect(outline.roles).toHaveLength(sentences);
    expect(outline.roles.filter((r) => r.role === 'question')).toHaveLength(12);
    expect(role('However, despite these historic firsts')).toMatchObject({ role: 'concern', rule: 'skeptic-cue', evidence: 'reasons to be skeptical' });
    expect(role('First, as I examined')).toMatchObject({ role: 'concern', rule: 'skeptical-run', evidence: 'continues the reasons announced in p5' });
    expect(role('From this perspective, Kim Jong-un will never')).toMatchObject({ role: 'concern', rule: 'skeptical-run' });
    expect(role('Furthermore, Kim’s apparently new offer')).toMatchObject({ role: 'concern', evidence: 'not, in fact, new' });
    expect(role('At the moment, it is not clear')).toMatchObject({ role: 'concern', evidence: 'not clear' });
    expect(role('Also notable is the seeming shift')).toMatchObject({ role: 'first', rule: 'additive', evidence: 'Also' });
    expect(role('According to South Korean officials')).toMatchObject({ role: 'first', rule: 'carried', speaker: { kind: 'source', name: 'South Korean officials', cue: 'According to' } });
    expect(role('Reportedly, Trump accepted')).toMatchObject({ role: 'prediction', rule: 'future-cue', evidence: 'will' });
    expect(role('In this respect, they should have happened')).toMatchObject({ role: 'recommendation', rule: 'normative', evidence: 'should' });
    expect(role('Second, as The Diplomat’s Ankit Panda')).toMatchObject({ role: 'concern', speaker: { kind: 'person', name: 'The Diplomat’s Ankit Panda', cue: 'notes' } });
  });

  it('never reads a first from "historic" alone, and ends the skeptical run at the questions', () => {
    expect(role('Such historic pageantry surely appeals to Trump.').role).toBe('context');
    expect(outline.roles.filter((r) => r.rule === 'skeptical-run').map((r) => r.paragraphId)).toEqual(
      ['p6', 'p6', 'p7', 'p7', 'p7', 'p7', 'p8', 'p9', 'p9', 'p9', 'p9', 'p9', 'p10', 'p11'],
    );
  });

  it('classifies every paragraph by its dominant role', () => {
    expect(outline.classifications.map((c) => [c.paragraphId, c.kind])).toEqual([
      ['p1', 'firsts'], ['p2', 'firsts'], ['p3', 'firsts'], ['p4', 'firsts'], ['p5', 'skepticism'], ['p6', 'skepticism'],
      ['p7', 'skepticism'], ['p8', 'skepticism'], ['p9', 'skepticism'], ['p10', 'skepticism'], ['p11', 'open-questions'],
      ['p12', 'open-questions'], ['p13', 'open-questions'], ['p14', 'skepticism'], ['p15', 'skepticism'], ['p16', 'what-to-watch'],
      ['p17', 'open-questions'], ['p18', 'recommendations'], ['p19', 'recommendations'],
    ]);
    expect(outline.missing).toEqual([
      'publication-date: the article states none, so relative dates were kept relative: yesterday (p3), yesterday (p16)',
    ]);
  });

  it('writes short extractive bullets that keep hedges and attributions, one per predicate of a listed sentence', () => {
    const firsts = outline.sections.find((s) => s.kind === 'firsts')!;
    expect(firsts.bullets.filter((b) => b.paragraphIds[0] === 'p4').map((b) => b.text)).toEqual([
      'Also notable is the seeming shift in Pyongyang’s diplomatic position regarding both its own weaponry and the U.S.-South Korea alliance.',
      'According to South Korean officials, Kim expressed a willingness to start negotiations with the United States on denuclearization in return for security guarantees.',
      'According to South Korean officials, Kim accepted joint U.S.-ROK military drills as a reality.',
      'According to South Korean officials, Kim told them he would suspend all nuclear and missile tests while such talks were underway.',
    ]);
    const skepticism = outline.sections.find((s) => s.kind === 'skepticism')!;
    expect(skepticism.bullets.map((b) => b.text)).toContain('Kim Jong-un will never give away North Korea’s nuclear weapons.');
    expect(skepticism.bullets.map((b) => b.text)).toContain('As The Diplomat’s Ankit Panda rightly notes, we do not yet have a breakthrough.');
    expect(skepticism.bullets.map((b) => b.text)).toContain('North Korea itself has not said exactly what it is willing to do.');
    const watch = outline.sections.find((s) => s.kind === 'what-to-watch')!;
    expect(watch.bullets.map((b) => b.text)).toContain('Reportedly, Trump accepted and will meet Kim by the end of May.');
    const recommendations = outline.sections.find((s) => s.kind === 'recommendations')!;
    expect(recommendations.bullets.map((b) => b.text)).toEqual([
      'They should have happened even sooner.',
      'Policymakers and the public should be clear-eyed about the obstacles in front of us.',
      'If talks turn out to fail, that does not mean the pendulum should swing back to bellicose rhetoric and threats of war.',
    ]);
    expect(firsts.bullets[1]).toMatchObject({
      text: 'The February 10 Blue House visit by Kim Yo-jong marked the first time a member of the Kim family had traveled to South Korea since the Korean War.',
      paragraphIds: ['p1'],
      sentence: article.paragraphs[0]!.sentences[1],
      voice: 'author',
    });
  });

  it('keeps every bullet’s words from its source sentence, and every bullet a clause with a verb', () => {
    for (const section of outline.sections) {
      for (const b of section.bullets) {
        const source = b.sentence.toLowerCase();
        for (const w of b.text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []) expect(source).toContain(w);
        expect(b.text.split(/\s+/).length).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('states the bottom line from the author’s turn, advice and conclusion', () => {
    expect(outline.bottomLine.map((b) => [b.paragraphIds.join(), b.text])).toEqual([
      ['p5', 'Despite these historic firsts and apparent shifts on the part of Pyongyang, there are reasons to be skeptical.'],
      ['p18', 'Policymakers and the public should be clear-eyed about the obstacles in front of us.'],
      ['p19', 'Remaining circumspect and careful now may help prevent just such a reversal later.'],
    ]);
  });
});

describe('summit outline: questions', () => {
  const all = outline.questions.flatMap((t) => t.questions);

  it('finds all 12 questions, each once, as written, in article order, and the one it leaves open without a question mark', () => {
    const implied = (s: string): boolean => /\bit is not clear what\b/.test(s);
    const expected = article.paragraphs.flatMap((p) => p.sentences.filter((s) => s.endsWith('?') || implied(s)).map((s) => [p.id, s]));
    expect(expected.filter(([, s]) => s!.endsWith('?'))).toHaveLength(12);
    expect(expected).toHaveLength(13);
    expect(all.map((q) => [q.paragraphId, q.sentence])).toEqual(expected);
  });

  it('groups them by paragraph into themes labelled by a short question or their subject', () => {
    expect(outline.questions.map((t) => [t.label, t.questions.length])).toEqual([
      ['What is meant by denuclearization?', 2],
      ['Pyongyang’s demands', 3],
      ['U.S. Congress', 2],
      ['How will the talks proceed?', 2],
      ['Who will lead the U.S. side in negotiations?', 1],
      ['How will Trump’s approach to South Korea affect the process?', 3],
    ]);
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
