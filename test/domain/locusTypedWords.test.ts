// Play-testing (round O): agreement typed as people type it at the 8 sentences ("sorta", "not rly",
// "100%") had "Sorry, I didn't catch that".
import { describe, expect, it } from 'vitest';
import { parseLikertAnswer } from '../../src/domain/locusOfControl.ts';

describe('agreement words people type', () => {
  it.each([
    ['sorta', 4],
    ['kinda', 4],
    ['a bit', 4],
    ['yeah', 4],
    ['probs', 4],
    ['not rly', 2],
    ['nah', 2],
    ['probably not', 2],
    ['maybe', 3],
    ['meh', 3],
    ['definitely', 5],
    ['deffo', 5],
    ['100%', 5],
    ['not at all', 1],
  ] as const)('"%s" is %i', (text, value) => {
    expect(parseLikertAnswer(text)).toBe(value);
  });
});
