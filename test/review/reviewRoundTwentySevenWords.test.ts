// The words read in play-testing reviews, round twenty-seven: work said as shifts or a few days, back
// at their own job after being ill, volunteering, a day inside a step, and fear said plainly.
import { describe, expect, it } from 'vitest';
import { readStartedWork } from '../../src/domain/jobNews.ts';
import { goesBackAfterTimeOff, tellsOfVolunteering } from '../../src/domain/jobNewsGoodNews.ts';
import { splitDayInsideAStep } from '../../src/domain/dayInsideAStep.ts';
import { namesAFeeling, namesAHardFeeling } from '../../src/domain/textChecks.ts';
import { hasNoDayYet, opensUnsureWithNoStep, saysOnlyAFeeling, tellsOfALoss, tellsWhatTheyDid, wantsItSoon } from '../../src/domain/reviewHeardWords.ts';

const MONDAY_15_JUNE = { now: new Date('2026-06-15T09:00:00Z'), timeZone: 'Europe/London' };
const londonDay = (day: number) => new Date(Date.UTC(2026, 5, day - 1, 23)).toISOString();

describe('work said as shifts or days, and what is not a new job', () => {
  it.each([
    ['got some shifts through the agency', null],
    ['picked up a few shifts at the pub', 'The pub'],
    ['got 2 days work next week at the warehouse thru agency', 'The warehouse'],
    ['im back at work now', null],
  ])('%j is news of work, at %s', (text, employer) => expect(readStartedWork(text)).toEqual({ employer }));

  it.each(['i go back to work next week after being sick', 'going back to work monday, been off sick', 'got some volunteer shifts at oxfam', 'havent got any shifts yet', 'got a few days work experience'])(
    '%j is no new job',
    (text) => expect(readStartedWork(text)).toBeNull(),
  );

  it('back at their own job after time off ill is heard as that', () => {
    expect(goesBackAfterTimeOff('i go back to work next week after being sick')).toBe(true);
    expect(goesBackAfterTimeOff('i go back to work next week')).toBe(false);
    expect(goesBackAfterTimeOff('i want to go back to work after being ill')).toBe(false);
  });

  it.each([
    ['i started volunteering at the charity shop', true],
    ['been volunteering at oxfam', true],
    ['i want to volunteer', false],
    ['my mum started volunteering', false],
    ['can i start volunteering?', false],
    ['i havent started volunteering yet', false],
  ])('%j tells of their volunteering: %s', (text, told) => expect(tellsOfVolunteering(text)).toBe(told));
});

describe('a day said inside a step', () => {
  it.each([
    ['go to the agency office on thursday to sign up', 'go to the agency office to sign up', londonDay(18)],
    ['ring the college on friday about the course', 'ring the college about the course', londonDay(19)],
    ['email the tutor by friday', 'email the tutor', londonDay(19)],
  ])('%j is %j on its day', (text, words, due) => {
    const split = splitDayInsideAStep(text, MONDAY_15_JUNE);
    expect([split.text, split.due?.toISOString()]).toEqual([words, due]);
  });

  it('a step with no day keeps its words and has none', () => {
    expect(splitDayInsideAStep('ring wiv sis', MONDAY_15_JUNE)).toEqual({ text: 'ring wiv sis', due: null });
  });
});

describe('fear, said plainly, is a feeling', () => {
  it.each(['fone scary', 'bricking it', 'anxiety lets me down', 'I am afraid of phone', 'shaky', 'the nerves got me'])('%j names a feeling', (text) => expect(namesAFeeling(text)).toBe(true));
  it.each(['my laptop broke', 'im afraid i didnt do it', 'they never picked up'])('%j names none', (text) => expect(namesAFeeling(text)).toBe(false));
});

describe('a hard feeling, and a glad one', () => {
  it.each(['fone scary', 'anxiety lets me down', 'bricking it'])('%j names a hard feeling', (text) => expect(namesAHardFeeling(text)).toBe(true));
  it.each(['it went fine', 'feel more confident', 'be better prepared'])('%j names none', (text) => expect(namesAHardFeeling(text)).toBe(false));
});

describe('no day yet, where a day is asked', () => {
  it.each(['asap', 'as soon as i can', 'yes asap', 'straight away'])('%j wants it soon', (text) => expect(wantsItSoon(text)).toBe(true));
  it.each(['not sure', 'when i can', 'depends when my mum can have the kids', 'dunno when', 'whenever i get time'])('%j has no day yet', (text) => expect(hasNoDayYet(text)).toBe(true));
  it.each(['friday', 'next week', 'tomorrow morning', 'ring them monday'])('%j is not either', (text) => {
    expect(wantsItSoon(text)).toBe(false);
    expect(hasNoDayYet(text)).toBe(false);
  });
  it('"dunno depends when my mum can watch the kids" is unsure with no step; "dunno maybe ring them" has one', () => {
    expect(opensUnsureWithNoStep('dunno depends when my mum can watch the kids')).toBe(true);
    expect(opensUnsureWithNoStep('dunno maybe ring them')).toBe(false);
  });
  it('"go in monday" keeps "go in"', () => expect(splitDayInsideAStep('go in monday', MONDAY_15_JUNE)).toEqual({ text: 'go in', due: new Date(londonDay(22)) }));
});

describe('a few words told at a review question', () => {
  it.each(['the line went dead', 'phone went dead', 'the call died'])('%j is no loss', (text) => expect(tellsOfALoss(text)).toBe(false));
  it('"my nan died" still is', () => expect(tellsOfALoss('my nan died')).toBe(true));
  it.each(['annoying', 'bit gutted', 'so scared tbh'])('%j is only a feeling', (text) => expect(saysOnlyAFeeling(text)).toBe(true));
  it.each(['better cv', 'ring them', 'try again'])('%j is more than a feeling', (text) => expect(saysOnlyAFeeling(text)).toBe(false));
  it.each(['i rang but got cut off', 'i went but it was shut'])('%j tells what they did', (text) => expect(tellsWhatTheyDid(text)).toBe(true));
  it.each(['what do you mean by that', 'i need help with it', 'done'])('%j does not', (text) => expect(tellsWhatTheyDid(text)).toBe(false));
});
