// Q&A and interview shapes: speaker labels leave the text, the interviewee's advice is theirs and said to be theirs.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';

const text = [
  'Interview',
  '“The Corridor Is Worth Saving”',
  'A mediator’s view of the harbour talks between Ardenia and Belmont.',
  'By Ola Dane',
  'Rhea Tamm advised the first round of the harbour talks and spoke to us after the second round ended without a text.',
  'Interviewer: The talks cover grain and detained sailors at once. Why put them together?',
  'Tamm: Because each side holds something the other wants. It also means a dispute over one can sink the other.',
  'Interviewer: What would you advise the mediators to do?',
  'Tamm: They should separate the two tracks and give grain its own timetable. The sailors should go through the Red Cross.',
  'Interviewer: Some in parliament say the government should walk out. Will it?',
  'Tamm: I do not think so.',
].join('\n\n');

describe('an interview', () => {
  const result = generate(text, { fileName: 'tamm.txt' });
  const paragraphs = result.article!.paragraphs;

  it('takes the speaker labels out of the paragraph text and keeps them as labels', () => {
    expect(paragraphs.map((p) => p.label ?? '').slice(-6)).toEqual(['Interviewer', 'Tamm', 'Interviewer', 'Tamm', 'Interviewer', 'Tamm']);
    for (const p of paragraphs) expect(p.text).not.toMatch(/^(?:Interviewer|Tamm):/);
  });

  it('files the interviewee’s advice as a recommendation, attributed to her, and not the reported call to walk out', () => {
    const recommendations = result.outline!.sections.find((s) => s.kind === 'recommendations')!;
    expect(recommendations.bullets.map((b) => [b.text, b.speaker?.name])).toEqual([
      ['They should separate the two tracks and give grain its own timetable.', 'Tamm'],
      ['The sailors should go through the Red Cross.', 'Tamm'],
    ]);
    const file = result.files.find((f) => f.name.endsWith('recommendations.md'))!;
    expect(file.text).toContain('Tamm recommends:\n\n- They should separate the two tracks');
    expect(result.files.map((f) => f.text).join('\n')).not.toMatch(/^- Interviewer:/m);
  });
});
