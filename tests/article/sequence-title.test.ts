// The sequence slide's title states what the sequence shows: where it starts and ends, its steps, and how many are only planned.

import { describe, expect, it } from 'vitest';
import { sequenceTitle } from '../../src/article/mermaid.js';
import type { Relation, RelationVerb } from '../../src/model/article.js';

const step = (verb: RelationVerb): Relation => ({ from: 'A', to: 'B', verb, paragraphId: 'p1', sentence: 'A and B.' });

describe('sequence title', () => {
  it('names the first and last step, counts the steps and keeps the planned ones as planned', () => {
    expect(sequenceTitle([step('visited'), step('met'), step('invited'), step('will-meet')])).toBe('From a visit to a planned meeting: four steps so far, one still only planned');
  });

  it('says only the count when the sequence starts and ends with the same kind of step', () => {
    expect(sequenceTitle([step('met'), step('met')])).toBe('Two steps so far');
    expect(sequenceTitle([step('will-meet'), step('will-meet')])).toBe('Two steps so far, all still only planned');
  });
});
