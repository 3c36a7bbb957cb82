// Round five: the kinds of date and goal the tuning halves of the round-five corpora found misread
// (test/domain/datePhrasesRoundFive*.ts, goalTextsRoundFive.tsv), each in other words, and the day
// taken back at the end of a step, now read in the date reader (dateCorrections.ts).
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/domain/dates.ts';
import { analyseGoal } from '../../src/domain/smart.ts';
import { withoutDayTakenBack } from '../../src/domain/dateCorrections.ts';
import { dayAlreadyGone, isFarAway } from '../../src/domain/dateChecks.ts';
import { asCorpusDay } from '../corpus/dates/score.ts';

// Monday 23 November 2026, 09:30 in London.
const context = { now: new Date('2026-11-23T09:30:00Z'), timeZone: 'Europe/London' };
const day = (text: string) => asCorpusDay(parseDueDate(text, context), context.timeZone);

describe('dates said in words with no "the" before them', () => {
  it.each([
    ['twenty first', '2026-12-21'],
    ['by thirty first', '2026-12-31'],
    ['on twenty fourth', '2026-11-24'],
    ['twelfth', '2026-12-12'],
    ['on the twenty fourth', '2026-11-24'],
  ])('%j is %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('leaves other words alone', () => {
    expect(day('twenty first century skills')).toBeNull();
  });
});

describe('the weekend typed as two words', () => {
  it.each([
    ['next week end', '2026-12-05'],
    ['over the week end', '2026-11-28'],
    ['by the end of the week', '2026-11-27'],
  ])('%j is %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });
});

describe('bonfire night', () => {
  it('is 5 November, next year when this one has gone', () => {
    expect(day('before guy fawkes night')).toBe('2027-11-05');
    expect(asCorpusDay(parseDueDate('bonfire night', { ...context, now: new Date('2026-10-01T09:00:00Z') }), context.timeZone)).toBe('2026-11-05');
  });
});

describe('goals as clients type them', () => {
  const read = (text: string) => {
    const { specific, measurable, timeBound, someoneElsesStep } = analyseGoal(text, context);
    return { specific, measurable, timeBound, someoneElsesStep };
  };
  const step = (measurable: boolean, timeBound: boolean) => ({ specific: true, measurable, timeBound, someoneElsesStep: false });
  const nothing = (timeBound = false) => ({ specific: false, measurable: false, timeBound, someoneElsesStep: false });

  it.each([
    // A doubled letter typed one place along.
    ['aplly for 3 jobs', step(true, false)],
    ['submmit the form by friday', step(true, true)],
    // "get up" is the client's own doing; "get a job" is still a wish.
    ['get up at 7 on monday', step(true, true)],
    ['get up early every day', step(true, false)],
    ['get a job', nothing()],
    ['i need to get up', nothing()],
    // "top up": a doing word with its particle, before or after.
    ['top my gas up tomorrow', step(true, true)],
    // A thing to fetch: "get" + a card, licence or clothes.
    ['get a bus pass', step(true, false)],
    ['get my passport renewed by the 3rd', step(true, true)],
    ['get better at interviews', nothing()],
    // A question to the coach is not the client's step.
    ['could you help me update my cv?', nothing()],
    ['can u ring the college for me tomorrow', nothing(true)],
    ['can i ring the college tomorrow', step(true, true)],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a day taken back at the end of a step, read by the date reader', () => {
  it.each([
    ['go to the job centre on tuesday no actually', 'go to the job centre'],
    ['ring them tomorrow know actually', 'ring them'],
    ['ring mum on wed oh sorry', 'ring mum'],
    ['email them this friday, make it', 'email them'],
    // The date reader's own words for a day and for taking it back (dateCorrections.ts).
    ['ring the college on thursday at 3 no wait', 'ring the college'],
    ['visit on the 3rd sorry i mean', 'visit'],
    ['book it for next week oops', 'book it'],
    ['go on tuesday', 'go on tuesday'],
    ['i said no', 'i said no'],
  ])('%j keeps %j', (text, expected) => {
    expect(withoutDayTakenBack(text)).toBe(expected);
  });

});

describe('days worth a check', () => {
  it('finds a day that has gone only when no day to come is said', () => {
    expect(dayAlreadyGone('yesterday', context)).not.toBeNull();
    expect(dayAlreadyGone('1/11/2026', context)).not.toBeNull();
    expect(dayAlreadyGone('friday', context)).toBeNull();
    expect(dayAlreadyGone('dunno', context)).toBeNull();
  });

  it('finds a day more than about six months off', () => {
    expect(isFarAway(parseDueDate('1/11', context)!, context)).toBe(true);
    expect(isFarAway(parseDueDate('in march', context)!, context)).toBe(false);
  });
});
