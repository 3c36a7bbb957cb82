// Assessment round five: details at a barrier question kept (a plain yes read from the words),
// recovery news heard, and a change of mind at "another job?" read as the new job.
import { describe, expect, it } from 'vitest';
import { readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { barrierDetailToHold, noteWithDetail, saysRecoveryNews } from '../../src/domain/barrierDetails.ts';
import { jobChangedInstead, jobSaidBefore, recordAnswerOrJobChange } from '../../src/domain/jobChangeWords.ts';
import { questionById, type AssessmentProgress } from '../../src/domain/assessmentQuestions.ts';
import type { BarrierId } from '../../src/domain/barriers.ts';

describe('a detail at a barrier question', () => {
  it.each([
    ['housing', 'i live in supported housing, have to move out at 21'],
    ['housing', 'sofa surfing at my mates'],
    ['housing', 'in temporary accommodation with the council'],
    ['qualifications', 'i have no paper from UK school'],
    ['qualifications', 'no papers from here, only from my country'],
  ] as [BarrierId, string][])('at %s, %j is a yes, kept in the client\'s words', (barrier, text) => {
    expect(readBarrierAnswer(text, barrier)).toEqual({ kind: 'answer', value: 'yes', note: text });
  });

  it.each([
    ['housing', 'i used to be homeless but got my own flat now'],
    ['housing', 'im not homeless'],
    ['housing', 'i dont have to move out'],
  ] as [BarrierId, string][])('at %s, %j is no yes', (barrier, text) => {
    expect(readBarrierAnswer(text, barrier)).not.toMatchObject({ value: 'yes' });
  });

  it.each([
    ['health', 'im 8 months sober, go to AA meetings twice a week'],
    ['health', '2 years clean now'],
    ['substance-use', 'stopped drinking last year, go to meetings'],
  ] as [BarrierId, string][])('at %s, %j is recovery news, held to keep', (barrier, text) => {
    expect(saysRecoveryNews(text)).toBe(true);
    expect(barrierDetailToHold(text, barrier)).toBe(text);
  });

  it.each(['i relapsed last month', 'not sober yet', 'i drink too much'])('%j is no recovery news', (text) => {
    expect(saysRecoveryNews(text)).toBe(false);
  });

  it.each([
    ['health', 'what do you mean by health?'],
    ['housing', 'yes'],
    ['health', 'i see my key worker every week'],
  ] as [BarrierId, string][])('at %s, %j is not held', (barrier, text) => {
    expect(barrierDetailToHold(text, barrier)).toBeNull();
  });

  it('keeps the held words first, and the answer\'s own words after, once', () => {
    expect(noteWithDetail('my landlord wants to sell the flat', undefined)).toBe('my landlord wants to sell the flat');
    expect(noteWithDetail('my landlord wants to sell', 'yes he gave notice')).toBe('my landlord wants to sell. yes he gave notice');
  });
});

describe('a change of mind at "another job?"', () => {
  it.each([
    ['actually no, make that barber', 'Barber'],
    ['no wait, barber', 'Barber'],
    ['sorry i meant chef', 'Chef'],
    ['scrap that, warehouse work', 'Warehouse work'],
    ['actually no make it a barber instead', 'Barber'],
  ])('%j is %j', (text, job) => {
    expect(jobChangedInstead(text)).toBe(job);
  });

  it.each(['barber', 'actually no thats all', 'no thanks', 'actually no, im happy with that'])('%j is no change of mind', (text) => {
    expect(jobChangedInstead(text)).toBeNull();
  });

  it('replaces the job said just before, at the second and at the third', () => {
    const goal = (title: string) => ({ title, reason: null, route: null });
    const progress = { profile: { jobGoals: [goal('Hairdresser'), goal('Cleaner')] }, answered: ['first-job', 'second-job'] } as unknown as AssessmentProgress;
    expect(jobSaidBefore(progress, 'third-job')).toBe('Cleaner');
    expect(jobSaidBefore(progress, 'first-job-reason')).toBeNull();
    const changed = recordAnswerOrJobChange(progress, questionById('third-job'), { kind: 'job-changed', value: 'Barber' });
    expect(changed.profile.jobGoals.map((g) => g.title)).toEqual(['Hairdresser', 'Barber']);
  });
});
