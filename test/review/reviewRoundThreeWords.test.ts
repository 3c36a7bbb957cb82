// The words behind reviews and reminders, round three: time away, the same step again, a step with
// no words, and news of a job told in a review (read by the one reader of job news, jobNews.ts).
import { describe, expect, it } from 'vitest';
import { readTimeAway } from '../../src/domain/reminderPauseWords.ts';
import { hasWords, saysUnsureWhatNext, triesTheSameStepAgain } from '../../src/domain/reviewWords.ts';
import { readStartedWork } from '../../src/domain/jobNews.ts';

const when = { now: new Date('2026-06-15T09:00:00Z'), timeZone: 'Europe/London' };
const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('time away, read for a pause of reminders', () => {
  it.each([
    ['im in hospital for two weeks', 'hospital', '2026-06-28'],
    ['in hosp for 2 wks', 'hospital', '2026-06-28'],
    ['im not well, off for 2 weeks', 'unwell', '2026-06-28'],
    ['havent done it yet sorry, been away till the 20th', 'away', '2026-06-19'],
    ['not done, im poorly, off till next monday', 'unwell', '2026-06-21'],
    ['no sorry away for a bit', 'away', null],
    ['im on holiday for a week', 'away', '2026-06-21'],
    ['my mum is in hospital, im staying with her for a couple of weeks', 'someone-ill', '2026-06-28'],
    ['im still in hospital', 'hospital', null],
  ])('%j is time away (%s), back %s', (text, reason, back) => {
    const away = readTimeAway(text, when);
    expect(away?.reason).toBe(reason);
    expect(day(away?.until)).toBe(back);
  });

  it.each(['i was ill last week', 'been ill for two weeks', 'ill do it friday', 'i did it straight away', 'i rang them right away', 'im fine', 'sick of this', 'done it'])(
    '%j is no time away',
    (text) => expect(readTimeAway(text, when)).toBeNull(),
  );
});

describe('the same step again', () => {
  it.each(['try again', 'Try again', 'ill try again', 'do it again', 'same again', 'the same', 'same step', 'ring again', 'give it another go', 'keep trying', 'try agen'])(
    '%j after "Ring the agency" is the step just reviewed',
    (text) => expect(triesTheSameStepAgain(text, 'Ring the agency')).toBe(true),
  );
  it.each(['ring tesco again', 'try a different agency', 'apply for 3 jobs', 'again and again i fail at this', ''])('%j is a step of its own', (text) =>
    expect(triesTheSameStepAgain(text, 'Ring the agency')).toBe(false),
  );
  it('"ring again" after "Update my CV" is a new step: the ringing is something else', () => {
    expect(triesTheSameStepAgain('ring again', 'Update my CV')).toBe(false);
    expect(triesTheSameStepAgain('try again', 'Update my CV')).toBe(true);
  });
  it.each([['6', false], ['??', false], ['10!', false], ['cv', true], ['work in a shop', true]] as const)('%j has words: %s', (text, words) =>
    expect(hasWords(text)).toBe(words),
  );
});

describe('news of a job, in a review', () => {
  it.each([
    ['i started a part time job at tesco 16 hours a week', 'Tesco'],
    ['ive got a new part-time job at the co op', 'The co op'],
    ['just started a cleaning job', null],
    ['i got a weekend job at greggs', 'Greggs'],
  ])('%j is a job, at %s', (text, employer) => expect(readStartedWork(text)).toEqual({ employer }));

  it.each(['i started my job search', 'i got a job interview at tesco', 'if i got a part time job i would be happy', 'i want to start a part time job', 'i found a job advert at tesco', 'i started the work experience'])(
    '%j is not a job started',
    (text) => expect(readStartedWork(text)).toBeNull(),
  );
});

describe('unsure what to do next', () => {
  it.each(['idk what to do next', 'not sure tbh', 'no idea what i could do', 'dunno really', 'im stuck'])('%j is no step', (text) =>
    expect(saysUnsureWhatNext(text)).toBe(true),
  );
  it.each(['not sure about ringing but ill email them', 'ring the agency', 'look at 2 job adverts'])('%j is a step', (text) =>
    expect(saysUnsureWhatNext(text)).toBe(false),
  );
});
