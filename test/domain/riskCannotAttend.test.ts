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
