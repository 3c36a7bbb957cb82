// In the safety window, a clear correction is heard ("IM NOT GOING TO KILL MYSELF, I JUST HATE
// THE JOBCENTRE"). A correction never lowers intent: "im not joking", "i mean it" and "not today,
// tomorrow" are read as intent, and a message the risk check reads as crisis is never a correction.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { readWindowMessage } from '../../src/domain/safetyCorrection.ts';

const read = (text: string) => readWindowMessage(text, assessRisk(text).level);

describe('a message in the safety window', () => {
  it.each([
    'IM NOT GOING TO KILL MYSELF, I JUST HATE THE JOBCENTRE',
    'no i didnt mean it like that, i meant the job is killing me lol',
    'i didnt mean it',
    'i was joking',
    'sorry i was just venting',
    "i'm not suicidal i'm just fed up",
    'no not like that, the job centre is killing me',
    'i would never hurt myself, i was angry',
    'lol i didnt mean it literally',
  ])('%j is a correction', (text) => {
    expect(read(text)).toBe('correction');
  });

  it.each([
    'im not joking',
    'i mean it',
    'i do mean it',
    'i meant it',
    'i am serious',
    'not going to do it today, tomorrow',
    'not today',
    'not yet',
    "i'll do it tomorrow",
  ])('%j is intent', (text) => {
    expect(read(text)).toBe('intent');
  });

  it.each([
    'im not going to kill myself but i want to die',
    'i didnt mean it but i have the pills here',
    'i was only joking but i still want to die',
    'i was joking... or was i',
    'seriously i didnt mean it',
    'i didnt mean it for real',
    'i didnt mean it, not right now anyway',
    'ok',
    'i have an interview tomorrow',
  ])('%j is not a correction', (text) => {
    expect(read(text)).not.toBe('correction');
  });

  it.each(['i mean this job is killing me', 'i meant it as a joke', 'seriously i didnt mean it', 'not now, i just need a minute'])(
    '%j is not read as intent',
    (text) => {
      expect(read(text)).not.toBe('intent');
    },
  );

  it('never calls a message the risk check reads as crisis a correction', () => {
    expect(readWindowMessage('i didnt mean it', 'crisis')).toBe('other');
  });
});
