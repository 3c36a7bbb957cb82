// Forms of our own for the kinds the hundred-and-seventy-sixth split brought
// (src/domain/risk/noFutureCoursesAndSuicideMissionsPatterns.ts): a future not planned on, being
// here next month met with doubt; and everyday messages the check had read as crisis: how long a
// job or a course takes, a risky thing called "suicide" in jest, a course unit on a hard topic, a
// friend without a home. The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { NO_FUTURE_WHOLE_SETS as SETS } from '../../src/domain/risk/noFutureCoursesAndSuicideMissionsPatterns.ts';

describe('a future not planned on', () => {
  it.each([
    'people keep asking where i see my future and honestly i dont plan on having one',
    'im not planning on getting old tbh',
    'i do not intend to have a future, thats the truth',
    'you asked about next year. will i still be here next year? not really sure to be honest',
  ])('%j is crisis: thoughts of suicide', (text) => {
    expectReadAs(SETS, text, 'crisis', 'thoughts of suicide');
  });

  it.each(['i will not see another harvest, i have made my peace with that', 'dont think i will see another spring tbh'])('%j is crisis: wishes to be dead', (text) => {
    expectReadAs(SETS, text, 'crisis', 'wishes to be dead');
  });

  it.each([
    'kids? i dont plan on having one any time soon',
    'will i be here next month? not sure, depends if the contract gets renewed',
    'being around next month? not sure, might be moving to my sisters',
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });
});

describe('a day chosen so nobody is blamed', () => {
  it('"its the day my contract ends, so no one at work feels responsible" is crisis: a plan to end their life', () => {
    expectReadAs(SETS, 'its the day my contract ends, so no one at work feels responsible', 'crisis', 'a plan to end their life');
  });
});

describe('everyday words the check had read as crisis', () => {
  it.each([
    'i want to be a plumber, how long does it take to qualify',
    'how long does the dbs check usually take',
    'thinking of the forklift course, how long would it last',
    'driving on the m6 in that fog would be suicide lol',
    'going into that interview without a cv is a suicide mission',
    'posting that on facebook would be social suicide',
    'our level 2 unit on safeguarding and self harm is next week',
    'we are learning about overdoses and naloxone in my care certificate training',
    'my cousin has been homeless since christmas, sofa surfing again',
  ])('%j is not crisis', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });

  // A new client's first words (play-testing, round eight: one had the crisis reply, others a check-in).
  it.each([
    'I hope I am doing this right.',
    'hi, not sure if im doing this right',
    'am i doing this right?',
    'can you remind me on the day or do i need to come back on here myself',
    'honestly i dont know what im doing on here',
    'ok here goes nothing',
    'hello, i was told to message you by my work coach',
    'I have no idea what I am doing lol',
  ])('%j, a first message, is none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  it.each([
    ['how long does it take for tablets to work if you take the whole box', 'crisis'],
    ['how long would it take anyone to notice if i was gone, asking for the course', 'crisis'],
    ['honestly suicide would be the only way out lol', 'crisis'],
    ['i hope i am doing this right, i have the pills ready for tonight', 'crisis'],
    ['will you remind me? i wont be here after friday anyway', 'crisis'],
    ['i dont know what im doing here anymore, i just want it all to stop', 'crisis'],
    ['we did a unit on domestic abuse at college and it brought it all back, he still hits me', 'crisis'],
  ] as const)('%j is still %s: the harm in it reads the message as written', (text, level) => {
    expect(assessRisk(text).level).toBe(level);
  });

  it('a friend without a home, with the client homeless beside him, is still a worry', () => {
    expect(assessRisk('me and my mate are both homeless, sleeping in his car').level).not.toBe('none');
  });
});
