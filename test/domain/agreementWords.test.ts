// How much someone agrees, read from the words people type instead of tapping a button.
import { describe, expect, it } from 'vitest';
import { parseLikertAnswer } from '../../src/domain/locusOfControl.ts';

describe('agreement in typed words', () => {
  it.each([
    ['yeah mostly', 4],
    ['depends really', 3],
    ['no i dont think so', 2],
    ['nah not really', 2],
    ['100% agree', 5],
    ['yes definitely', 5],
    ['not me at all', 1],
    ['honestly no', 2],
    ['i think so', 4],
    ['sometimes yes', 3],
    ['i dont know', 3],
    ['i guess so', 4],
    ['i guess not', 2],
    // One word from the strongest buttons, found by play-testing read as them.
    ['agree a bit', 4],
    ['disagree a bit', 2],
    ['i dont really agree', 2],
    ['dont really agree tbh', 2],
    ['agree a lot', 5],
    ['disagree a lot', 1],
  ] as const)('"%s" is %i', (text, value) => {
    expect(parseLikertAnswer(text)).toBe(value);
  });

  it.each(['i went to the shop', 'what does this mean', 'purple'])('"%s" says no agreement', (text) => {
    expect(parseLikertAnswer(text)).toBeNull();
  });
});
