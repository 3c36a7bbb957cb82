import { describe, expect, it } from 'vitest';
import { employerFromAnswer, inWorkCheckIns, readWorkProblem, verbalTroubleAtWork } from '../../src/domain/inWork.ts';
import { readStartedWork } from '../../src/domain/jobNews.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';
import * as inWork from '../../src/messages/en/inWork.ts';
import * as jobSearch from '../../src/messages/en/jobSearch.ts';

describe('hearing that the client has work', () => {
  it.each([
    ["I've got a job!", null],
    ['I got a job at Tesco', 'Tesco'],
    ['got the job at Asda', 'Asda'],
    ['they offered me the job', null],
    ['I start Monday', null],
    ['i start work next week at Boots', 'Boots'],
    ['i got the job at tesco!!', 'Tesco'],
    ['they offered me the job at the care home!', 'The care home'],
    ['i got the job at last!!', null],
    ['im working now', null],
    ['I started my new job today', null],
    ['I got the job!!', null],
    ['got a job at asda starting monday', 'Asda'],
    ['got a job at asda as a cashier', 'Asda'],
    // Round one of odds and ends: a kind of job between "a" and "job", and where it is.
    ['i started a part time job at tesco 16 hours a week', 'Tesco'],
    ['started a part-time job at the co op', 'The co op'],
    ['i got a weekend job at greggs', 'Greggs'],
    ['just started a cleaning job', null],
  ])('%s', (text, employer) => {
    expect(readStartedWork(text)).toEqual({ employer });
  });

  it.each(['get a job', 'I want to get a job', 'I need a new job', 'I lost my job', 'I didnt get the job', 'hoping I get the job at Lidl', 'hello'])(
    '%s is not news of a job',
    (text) => {
      expect(readStartedWork(text)).toBeNull();
    },
  );

  // Round one of odds and ends: these had sent a client in the middle of a review into in-work support.
  it.each([
    'i got a job interview at tesco',
    'i started my job search',
    'i started a job search today',
    'started job hunting',
    'i started my job hunt at the job centre',
    'im applying for a new job starting next month',
    'i got a job fair ticket',
    'i went to the job fair and got a job application',
    'if i got a job would my uc stop',
    'if i got a part time job i would be happy',
  ])('%s is a step towards a job, not a job got', (text) => expect(readStartedWork(text)).toBeNull());
});

describe('in-work check-ins', () => {
  const startsOn = new Date('2026-06-14T23:00:00Z'); // Monday 15 June in London

  it('come 3 days after the start, weekly for the first month, then every 4 weeks for a year', () => {
    const planned = inWorkCheckIns({ employmentId: 'job1', startsOn, now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' });
    expect(planned).toHaveLength(17);
    expect(planned.slice(0, 3).map((p) => p.sendAt.toISOString())).toEqual(['2026-06-18T09:00:00.000Z', '2026-06-22T09:00:00.000Z', '2026-06-29T09:00:00.000Z']);
    expect(new Set(planned.map((p) => p.key)).size).toBe(17);
    expect(planned.every((p) => p.kind === 'in-work-check-in' && p.itemLineageId === null)).toBe(true);
  });

  it('leave out days already past, and follow the set schedule', () => {
    const late = inWorkCheckIns({ employmentId: 'job1', startsOn, now: new Date('2026-07-01T12:00:00Z'), timeZone: 'Europe/London' });
    expect(late[0]!.sendAt.toISOString()).toBe('2026-07-06T09:00:00.000Z');
    const short = inWorkCheckIns({ employmentId: 'job1', startsOn, now: startsOn, timeZone: 'Europe/London', schedule: { weeklyForWeeks: 2, monthlyForMonths: 3 } });
    expect(short).toHaveLength(1 + 2 + 3);
  });
});

describe('plain language of in-work and job-search messages', () => {
  const texts = [
    ...Object.values(inWork).flatMap((value) => {
      if (typeof value === 'string') return [value];
      if (typeof value === 'function') return [String((value as (a: unknown, b: unknown) => string)('Tesco', true)), String((value as (a: unknown) => string)(null))];
      if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : (v as { label: string }).label));
      return [];
    }),
    jobSearch.askWhatYouDid,
    jobSearch.didNotCatch,
    jobSearch.askAnythingElse,
    jobSearch.logged('application', ['Halfords'], null),
    jobSearch.logged('application', ['Greggs', 'Costa'], null),
    jobSearch.logged('interview', ['Asda'], 'Thursday 11 June'),
    jobSearch.logged('employer-contact', [], null),
    jobSearch.loggedSinceLastReview(['Applied to Halfords', 'Interview at Asda']),
  ];
  it.each(texts)('%s', (text) => {
    expect(checkPlainLanguage(text).problems).toEqual([]);
  });
});

describe('trouble at work said in passing', () => {
  it.each(['its ok but the manager keeps shouting at me', 'they cut my hours again', 'not been paid for 2 weeks of work', 'my supervisor picks on me', 'im thinking of quitting', 'i want to hand in my notice'])('"%s" is a problem at work', (text) => {
    expect(readWorkProblem(text)).toBe(true);
  });

  it.each(['work is going well', 'my manager is nice', 'applied for a job at asda', 'the problem is my cv', 'i quite like it'])('"%s" is not', (text) => {
    expect(readWorkProblem(text)).toBe(false);
  });
});

describe('the employer from an answer to "Where is the job?"', () => {
  it.each([
    ['morrisons', 'morrisons'],
    ['at the co-op in town', 'the co-op'],
    ['its Tesco on the high street', 'Tesco'],
    ['with the council', 'the council'],
    ['not sure yet', null],
    ['they havent said', null],
  ])('%j is %j', (text, employer) => {
    expect(employerFromAnswer(text)).toBe(employer);
  });
});

describe('shouting at work, where work trouble was asked', () => {
  const abuse = ['abuse or violence'];
  it.each(['he shouts at me in front of customers', 'she screams at me every shift', 'they bully me'])('%j is trouble at work', (text) => {
    expect(verbalTroubleAtWork(text, abuse)).toBe(true);
  });

  it.each([
    ['he hits me when the manager is not there', abuse],
    ['he shouts at me and threatens me', abuse],
    ['my husband shouts at me', abuse],
    ['he shouts at me', ['abuse or violence', 'thoughts of suicide']],
    ['he shouts at me', []],
  ])('%j is not', (text, reasons) => {
    expect(verbalTroubleAtWork(text, reasons)).toBe(false);
  });
});
