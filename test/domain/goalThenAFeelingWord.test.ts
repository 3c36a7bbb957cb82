// A goal, then a feeling said in a word or two after a comma, a full stop or a "but": "ring the
// agency. scared tbh", "get my cv done, im so stressed about money". The feeling had been kept in
// the goal, or the whole message taken as low mood and the goal asked for again.
import { describe, expect, it } from 'vitest';
import { namesAGoalBeforeAFeeling, readGoalSaid } from '../../src/domain/goalSaid.ts';

describe('a goal with a feeling word after it', () => {
  it.each([
    ['ring the agency. scared tbh', 'ring the agency'],
    ['get my cv done, im so stressed about money', 'get my cv done'],
    ['do my cv. kinda stressed out', 'do my cv'],
    ['email the manager at tesco, nervous as hell', 'email the manager at tesco'],
    ['book an english class - worried about the cost', 'book an english class'],
    ['apply for the warehouse job but im really nervous', 'apply for the warehouse job'],
  ])('%j keeps %j and hears the feeling', (typed, aim) => {
    const said = readGoalSaid(typed);
    expect(said.aim).toBe(aim);
    expect(said.feeling || said.worry).toBe(true);
    expect(namesAGoalBeforeAFeeling(typed)).toBe(true);
  });

  it.each(['work with anxious children as a TA', 'find work that is not too stressful', 'help people who are worried about money', 'get a job in a nice office'])(
    '%j is all goal: a feeling word inside it is the goal\'s',
    (typed) => {
      const said = readGoalSaid(typed);
      expect(said.aim).toBe(typed);
      expect(said.feeling || said.worry).toBe(false);
    },
  );

  // "get my forklift licence, cant afford it tho" had been kept whole: the barrier said with no "i".
  it.each([
    ['get my forklift licence, cant afford it tho', 'get my forklift licence'],
    ['do a first aid course, cant drive tho', 'do a first aid course'],
  ])('%j keeps %j and hears the barrier', (typed, aim) => {
    const said = readGoalSaid(typed);
    expect(said.aim).toBe(aim);
    expect(said.barrier).toBe(true);
  });

  it.each(['to be honest i feel rubbish', 'feeling rubbish', 'honestly, scared'])('%j names no goal before the feeling', (typed) => {
    expect(namesAGoalBeforeAFeeling(typed)).toBe(false);
  });
});
