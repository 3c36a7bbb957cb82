// One list each for saying "soon", not knowing, and feeling worried (src/domain/soonWords.ts,
// textChecks.ts): each reader had its own list, and a word one knew the others missed.
import { describe, expect, it } from 'vitest';
import { soonWithoutADay } from '../../src/domain/repeatAnswers.ts';
import { hasNoDayYet, opensUnsureWithNoStep, wantsItSoon } from '../../src/domain/reviewHeardWords.ts';

describe('the shared word lists', () => {
  it.each(['ASAP pls', 'first chance i get', 'quick as i can'])('%j is soon wherever a day is asked', (said) => {
    expect(soonWithoutADay(said)).toBe('tomorrow');
    expect(wantsItSoon(said)).toBe(true);
  });

  it('"soon" alone is read as tomorrow only where a day is asked next', () => {
    expect(soonWithoutADay('soon')).toBeNull();
    expect(wantsItSoon('soon')).toBe(true);
  });

  it.each(['dont no', 'not shure', 'no clue'])('%j is not knowing, as "dont know" is', (said) => {
    expect(hasNoDayYet(said)).toBe(hasNoDayYet('dont know'));
    expect(hasNoDayYet(said)).toBe(true);
  });

  it('"I didn\'t know anyone there" tells what happened, and is no unsure answer now', () => {
    expect(opensUnsureWithNoStep("I didn't know anyone there")).toBe(false);
  });
});
