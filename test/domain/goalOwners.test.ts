// Whose step it is, and the doing words of cards and licences (2026-12-06). "My mate will ring the boss"
// had been read as the client's own SMART step, and "renew my forklift licence" as no action at all.
// The plan keeps a client's step as owned by the client, so someone else's doing is not one: analyseGoal
// reads it as not specific (the coach asks for one thing the client will do) and says whose it is.
import { describe, expect, it } from 'vitest';
import { analyseGoal } from '../../src/domain/smart.ts';

const MONDAY = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };
const read = (text: string) => analyseGoal(text, MONDAY);

describe("analyseGoal: someone else's doing is not the client's step", () => {
  it.each([
    'my mate will ring the boss', 'my auntie is going to email the care home', "they'll post me the forms", 'theyll ring me back',
    'the job centre will book me on the course', 'my girlfriend will drop my cv off at costa', "my dad's gonna phone the garage",
    'he promised to send me the rota', 'my support worker will fill in the form with the council',
  ])('%j is not specific, and is someone else\'s', (text) => {
    expect(read(text)).toMatchObject({ specific: false, measurable: false, someoneElsesStep: true });
    expect(read(text).missing[0]).toEqual({ criterion: 'specific', need: 'one-thing' });
  });

  it('keeps the date it names', () => expect(read('my mate will ring the boss on friday').timeBound).toBe(true));

  it.each([
    'ask my mate to ring the boss', 'get my mum to phone the council', 'me and my mate will go to the open day',
    'my mate and i will go to the open day', 'my adviser said to ring the college', 'i will ring the boss',
    'ring the boss and see if they will call me back', 'text my brother to ask his manager about shifts',
  ])("%j is the client's own", (text) => {
    expect(read(text)).toMatchObject({ specific: true, measurable: true, someoneElsesStep: false });
  });

  it("takes the client's step after someone else's", () => {
    expect(read('my adviser will email me the link and i will book the course by friday')).toMatchObject({ specific: true, measurable: true, timeBound: true, someoneElsesStep: false });
  });

  it('a line with no doing word at all is not someone else\'s', () => expect(read('get a job').someoneElsesStep).toBe(false));
});

describe('analyseGoal: renewing, re-sitting and replacing are doing words', () => {
  it.each(['renew my forklift licence by march', 'renewed my cscs card', 'resit my functional skills maths', 'retake the theory test on the 9th', 'replace my lost id'])(
    '%j is one clear action, done or not',
    (text) => expect(read(text)).toMatchObject({ specific: true, measurable: true }),
  );

  it.each(['do it', 'do my licence', 'do the forklift thing by march'])('%j stays vague', (text) => expect(read(text).specific).toBe(false));
});
