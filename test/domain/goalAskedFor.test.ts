// A goal asked for at the goal question rather than said (round eight): help finding work, "should i
// ...?", "is it worth ...", "how do i get a job in ...?" name the goal; questions about what to tell or
// give up, and questions with no step in them, name none.
import { describe, expect, it } from 'vitest';
import { goalAskedFor } from '../../src/domain/goalAskedFor.ts';

const MONDAY = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };

describe('a goal asked for', () => {
  it.each([
    ['help me find work please', 'find work', 'help'],
    ['can u help me get a job', 'get a job', 'help'],
    ['i need help finding a job', 'find a job', 'help'],
    ['plz help me look for work asap', 'look for work', 'help'],
    ['Please could you help me find part-time work.', 'find part-time work', 'help'],
    ['should i ring the Co-op about the job?', 'ring the Co-op about the job', 'should'],
    ['should i ring the agency about the nights job?', 'ring the agency about the nights job', 'should'],
    ['is it worth applying for the royal mail job', 'apply for the royal mail job', 'should'],
    ['is it worth doing a cscs course', 'do a cscs course', 'should'],
    ['how can i get work in a kitchen?', 'get work in a kitchen', 'how'],
  ] as const)('%j is the goal %j (%s)', (typed, goal, asked) => {
    expect(goalAskedFor(typed, MONDAY)).toEqual({ goal, asked });
  });

  it.each([
    'should i tell them about my record?',
    'should i give up on care work',
    'should i apply for uc?',
    'is it worth applying for jobs with my criminal record',
    'how do i get work with a criminal record?',
    'should i?',
    'how do i change my goal',
    'can i change the date?',
    'what should my goal be',
    'help',
    'ring the agency tomorrow',
  ])('%j names no goal', (typed) => {
    expect(goalAskedFor(typed, MONDAY)).toBeNull();
  });
});
