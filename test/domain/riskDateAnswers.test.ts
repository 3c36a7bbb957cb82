// An answer to "when will you do it?" is a date, not a plan with a time: "sunday night" or
// "in 3 days" must never open the safety window. The date reader's held-out phrases were never in
// the risk corpus (its training phrases are, in riskCorpusDateAnswers.ts), so they test how the
// risk model reads dates it has not seen.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { ALL_HELD_OUT_PHRASES } from '../corpus/dates/heldOut.ts';
import { HELD_OUT_PHRASES_E } from '../corpus/dates/heldOutE.ts';

const partE = new Set(HELD_OUT_PHRASES_E.map((row) => row.text));
const answers = [...new Set(ALL_HELD_OUT_PHRASES.map((row) => row.text))].filter((text) => !partE.has(text));

describe('answers to the date question read as none', () => {
  it('has the date reader\'s held-out phrases to read', () => {
    expect(answers.length).toBeGreaterThan(150);
  });

  it.each(answers)('%j -> none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });
});

// Part E of the date reader's held-out phrases (written blind, 2026-12-06) was read once by the risk
// check: 103 of 106 as none. "i'll think about it" (concern) is now an everyday phrase, with "let me
// think about it" (crisis) found beside it (plainSpeechPatterns.ts). Left: "im doing it now" (crisis:
// read alone it may be intent, and only the question on screen says otherwise) and "when my universal
// credit comes through" (concern). Kept as a floor, not mended row by row.
describe('answers to the date question nobody here wrote: part E', () => {
  it('reads at least 104 of its 106 answers as none, and no more than one as crisis', () => {
    const readings = [...partE].map((text) => ({ text, level: assessRisk(text).level }));
    expect(readings).toHaveLength(106);
    expect(readings.filter((one) => one.level === 'none').length).toBeGreaterThanOrEqual(104);
    expect(readings.filter((one) => one.level === 'crisis').length).toBeLessThanOrEqual(1);
  });
});

