// Round nine's readers at the goal question: a feeling said before the goal, help asked for a step,
// and asking what goal to pick. What each must leave alone is here too.
import { describe, expect, it } from 'vitest';
import { namesAGoalBeforeAFeeling, readGoalSaid } from '../../src/domain/goalSaid.ts';
import { helpWithAStepAsked } from '../../src/domain/helpWithAStepAsked.ts';
import { asksForGoalIdeas } from '../../src/domain/goalIdeasAsked.ts';

describe('a feeling said before the goal', () => {
  it.each([
    ['im so stressed, i want to get a job in retail', 'i want to get a job in retail'],
    ['bit scared to be honest, but i want to ring the agency tomorrow', 'i want to ring the agency tomorrow'],
    ['stressed out innit, gonna sort my cv out', 'gonna sort my cv out'],
  ])('%j keeps only the goal', (said, aim) => {
    const read = readGoalSaid(said);
    expect(read.aim.toLowerCase()).toBe(aim);
    expect(read.feltFirst).toBe(true);
  });

  // Read as the goal question's answer, not a feeling alone: "i need to book" is goal-shaped.
  it('"bit nervous but i need to book my cscs test" names a goal', () => {
    expect(namesAGoalBeforeAFeeling('bit nervous but i need to book my cscs test')).toBe(true);
  });

  it.each(['update my cv, then apply for 3 jobs', 'find a job. apply for 3 jobs this week', 'im bored, nothing to do', 'update my cv'])('%j is not cut', (said) => {
    expect(readGoalSaid(said).feltFirst).toBeUndefined();
  });
});

describe('help asked for a step', () => {
  it.each([
    ['can you help me write a cover letter?', 'write a cover letter'],
    ['can u help me do my cv', 'do my cv'],
    ['Would you be able to help me prepare for an interview?', 'prepare for an interview'],
  ])('%j is the step %j', (said, step) => {
    expect(helpWithAStepAsked(said)).toBe(step);
  });

  it.each(['can you help me contact my adviser', 'help me with my benefits claim', 'can you help me', 'can you help me change my appointment'])('%j is not a step', (said) => {
    expect(helpWithAStepAsked(said)).toBeNull();
  });
});

describe('asking what goal to pick', () => {
  it.each(['what should my goal be?', 'idk what to pick', 'any ideas?', 'what goals are there'])('%j asks for ideas', (said) => {
    expect(asksForGoalIdeas(said)).toBe(true);
  });

  it.each(['what should i do about my appointment', 'what should i wear to the interview', 'i want to pick a trade', 'what is the point', 'update my cv'])('%j does not', (said) => {
    expect(asksForGoalIdeas(said)).toBe(false);
  });
});
