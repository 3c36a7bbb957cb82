// The part of a worried message meant for the plan (src/domain/heldGoalWords.ts): the goal or the
// question is found, the worry never kept, and the goal said back to the client in their terms.
import { describe, expect, it } from 'vitest';
import { goalSaidBack, heldPartOf } from '../../src/domain/heldGoalWords.ts';

describe('the part of a worried message meant for the plan', () => {
  it.each([
    ['i feel worthless. i want to learn to drive', { kind: 'goal', words: 'i want to learn to drive' }],
    ['i want to get a job in a warehouse but i feel like a failure', { kind: 'goal', words: 'i want to get a job in a warehouse' }],
    ['cant sleep, always worried. update my cv on monday', { kind: 'goal', words: 'update my cv on monday' }],
    ['i feel so down all the time. how do i update my cv?', { kind: 'question', words: 'how do i update my cv?' }],
  ])('%j keeps only %j', (said, part) => {
    expect(heldPartOf(said)).toEqual(part);
  });

  it.each(['i cant cope anymore', 'i feel so low, i will never get a job', 'everything is falling apart. i dont want to do anything', 'thanks, will do', 'just sort myself out really'])(
    '%j has no part to hold apart from the worry',
    (said) => {
      expect(heldPartOf(said)).toBeNull();
    },
  );

  it.each([
    ['i wanna sort my cv out', 'sort your CV out'],
    ['wanna get my cscs card', 'get your CSCS card'],
    ['get a job i guess', 'get a job'],
    ['id like to do a forklift course', 'do a forklift course'],
    ['update my cv on monday', 'update your CV on Monday'],
  ])('%j is said back as %j', (words, back) => {
    expect(goalSaidBack(words)).toBe(back);
  });

  it('words that are no wish are not said back as one', () => {
    expect(goalSaidBack('i go to english class on monday')).toBeNull();
  });
});
