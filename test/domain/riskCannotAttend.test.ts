// Only that they cannot come to a meeting (risk/cannotAttendOnlyAnswer.ts): play-testing a client
// moving their review, December, "I will not be able to attend my review on Monday" had the crisis
// reply and "i wont be able to make my review" a check-in. With more said, read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('cannot come to a meeting, said as the whole message', () => {
  it.each([
    'I will not be able to attend my review on Monday',
    "i won't be able to make my review",
    'i wont make the review, sorry',
    'sorry i cant make my appointment tomorrow',
    'im not going to make the interview on the 3rd sorry',
    'i cant do my review next week can we move it',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    'i wont be at my review or any week after',
    'i will not be here for my review',
    'i wont be able to make my appointment because i wont be alive',
    'i cant make my review, i just want to end it all',
  ])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});

// Asked, not said: found by a helper moving reviews, 2026-12-08 ("Please, if I am not able to come to
// the review, what is to do?" had the crisis reply; "Excuse me, if I can not come to review what I
// must do?" the adviser's offer).
describe('what to do if they cannot come, asked as the whole message', () => {
  it.each([
    'Excuse me, if I can not come to review what I must do?',
    'Please, if I am not able to come to the review, what is to do?',
    'what if i fall ill',
    'if i cant come to my appointment on monday who do i tell',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['what if i cant make my review because ill be dead', 'if i cant come to review ill kill myself'])('%j is still crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });
});
