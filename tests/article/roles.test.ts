// Sentence roles on small invented texts: headings, mastheads, broader firsts, concern cues, reported beliefs.
import { describe, expect, it } from 'vitest';
import { carriesClause, splitFirsts } from '../../src/article/bullets.js';
import { generate } from '../../src/article/generate.js';
import { roleFinder } from '../helpers/article-roles.js';

const article = [
  'Harbour Talks Reach a First Deal',
  'Port Weekly · By Ana Holm · Published 14 May 2029',
  'The two harbour boards signed their first joint tariff schedule since the strike on Monday, and both called it a turning point for the bay.',
  '## Why the bay is another matter',
  'The schedule has no enforcement clause and no budget for the inspectors it promises.',
  'Dock workers apparently expected a pay guarantee and did not get one, and their leaders say the deal will be examined line by line.',
  '## What to watch',
  'The boards meet again in the autumn to set the winter rates.',
  'The union of Ostvik believes the boards should drop the schedule altogether.',
].join('\n\n');

describe('roles of a short briefing text', () => {
  const result = generate(article, { fileName: 'harbour.md' });
  const roles = result.outline!.roles;
  const roleOf = roleFinder(roles);

  it('reads outlet, byline and date from a masthead line', () => {
    expect(result.article).toMatchObject({ outlet: 'Port Weekly', byline: 'Ana Holm', date: '2029-05-14' });
    expect(result.files[0]!.text).toMatch(/\nsource-outlet: Port Weekly\n/);
  });

  it('finds a first in "their first joint tariff schedule since"', () => {
    expect(roleOf('The two harbour boards')).toMatchObject({ role: 'first', rule: 'first-cue' });
  });

  it('gives sentences under a heading of doubt the concern role, and under "What to watch" the prediction role', () => {
    expect(roleOf('The schedule has no enforcement')).toMatchObject({ role: 'concern', rule: 'heading', evidence: 'under “Why the bay is another matter”' });
    expect(roleOf('The boards meet again')).toMatchObject({ role: 'prediction' });
  });

  it('never reads a reported belief as the author’s advice', () => {
    expect(roleOf('The union of Ostvik believes')!.role).not.toBe('recommendation');
    const recommendations = result.files.find((f) => f.name.endsWith('recommendations.md'))!;
    expect(recommendations.text).toContain('The article makes no recommendation.');
  });
});

describe('publication dates in bylines and wire datelines', () => {
  const body = 'The two harbour boards signed a joint tariff schedule on Monday after talks that ran through the night, and both called it a turning point for the bay.';
  const read = (lines: string[]) => generate(lines.join('\n\n'), { fileName: 'harbour.txt' }).article!;

  it('reads the date of a byline line "By … | 6 October 2033" apart from the name', () => {
    expect(read(['Harbour Talks Reach a Deal', 'By Ana Holm-Berg | 6 October 2033', body, body])).toMatchObject({ byline: 'Ana Holm-Berg', date: '2033-10-06' });
  });

  it('takes a wire dateline out of the first paragraph: its date as written when it has no year, ISO when it has one', () => {
    const noYear = read(['Harbour Talks Reach a Deal', 'By Ana Holm', `OSTVIK, Jan 14 - ${body}`, body]);
    expect(noYear.date).toBe('Jan 14');
    expect(noYear.paragraphs[0]!.text).toBe(body);
    expect(noYear.paragraphs[0]!.sentences[0]).toMatch(/^The two harbour boards/);
    expect(read(['Harbour Talks Reach a Deal', `OSTVIK, Nordland, March 3, 2031 (Wire) — ${body}`, body]).date).toBe('2031-03-03');
    // A capitalised opening that is not a dateline stays in the text.
    expect(read(['Harbour Talks Reach a Deal', `NATO officials, March 3 - ${body}`, body]).paragraphs[0]!.text).toMatch(/^NATO officials/);
  });
});

describe('firsts in trailing clauses', () => {
  it('reads "the first round since 2019" and "the first in which" as firsts, and an ordinal "the first round opened" as none', () => {
    const roles = generate(['Harbour Talks Reach a Deal', 'Two boards and a bay.', 'It was the first round since 2019 in which the two boards put a written schedule on the table. The first round opened on Monday in the harbour office.', 'Both boards said the schedule was a start and that more rounds would follow before the winter.'].join('\n\n'), { fileName: 'harbour.txt' }).outline!.roles;
    expect(roles.find((r) => r.sentence.startsWith('It was the first round'))!.role).toBe('first');
    expect(roles.find((r) => r.sentence.startsWith('The first round opened'))!.role).not.toBe('first');
  });

  it('splits two firsts of one sentence into two clauses, the second with the subject and verb of the first', () => {
    expect(splitFirsts('It would be the first deal between the boards since the strike, and the first in which the union has a seat.')).toEqual([
      'It would be the first deal between the boards since the strike.',
      'It would also be the first in which the union has a seat.',
    ]);
    expect(splitFirsts('It is the first deal since the strike, and the boards signed it.')).toEqual(['It is the first deal since the strike, and the boards signed it.']);
  });
});

describe('what to watch from other roles', () => {
  const text = [
    'Harbour Talks Reach a Deal',
    'Two boards and a bay.',
    'The observer team is small and, according to the boards, funded for only ninety days. If the schedule slips, the strike could return to the docks.',
    'The boards signed the schedule on Monday after a long night of talks in the harbour office.',
    '## What to watch',
    '- Whether the dock unions carry out their strike threat before the winter season.',
    '- The boards meet again in the autumn.',
  ].join('\n\n');
  const result = generate(text, { fileName: 'harbour.md' });
  const watched = result.outline!.sections.find((s) => s.kind === 'what-to-watch')!.bullets.map((b) => b.text);

  it('also watches a stated condition and a limited duration that another rule claimed', () => {
    expect(watched.some((b) => /ninety days/.test(b))).toBe(true);
    expect(watched.some((b) => /^If the schedule slips/.test(b))).toBe(true);
  });

  it('watches what stands under "What to watch", a "Whether …" item and a concern cue included, and keeps the item a question', () => {
    expect(watched.some((b) => /^Whether the dock unions/.test(b))).toBe(true);
    expect(result.outline!.questions.flatMap((t) => t.questions).some((q) => q.sentence.startsWith('Whether the dock unions'))).toBe(true);
  });
});

describe('the bottom line', () => {
  it('takes the article’s own key points and the body sentence that restates the standfirst', () => {
    const text = [
      '# Harbour Talks: Where Each Board Stands',
      'The boards are close on tariffs. The union could still sink the schedule.',
      'By Ana Holm | 6 October 2033',
      '**Key points**',
      '- The two boards agreed a joint tariff schedule on Monday.\n- Nothing has been signed in writing yet.',
      'The boards met for nine hours in the harbour office, and their chairs described the talks as long and detailed but civil throughout.',
      'The dock workers’ union could still sink the schedule if its members reject the pay terms next month.',
      'Both chairs left the building without speaking to the reporters who had waited outside since the morning.',
    ].join('\n\n');
    const bottom = generate(text, { fileName: 'harbour.md' }).outline!.bottomLine.map((b) => b.text);
    expect(bottom).toContain('Nothing has been signed in writing yet.');
    expect(bottom.some((b) => b.startsWith('The dock workers’ union could still sink the schedule'))).toBe(true);
  });
});

describe('bullets are clauses', () => {
  it('drops a subordinate clause standing alone and a predicate cut from its subject, keeps an opening imperative', () => {
    expect(carriesClause('Given that the two boards will need to meet.')).toBe(false);
    expect(carriesClause('If the boards meet, the strike will end.')).toBe(true);
    const text = ['Harbour Talks Reach a Deal', 'Two boards and a bay.', 'The two boards will try to work out a schedule that will lower fees, ease tensions between the two ports, and allay the worries of the dock workers on both sides of the bay.', 'Let us assume that the boards are serious about the schedule and the fees for the coming winter.'].join('\n\n');
    const bullets = generate(text, { fileName: 'harbour.txt' }).outline!.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(bullets.filter((b) => /^Allay\b/.test(b))).toEqual([]);
    expect(bullets.some((b) => /^Let us assume\b/.test(b))).toBe(true);
  });
});

describe('attributions kept', () => {
  it('brings back a closing "according to …" that a cut clause dropped', () => {
    const text = ['Harbour Talks Reach a Deal', 'Two boards and a bay.', 'The two boards agreed early on Monday to extend the ban on harbour fees for two more years, after the union dropped its threat to strike at the docks, according to three delegates.', 'Both chairs left the building without speaking to the reporters who had waited outside since the morning.'].join('\n\n');
    const bullets = generate(text, { fileName: 'harbour.txt' }).outline!.sections.flatMap((s) => s.bullets).filter((b) => b.sentence.startsWith('The two boards agreed'));
    expect(bullets.length).toBeGreaterThan(0);
    for (const b of bullets) expect(b.text).toMatch(/according to three delegates\.$/);
  });
});
