// Listening round three: the work-history questions, read from the words alone. Work still going
// (so "How did that job end?" is not asked), caring, a long gap, "yes but i hated it", and words
// answered before the paid-work question is asked again (a wish for work, study, "does agency work count?").
import { describe, expect, it } from 'vitest';
import {
  caringToldOf,
  paidWorkInOtherWords,
  saysStillInThatWork,
  whatWorkWordsTell,
  wishesForWorkAtLastJob,
  workGapSaid,
  workWordsAtPaidWork,
} from '../../src/domain/workHistoryHeard.ts';
import { emptyVocationalProfile } from '../../src/domain/assessmentSteps.ts';
import { nextQuestion, questionById, recordAnswer, type AssessmentProgress } from '../../src/domain/assessmentQuestions.ts';
import { jobSaidWithAYes } from '../../src/domain/workHistoryWords.ts';

describe('work still going', () => {
  it.each(['i work at tesco nights', 'im working at the co-op', 'currently doing zero hours at sainsburys', 'still there, cleaner at the school', 'I am employed as a cleaner but I am on sick leave', 'i drive for uber', 'yes im a carer at a care home'])(
    '%j has not ended',
    (said) => expect(saysStillInThatWork(said)).toBe(true),
  );
  it.each(['used to work at boots till last year', 'worked for an agency', 'was a barista at costa', 'forklift driver at b&q', 'had a job in a call centre but i left in june', 'i work at asda now, was at tesco before'])(
    '%j may have ended: how it ended is asked',
    (said) => expect(saysStillInThatWork(said)).toBe(false),
  );
});

// Listening round four: a yes in text-speak keeps the job told; "on zero hours" is work still going.
describe('the job said with a yes, and work said with no verb', () => {
  it.each([['yh i work in a warehouse', 'Warehouse'], ['ye i work at greggs', 'ye i work at greggs'], ['yh was a chef till march', 'Chef'], ['yup, part time at asda', 'yup, part time at asda']])(
    '%j keeps the job as %j',
    (said, job) => expect(jobSaidWithAYes(said)).toBe(job),
  );
  it.each(['yes', 'yeah i have', 'yh defo'])('%j names no job', (said) => expect(jobSaidWithAYes(said)).toBeNull());
  it.each(['on a zero hours contract with an agency, they dont give me many shifts', 'on zero hours at mcdonalds', 'on agency shifts at a factory'])('%j has not ended', (said) =>
    expect(saysStillInThatWork(said)).toBe(true),
  );
  it.each(['on zero hours at mcdonalds but it finished', 'on agency work till i left'])('%j may have ended', (said) => expect(saysStillInThatWork(said)).toBe(false));
});

describe('a wish, at "What was your last job?"', () => {
  it.each(['i want to work in a shop', 'looking for retail', 'hoping to get into care work'])('%j is a wish', (said) => expect(wishesForWorkAtLastJob(said)).toBe(true));
  it.each(['after school club assistant', 'want to say cleaner', 'trying to remember, i think a porter', 'looking for work now, last one was a cleaner', 'shop work'])(
    '%j is no wish',
    (said) => expect(wishesForWorkAtLastJob(said)).toBe(false),
  );
});

describe('caring for someone close', () => {
  it.each(['looking after my mum full time', 'im a full time carer for my son', 'ive been my nans carer', 'stay at home mum', 'i get carers allowance for my mum', 'no i care for my husband'])('%j is caring', (said) => expect(caringToldOf(said)).toBe(true));
  it.each(['yes im a carer at a care home', 'care assistant at oakwood', 'i care about my work'])('%j is not', (said) => expect(caringToldOf(said)).toBe(false));
});

describe('at the paid-work question, where the usual reading found nothing', () => {
  it.each(['not since covid', 'not for ages', 'not in a long time', 'years ago', 'havent worked in years', 'looking after my mum full time', 'ive been my nans carer'])('%j is a no', (said) => {
    expect(paidWorkInOtherWords(said)).toEqual({ kind: 'yes-no', value: false });
  });
  it('"i look after my mum and work at asda part time" is a yes, the work kept as the last job', () => {
    expect(paidWorkInOtherWords('i look after my mum and work at asda part time')).toEqual({ kind: 'yes-no', value: true, lastJob: 'i look after my mum and work at asda part time' });
  });
  it('"yes but i hated it" is a yes; "yes but not in the last 2 years" is not read', () => {
    expect(paidWorkInOtherWords('yes but i hated it')).toEqual({ kind: 'yes-no', value: true });
    expect(paidWorkInOtherWords('yes but not in the last 2 years')).toBeNull();
  });
  it.each(['not had a holiday for ages', 'havent been well since march'])('%j is not about work: no gap read', (said) => expect(workGapSaid(said)).toBeNull());
  it.each(['havent worked since my son was born', 'not since march'])('%j places no start: asked about the last two years', (said) => {
    expect(workGapSaid(said)).toBe('unplaced');
    expect(paidWorkInOtherWords(said)).toBeNull();
  });
});

describe('words answered before the paid-work question is asked again', () => {
  it.each([
    ['i want to work in a shop', 'wish'], ['looking for warehouse work', 'wish'], ['i would love to drive buses', 'wish'],
    ['does agency work count?', 'counts'], ['what about zero hours', 'counts'], ['im at college doing a course', 'study'],
    ['havent worked since my son was born', 'unplaced-gap'],
  ] as const)('%j: %s', (said, heard) => expect(workWordsAtPaidWork(said)).toBe(heard));
  it.each(['i just want a job', 'does volunteering count?', 'i work at tesco nights', 'no'])('%j: left to the other readings', (said) => expect(workWordsAtPaidWork(said)).toBeNull());
});

describe('what the words tell, kept', () => {
  const start: AssessmentProgress = { profile: { ...emptyVocationalProfile(), completedSteps: ['job-goals'] }, answered: [] };
  const recentWork = questionById('recent-work');

  it('work still going is kept as "I still work there", and "How did that job end?" is not asked', () => {
    const read = { kind: 'yes-no', value: true, lastJob: 'i work at tesco nights' } as const;
    const { progress, heard } = whatWorkWordsTell(recordAnswer(start, recentWork, read), { questionId: 'recent-work', read, said: 'i work at tesco nights' }, 'I still work there');
    expect(heard).toEqual(['still-in-work']);
    expect(progress.profile.workHistory.howItEnded).toBe('I still work there');
    expect(nextQuestion(progress)?.id).toBe('went-well');
  });

  it('work that ended is left for "How did that job end?"', () => {
    const read = { kind: 'yes-no', value: true, lastJob: 'worked in a chippy for 2 year' } as const;
    const { progress, heard } = whatWorkWordsTell(recordAnswer(start, recentWork, read), { questionId: 'recent-work', read, said: 'worked in a chippy for 2 year' }, 'I still work there');
    expect(heard).toEqual([]);
    expect(nextQuestion(progress)?.id).toBe('how-it-ended');
  });

  it('"it hasnt ended, im still there" at "How did that job end?" is kept as "I still work there"', () => {
    const atEnd = recordAnswer(start, recentWork, { kind: 'yes-no', value: true, lastJob: 'cleaner' });
    const read = { kind: 'text', value: 'it hasnt ended, im still there' } as const;
    const { progress, heard } = whatWorkWordsTell(recordAnswer(atEnd, questionById('how-it-ended'), read), { questionId: 'how-it-ended', read, said: read.value }, 'I still work there');
    expect(heard).toEqual(['still-in-work']);
    expect(progress.profile.workHistory.howItEnded).toBe('I still work there');
  });

  it('caring is kept with the caring notes; the caring question is still to come', () => {
    const read = { kind: 'yes-no', value: false } as const;
    const { progress, heard } = whatWorkWordsTell(recordAnswer(start, recentWork, read), { questionId: 'recent-work', read, said: 'looking after my mum full time' }, 'I still work there');
    expect(heard).toEqual(['caring']);
    expect(progress.profile.barrierNotes).toEqual({ 'childcare-caring': 'looking after my mum full time' });
    expect(progress.profile.barriers).toEqual({});
  });
});
