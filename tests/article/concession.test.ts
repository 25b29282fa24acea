// Concessions and obstacles per sentence: a contrast that denies or limits is a concern, a contrast that adds is not.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';
import { roleFinder } from '../helpers/article-roles.js';

const article = [
  'Harbour Talks Resume',
  'The two port authorities agreed on Friday to share the pilot service.',
  'Both promised a joint timetable within a month, yet neither has published a draft.',
  'The fee is lower than the north asked for but higher than the south offered.',
  'The southern board has floated a toll on night crossings, although no figure has been published.',
  'The council has said it would not be bound by any fee the boards agree.',
  'Nobody knows who pays for the new tugs.',
  'Neither board has changed its position on the night toll.',
  'The gap was bridged by an unpublished letter on dredging costs.',
  'The fee could be reopened once the new council sits.',
  'Whether the night toll survives the council vote is unclear.',
].join('\n\n');

describe('concessions and obstacles', () => {
  const result = generate(article, { fileName: 'harbour.txt' });
  const roleOf = roleFinder(result.outline!.roles);

  it('makes a contrast whose clause denies a concern, naming the contrast and the denial', () => {
    expect(roleOf('Both promised')).toMatchObject({ role: 'concern', rule: 'concession', evidence: 'yet … neither' });
    expect(roleOf('The southern board')).toMatchObject({ role: 'concern', rule: 'concession', evidence: 'although … no' });
  });

  it('leaves a contrast that only weighs two sides as context', () => {
    expect(roleOf('The fee is lower')).toMatchObject({ role: 'context' });
  });

  it('makes a refusal to be bound and an unknown concerns', () => {
    expect(roleOf('The council')).toMatchObject({ role: 'concern', evidence: 'would not be bound' });
    expect(roleOf('Nobody knows')).toMatchObject({ role: 'concern', evidence: 'Nobody knows' });
    expect(roleOf('Neither board')).toMatchObject({ role: 'concern', rule: 'concession', evidence: 'Neither' });
    expect(roleOf('The gap was bridged')).toMatchObject({ role: 'concern', evidence: 'unpublished' });
    expect(roleOf('The fee could be reopened')).toMatchObject({ role: 'concern', evidence: 'could be reopened' });
    expect(roleOf('Whether the night toll')).toMatchObject({ role: 'concern', evidence: 'unclear' });
  });
});

describe('a question about obstacles and a requirement on a thing', () => {
  const text = [
    'Rail Deal Nears',
    'The two operators have agreed on a timetable for the cross-border line.',
    'The first trains would run in the autumn, three years after the line was finished, and tickets are on sale.',
    'Yet the timetable is not final. What stands in the way? Two things.',
    'First, the regulator. Any deal must fit the safety rules the regulator publishes in March.',
    'Second, the unions, which must approve every change to shift patterns.',
    'If the unions vote no, the opening is likely to slip into the winter.',
    'The operators should publish the timetable before the unions vote.',
  ].join('\n\n');
  const result = generate(text, { fileName: 'rail.txt' });
  const roleOf = roleFinder(result.outline!.roles);

  it('opens a run of reasons for caution after a question about obstacles', () => {
    expect(roleOf('What stands in the way')).toMatchObject({ role: 'question' });
    expect(roleOf('Two things')).toMatchObject({ role: 'concern', rule: 'skeptical-run' });
  });

  it('reads "Any deal must" and "which must approve" as requirements within the run, not advice', () => {
    expect(roleOf('Any deal must')).toMatchObject({ role: 'concern' });
    expect(roleOf('Second, the unions')).toMatchObject({ role: 'concern' });
    expect(roleOf('The operators should')).toMatchObject({ role: 'recommendation' });
  });

  it('also watches a condition stated inside the run ("If …, … is likely to …")', () => {
    const watch = result.outline!.sections.find((s) => s.kind === 'what-to-watch')!;
    expect(watch.bullets.some((b) => b.sentence.startsWith('If the unions vote no'))).toBe(true);
  });
});
