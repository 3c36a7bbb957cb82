// How often a step is done, typed where its first day is asked: read as the first time.
import { describe, expect, it } from 'vitest';
import { firstTimeOfARepeat } from '../../src/domain/repeatAnswers.ts';

describe('firstTimeOfARepeat', () => {
  it.each([
    ['every week', 'in a week'],
    ['Weekly', 'in a week'],
    ['every monday', 'monday'],
    ['each fri', 'friday'],
    ['on tuesdays', 'tuesday'],
    ['i will do it every day', 'tomorrow'],
    ['ill do it every morning', 'tomorrow'],
    ['every fortnight', 'in 2 weeks'],
    ['probably every other week', 'in 2 weeks'],
  ])('%j is first %j', (said, first) => {
    expect(firstTimeOfARepeat(said)).toBe(first);
  });

  it.each(['friday', 'next week', 'every time i get paid', 'i go to the gym every day after work', 'every week is too much'])('%j says no rhythm to read', (said) => {
    expect(firstTimeOfARepeat(said)).toBeNull();
  });
});
