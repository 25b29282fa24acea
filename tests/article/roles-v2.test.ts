// Sentence roles and bullets on small invented texts: indirect questions, unverified claims, past failures, clause cuts.
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/article/generate.js';
import { paraphrase } from '../../src/article/paraphrase.js';
import { roleFinder } from '../helpers/article-roles.js';

const article = [
  'Canal Talks Enter Their Last Week',
  'The two river authorities meet again on Thursday to settle the dredging schedule.',
  'Both sides want the work done before the spring floods.',
  'Whether the budget is there. The draft names a fund but not who pays into it.',
  'The upstream board has reportedly hired a second contractor without telling the others.',
  'Reportedly, both boards will meet the mayors in the autumn.',
  'A first attempt at a shared fund collapsed when the boards could not agree on shares.',
  'Decisions need every board, which gives any one of them the power to block.',
  'It would be the first agreement between the boards since the old compact collapsed.',
  'The dredging start could slip again, and a deal before the floods looks unlikely.',
].join('\n\n');

describe('roles of indirect questions, unverified claims and past failures', () => {
  const result = generate(article, { fileName: 'canal.txt' });
  const roleOf = roleFinder(result.outline!.roles);

  it('reads a sentence that opens with "Whether" as an open question, titled without its full stop', () => {
    expect(roleOf('Whether the budget')).toMatchObject({ role: 'question' });
    const questions = result.files.find((f) => f.name.endsWith('open-questions.md'))!;
    expect(questions.text).toContain('## Whether the budget is there\n');
  });

  it('makes a claim hedged on its predicate a concern, but keeps a hedged expectation what to watch', () => {
    expect(roleOf('The upstream board has reportedly')).toMatchObject({ role: 'concern', rule: 'unverified-claim', evidence: 'reportedly' });
    expect(roleOf('Reportedly, both boards will')).toMatchObject({ role: 'prediction' });
  });

  it('makes a past failure and a power to block concerns, keeping the relative clause that holds the point', () => {
    expect(roleOf('A first attempt')).toMatchObject({ role: 'concern', evidence: 'collapsed' });
    expect(roleOf('Decisions need every board')).toMatchObject({ role: 'concern', evidence: 'power to block' });
    expect(roleOf('It would be the first agreement')).toMatchObject({ role: 'first' });
    expect(roleOf('The dredging start could slip')).toMatchObject({ role: 'concern', evidence: 'could slip' });
    const skepticism = result.outline!.sections.find((s) => s.kind === 'skepticism')!;
    expect(skepticism.bullets.map((b) => b.text)).toContain('Decisions need every board, which gives any one of them the power to block.');
  });
});

describe('cutting an over-long sentence between two clauses', () => {
  it('cuts at ", and" before a named subject with its own verb, keeping the clause with the point', () => {
    const sentence = 'The cameras only matter if the inspectors can verify what happened during the months they were switched off, and Norland has allegedly moved the pumps to another site.';
    expect(paraphrase(sentence, 20, 'allegedly')).toBe('Norland has allegedly moved the pumps to another site.');
  });

  it('never cuts inside a list of names', () => {
    const sentence = 'The ministers of Norland, Ostmark, and Velden signed the long-delayed transit protocol in the old customs hall on the border after nine hours of talks.';
    expect(paraphrase(sentence, 20)).not.toMatch(/^Velden/);
  });
});
