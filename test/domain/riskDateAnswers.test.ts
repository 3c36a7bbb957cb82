// An answer to "when will you do it?" is a date, not a plan with a time: "sunday night" or
// "in 3 days" must never open the safety window. The date reader's held-out phrases were never in
// the risk corpus (its training phrases are, in riskCorpusDateAnswers.ts), so they test how the
// risk model reads dates it has not seen.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { ALL_HELD_OUT_PHRASES } from '../corpus/dates/heldOut.ts';

const answers = [...new Set(ALL_HELD_OUT_PHRASES.map((row) => row.text))];

describe('answers to the date question read as none', () => {
  it('has the date reader\'s held-out phrases to read', () => {
    expect(answers.length).toBeGreaterThan(150);
  });

  it.each(answers)('%j -> none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });
});
