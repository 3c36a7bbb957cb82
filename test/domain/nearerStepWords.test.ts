// A yes said loosely, or unsure, at "Could you do a first step by ...?" (nearerStepWords.ts), and
// which ratings are said back (ratingSaidInWords.ts).
import { describe, expect, it } from 'vitest';
import { nearerLeaning } from '../../src/domain/nearerStepWords.ts';
import { ratingWorthSayingBack } from '../../src/domain/ratingSaidInWords.ts';

describe('a first step sooner, answered loosely', () => {
  it.each([
    ['fairly sure', 'yes'], ['pretty sure yea', 'yes'], ['probs', 'yes'], ['i guess so', 'yes'], ['think i can', 'yes'], ['defo', 'yes'], ['i could try', 'yes'],
    ['dunno tbh', 'unsure'], ['am not sure', 'unsure'], ['idk really', 'unsure'], ['maybe', 'unsure'], ['not very sure', 'unsure'],
    ['hmm', null], ['i cant', null], ['not probably', null], ['look at jobs on indeed', null],
  ] as const)('%j is %s', (text, leaning) => expect(nearerLeaning(text)).toBe(leaning));
});

describe('a rating said back', () => {
  it.each([['prob a 6', true], ['like a 4 i guess', true], ['70%', true], ['pretty sure', true], ['6', false], ['a 6', false], ['8/10', false], ['8 out of 10', false], ['about 8 out of 10', false], ['seven', false], ['maybe 7', true]] as const)(
    '%j: %s',
    (text, back) => expect(ratingWorthSayingBack(text)).toBe(back),
  );
});
